/**
 * The article's publication date (and update date, where the page states one), read from the
 * page's own metadata in trust order: JSON-LD, meta tags, `<time>` in the byline, a date in the URL
 * path, then a date written in the byline's text. A date is taken as the page writes it, in the
 * page's own time zone ("2015-07-24T05:36:09+01:00" is 24 July), because that is the day a reader
 * sees on the page. Anything that does not parse to a plausible calendar day is ignored rather than
 * guessed: no date is better than a wrong one, since the "since this article" section depends on it.
 */
import { isRecord } from '../util/guards';

/** Where the winning date came from, most trusted first. */
export type DateSignal = 'json-ld' | 'meta' | 'time-element' | 'url' | 'byline-text';

export interface PublishedDate {
  /** `YYYY-MM-DD`, or null when the page states no reliable date. */
  published: string | null;
  /** `YYYY-MM-DD` of the latest stated update, when later than `published`. */
  modified: string | null;
  /** The signal `published` came from (null with it). */
  signal: DateSignal | null;
}

export interface DateOptions {
  /** Today, for relative bylines ("hace 3 días") and to reject dates in the future. */
  now?: Date;
}

/** Article types whose `datePublished` dates the article itself (not a page, a site or a video). */
const ARTICLE_TYPES =
  /^(?:\w+)?(?:Article|BlogPosting|Report|LiveBlogPosting|AnalysisNewsArticle|ReportageNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Posting|WebPage|CreativeWork)$/;

/**
 * Meta names and properties that state the publication date, in the order publishers' own
 * templates are most reliable (Open Graph article, then Parse.ly, Dublin Core, sailthru, generic).
 */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'date',
  'cxenseparse:recs:publishtime',
  'article:published',
  'bt:pubdate',
  'dc.date.published',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article.updated',
  'dateModified',
  'dcterms.modified',
  'last-modified',
].map((name) => name.toLowerCase());

/** Site founding of the oldest news sites on the web; earlier years in metadata are template junk. */
const MIN_YEAR = 1990;

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when (year, month, day) is a real calendar day in a plausible range. */
function calendarDay(year: number, month: number, day: number, now: Date | undefined): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  // A day after tomorrow (UTC) is a template placeholder or an event date, not a publication.
  if (now && iso > isoDay(new Date(now.getTime() + 36 * 3600 * 1000))) return null;
  return iso;
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A machine-written date: ISO 8601 (with or without time and zone, "T" or a space), a compact
 * `YYYYMMDD`, or a Unix time in seconds or milliseconds. The day is the one written, in the
 * writer's own zone; only Unix times (which have no zone) are read in UTC.
 */
export function parseMachineDate(value: string, now?: Date): string | null {
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
  if (m) return calendarDay(+m[1], +m[2], +m[3], now);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T\s])/.exec(text);
  if (m) return calendarDay(+m[1], +m[2], +m[3], now);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (m) return calendarDay(+m[1], +m[2], +m[3], now);
  m = /^(\d{10}|\d{13})$/.exec(text);
  if (m) {
    const ms = m[1].length === 13 ? +m[1] : +m[1] * 1000;
    const date = new Date(ms);
    return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), now);
  }
  // Written dates in metadata ("March 26, 2025", "Fri, 21 Dec 2018 12:55:00 GMT").
  return parseWrittenDate(text, now);
}

/**
 * A date written for readers, in English or Spanish: "March 26, 2025", "Mar. 26, 2025",
 * "26 March 2025", "26 de marzo de 2025", "26 marzo, 2025". Returns the first one found.
 */
export function parseWrittenDate(text: string, now?: Date): string | null {
  const lower = text.toLowerCase();
  const monthWord = '([a-záéíóú]{3,10})\\.?';
  // Month first (English): "March 26, 2025", "Sept. 3, 2025".
  let m = new RegExp(`\\b${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(lower);
  if (m && MONTHS[m[1]]) {
    const day = calendarDay(+m[3], MONTHS[m[1]], +m[2], now);
    if (day) return day;
  }
  // Day first (English and Spanish): "26 March 2025", "26 de marzo de 2025", "26 mar. 2025".
  m = new RegExp(`\\b(\\d{1,2})(?:º|°)?\\s+(?:de\\s+)?${monthWord},?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`).exec(lower);
  if (m && MONTHS[m[2]]) {
    const day = calendarDay(+m[3], MONTHS[m[2]], +m[1], now);
    if (day) return day;
  }
  return null;
}

/** "hace 3 días", "3 days ago", "hace 5 horas": a day relative to `now`, or null. */
function parseRelativeDate(text: string, now: Date): string | null {
  const lower = text.toLowerCase();
  const m =
    /\b(?:hace\s+(\d{1,2}|un|una)\s+(minutos?|horas?|d[ií]as?)|(\d{1,2}|an?|one)\s+(minutes?|hours?|days?)\s+ago)\b/.exec(
      lower,
    );
  if (!m) return null;
  const countWord = m[1] ?? m[3];
  const unit = m[2] ?? m[4];
  const count = /^\d+$/.test(countWord) ? +countWord : 1;
  const hours = /^(?:d)/.test(unit) ? count * 24 : /^h/.test(unit) ? count : 0;
  return isoDay(new Date(now.getTime() - hours * 3600 * 1000));
}

// ---------------------------------------------------------------------------------------------
// Signals

interface Found {
  published: string | null;
  modified: string | null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Article-like JSON-LD nodes, including those inside `@graph` and `mainEntity`. */
function* jsonLdArticles(node: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6) return;
  for (const item of asArray(node)) {
    if (!isRecord(item)) continue;
    const types = asArray(item['@type']).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPES.test(t)) && !types.includes('WebSite')) yield item;
    if (item['@graph']) yield* jsonLdArticles(item['@graph'], depth + 1);
    if (item.mainEntity) yield* jsonLdArticles(item.mainEntity, depth + 1);
  }
}

function fromJsonLd(doc: Document, now: Date | undefined): Found {
  const candidates: Found[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      // Some CMSs (and saved copies) wrap the JSON in CDATA or HTML comments.
      data = JSON.parse(
        (script.textContent ?? '').replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, ''),
      );
    } catch {
      continue;
    }
    for (const node of jsonLdArticles(data)) {
      const published = typeof node.datePublished === 'string' ? parseMachineDate(node.datePublished, now) : null;
      const modified = typeof node.dateModified === 'string' ? parseMachineDate(node.dateModified, now) : null;
      if (published) candidates.push({ published, modified });
    }
  }
  // A news type beats a generic WebPage; in document order otherwise.
  return candidates[0] ?? { published: null, modified: null };
}

/**
 * Microdata belongs to the item around it: a `datePublished` inside a video or a related story's
 * `itemscope` dates that item, not the article (seen on Yahoo, whose video player comes first).
 */
function belongsToArticle(el: Element): boolean {
  const scope = el.parentElement?.closest('[itemscope]');
  if (!scope) return true;
  const type = (scope.getAttribute('itemtype') ?? '').split('/').pop() ?? '';
  return ARTICLE_TYPES.test(type);
}

function metaValue(doc: Document, names: readonly string[]): string | null {
  const wanted = new Map(names.map((name, rank) => [name, rank]));
  let best: { rank: number; value: string } | null = null;
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const itemprop = meta.getAttribute('itemprop');
    const keys = [
      meta.getAttribute('property'),
      meta.getAttribute('name'),
      itemprop && belongsToArticle(meta) ? itemprop : null,
    ]
      .filter((k): k is string => !!k)
      .flatMap((k) => k.toLowerCase().split(/\s+/));
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const key of keys) {
      const rank = wanted.get(key);
      if (rank !== undefined && (!best || rank < best.rank)) best = { rank, value: content };
    }
  }
  return best?.value ?? null;
}

function fromMeta(doc: Document, now: Date | undefined): Found {
  const raw = metaValue(doc, PUBLISHED_META);
  let published = raw ? parseMachineDate(raw, now) : null;
  if (!published) {
    // Parse.ly's older single tag holds JSON with "pub_date".
    const parsely = metaValue(doc, ['parsely-page']);
    if (parsely) {
      try {
        const data: unknown = JSON.parse(parsely);
        if (isRecord(data) && typeof data.pub_date === 'string') published = parseMachineDate(data.pub_date, now);
      } catch {
        // Not JSON: ignored like any unreadable signal.
      }
    }
  }
  const rawModified = metaValue(doc, MODIFIED_META);
  return { published, modified: rawModified ? parseMachineDate(rawModified, now) : null };
}

/** Where a byline's date lives: schema.org markup, `pubdate`, or a `<time>` near the headline. */
const TIME_SELECTORS = [
  '[itemprop="datePublished"]',
  'time[pubdate]',
  'article header time[datetime]',
  '[class*="byline" i] time[datetime]',
  '[class*="dateline" i] time[datetime]',
  '[class*="published" i] time[datetime]',
  '[class*="timestamp" i] time[datetime]',
  '[class*="meta" i] time[datetime]',
  '[class*="author" i] time[datetime]',
  '[class*="autor" i] time[datetime]',
  '[class*="fecha" i] time[datetime]',
  'article time[datetime]',
  'main time[datetime]',
];

function fromTimeElement(doc: Document, now: Date | undefined): string | null {
  for (const selector of TIME_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 3)) {
      if (el.hasAttribute('itemprop') && !belongsToArticle(el)) continue;
      const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
      const day = parseMachineDate(value, now);
      if (day) return day;
    }
  }
  return null;
}

/** `/2025/03/26/`, `/2025-03-26/`, `/20250326/`: a full date as path segments of the URL. */
export function dateFromUrl(url: string, now?: Date): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (m) return calendarDay(+m[1], +m[2], +m[3], now);
  m = /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return calendarDay(+m[1], +m[2], +m[3], now);
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/.exec(path);
  if (m) return calendarDay(+m[1], +m[2], +m[3], now);
  return null;
}

/** Byline-like containers whose text states the date for readers. */
const BYLINE_SELECTORS =
  '[class*="byline" i], [class*="dateline" i], [class*="article-date" i], [class*="publish" i], [class*="post-date" i], [class*="entry-date" i], [class*="posted-on" i]';

function fromBylineText(doc: Document, now: Date | undefined): string | null {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTORS)).slice(0, 8)) {
    // An update date is not the publication date: drop "Updated: Oct 9, 2019" before reading.
    const text = (el.textContent ?? '')
      .slice(0, 300)
      .replace(/\b(?:updated|last updated|modified|actualizad[oa]|modificad[oa])\b[^\n|·]{0,40}?\d{4}/gi, ' ');
    const day = parseWrittenDate(text, now) ?? (now ? parseRelativeDate(text, now) : null);
    if (day) return day;
  }
  return null;
}

/** The page's publication and update dates, from its most trusted signal that parses. */
export function detectPublishedDate(doc: Document, options: DateOptions = {}): PublishedDate {
  const { now } = options;
  const jsonLd = fromJsonLd(doc, now);
  const meta = fromMeta(doc, now);
  const ordered: [DateSignal, () => string | null][] = [
    ['json-ld', () => jsonLd.published],
    ['meta', () => meta.published],
    ['time-element', () => fromTimeElement(doc, now)],
    ['url', () => dateFromUrl(doc.URL ?? '', now)],
    ['byline-text', () => fromBylineText(doc, now)],
  ];
  for (const [signal, read] of ordered) {
    const published = read();
    if (!published) continue;
    const stated = jsonLd.modified ?? meta.modified;
    const modified = stated && stated > published ? stated : null;
    return { published, modified, signal };
  }
  return { published: null, modified: null, signal: null };
}
