/**
 * The cheap pre-check the content script runs before anything else: could the engine call this page
 * on topic? The engine needs a key term in the headline or the lead (the description and the first
 * paragraphs), so the gate reads exactly those places, bounded: the URL, title, meta description /
 * Open Graph / keywords, JSON-LD headline and description, the first headings, and the first
 * paragraphs of the page. It never walks the whole body, so an unrelated page costs a few attribute
 * reads and a few dozen paragraphs.
 *
 * This module is loaded on every listed page before the engine: it imports nothing but types.
 */

/** What the gate needs of a pack: its topic's gate terms. A whole `CompiledPack` fits. */
export interface GatePack {
  topic: { gateTerms: readonly string[] };
}

/**
 * Lower case, no accents, every run of non-letters and non-digits one space, padded with spaces.
 *
 * Written without `normalize()` and `\p{L}` classes on purpose: in a fresh content-script world the
 * first use of a Unicode property class compiles a very large regular expression, and NFD over the
 * whole text loads normalisation data, together 10–60 ms per page in Chromium. Latin letters
 * (Latin-1 and Extended-A) fold through a table, other cased letters stay letters, and any other
 * character counts as a word break, which can only let more pages through, never fewer.
 */
export function foldForGate(text: string): string {
  let folded = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(folded)) folded = folded.replace(/[\u0080-\uffff]+/g, foldRun);
  return ` ${folded.replace(/[^a-z0-9\u0080-\uffff]+/g, ' ')} `;
}

/**
 * U+00C0–U+017F, lower-cased, without accents: a letter, '*' for a letter with no ASCII base (kept
 * as it is), ' ' for × and ÷. Generated from `ch.toLowerCase().normalize('NFD')` minus the marks.
 */
const LATIN_FOLD =
  'aaaaaa*ceeeeiiii*nooooo *uuuuy**aaaaaa*ceeeeiiii*nooooo *uuuuy*yaaaaaaccccccccdd**eeeeeeeeeegggggggghh**iiiiiiiii***jjkk*llllll****nnnnnn***oooooo**rrrrrrsssssssstttt**uuuuuuuuuuuuwwyyyzzzzzz*';
const foldedChars = new Map<number, string>();

function foldChar(code: number): string {
  if (code >= 0xc0 && code <= 0x17f) {
    const folded = LATIN_FOLD[code - 0xc0];
    return folded === '*' ? String.fromCharCode(code) : folded;
  }
  // Combining accents of text that came decomposed.
  if (code >= 0x300 && code <= 0x36f) return '';
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    if (code < 0xc0 || ch.toUpperCase() === ch.toLowerCase()) folded = ' ';
    else if ((code >= 0x180 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
      // Rarer Latin letters (Vietnamese, Romanian): the slow path, once per letter.
      const base = ch.normalize('NFD').charAt(0);
      folded = base >= 'a' && base <= 'z' ? base : ch;
    } else folded = ch;
    foldedChars.set(code, folded);
  }
  return folded;
}

function foldRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) out += foldChar(run.charCodeAt(i));
  return out;
}

const META_SELECTORS = [
  'meta[name="description"]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
  'meta[name="twitter:title"]',
  'meta[name="twitter:description"]',
  'meta[name="keywords"]',
  'meta[name="news_keywords"]',
  'meta[property="article:tag"]',
  'meta[property="article:section"]',
].join(',');

/** How many paragraphs, and how much of their text, the gate reads at most. */
const MAX_PARAGRAPHS = 60;
const MAX_PARAGRAPH_CHARS = 8000;
/** Paragraphs shorter than this are captions, labels and buttons rather than the lead. */
const LEAD_PARAGRAPH_CHARS = 80;
/** A page with fewer lead-sized paragraphs keeps its text in other blocks: read its opening text. */
const MIN_LEAD_PARAGRAPHS = 3;
const OPENING_TEXT_CHARS = 12000;
/** JSON-LD blocks above this size are catalogues, not an article's metadata. */
const MAX_JSON_LD_CHARS = 100_000;

interface Terms {
  terms: string[];
  /** Whole words a term may start without meaning the topic ("deporte" for "deport"). */
  excluded: Set<string>;
}

const foldedTerms = new WeakMap<object, Terms>();

function termsOf(pack: GatePack): Terms {
  let terms = foldedTerms.get(pack.topic);
  if (!terms) {
    terms = { terms: [], excluded: new Set() };
    for (const raw of pack.topic.gateTerms) {
      // "!word" names a whole word that is not a match even though a term starts it.
      if (raw.startsWith('!')) terms.excluded.add(foldForGate(raw.slice(1)).trim());
      // A term matches at the start of a word: " deport" finds "deportation", not "sdeport".
      else terms.terms.push(foldForGate(raw).trimEnd());
    }
    foldedTerms.set(pack.topic, terms);
  }
  return terms;
}

function matches(haystack: string, { terms, excluded }: Terms): boolean {
  for (const term of terms) {
    let at = haystack.indexOf(term);
    while (at !== -1) {
      if (excluded.size === 0) return true;
      const end = haystack.indexOf(' ', at + 1);
      if (!excluded.has(haystack.slice(at + 1, end === -1 ? undefined : end))) return true;
      at = haystack.indexOf(term, at + 1);
    }
  }
  return false;
}

/** JSON-LD `headline` and `description` strings, found without parsing the whole graph. */
function jsonLdText(doc: Document, parts: string[]): void {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    const re = /"(?:headline|description|alternativeHeadline|name)"\s*:\s*"((?:[^"\\]|\\.){0,2000})"/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      try {
        parts.push(JSON.parse(`"${m[1]}"`) as string);
      } catch {
        parts.push(m[1]);
      }
    }
  }
}

/** The page's opening paragraphs: where the engine's lead is, whichever element it picks as root. */
function openingText(doc: Document, parts: string[]): void {
  const paragraphs = doc.getElementsByTagName('p');
  let chars = 0;
  let leadSized = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && chars < MAX_PARAGRAPH_CHARS; i++) {
    const text = paragraphs[i].textContent ?? '';
    if (text.length >= LEAD_PARAGRAPH_CHARS) leadSized++;
    chars += text.length;
    parts.push(text.slice(0, MAX_PARAGRAPH_CHARS));
  }
  if (leadSized < MIN_LEAD_PARAGRAPHS) {
    // Text in `<div>`s or line breaks: the opening of the page text stands in for the lead.
    const main = doc.querySelector('article, [itemprop="articleBody"], main, [role="main"]') ?? doc.body;
    if (main) parts.push(openingTextOf(main));
  }
}

/** Elements whose text is code or styling, not page text (a page's inline scripts can be megabytes). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
/** Nodes visited at most, so a page of empty wrappers cannot make the walk long. */
const MAX_NODES = 4000;

/** Up to `OPENING_TEXT_CHARS` of an element's text, without scripts or styles. */
function openingTextOf(root: Element): string {
  let text = '';
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && text.length < OPENING_TEXT_CHARS && visited++ < MAX_NODES) {
    if (node.nodeType === 3) text += ` ${(node as Text).data}`;
    const descend = node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName) ? node.firstChild : null;
    if (descend) {
      node = descend;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return text.slice(0, OPENING_TEXT_CHARS);
}

/** Whether the page might be about the pack's topic: URL, title, metadata, headings, opening paragraphs. */
export function passesGate(doc: Document, pack: GatePack): boolean {
  const terms = termsOf(pack);
  const parts: string[] = [doc.URL ?? '', typeof doc.title === 'string' ? doc.title : ''];
  try {
    parts[0] = decodeURIComponent(parts[0]);
  } catch {
    // Keep the raw URL: a stray % is not worth failing over.
  }
  for (const element of doc.querySelectorAll(META_SELECTORS)) parts.push(element.getAttribute('content') ?? '');
  for (const tag of ['h1', 'h2']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < 3; i++) parts.push(headings[i].textContent ?? '');
  }
  jsonLdText(doc, parts);
  if (matches(foldForGate(parts.join(' \n ')), terms)) return true;
  const body: string[] = [];
  openingText(doc, body);
  return matches(foldForGate(body.join(' \n ')), terms);
}
