/**
 * The cheap pre-check the content script runs before anything else: could the engine call this page
 * on topic? The engine needs a key term in the headline or the lead (the description and the first
 * paragraphs), so the gate reads exactly what the engine reads there, bounded: the title, meta
 * description / og:title / og:description, JSON-LD headline and description, the first headings, and
 * the first paragraphs of the page (and the URL). It never walks the whole body, so an unrelated page
 * costs a few attribute reads and a few dozen paragraphs.
 *
 * This module is loaded on every listed page before the engine: it imports nothing but types and the
 * gate's word fold (`lib/text/gate-fold.ts`), which is a loop over plain tables.
 *
 * What a page pays for it is mostly what a fresh content-script world pays on first use (measured
 * in Chromium, `scripts/bench/gate-worlds.ts`): the first element wrapper (the prototype chains of
 * HTMLElement, Element, Node…), the first regular expression, the first touch of the extension API.
 * So the page is queried once for its metadata and JSON-LD, headings and paragraphs are read item
 * by item from live lists (never their `length`, which counts the whole page), JSON-LD is scanned
 * with `indexOf` rather than parsed, and the extension API is left to the caller. An off-topic page
 * is turned away by a cheap necessary test (`mayMatch`: lower case, one replace that rarely finds
 * anything in English, a few `indexOf`s), without the exact fold; only a page that might match is
 * folded and matched exactly. (Reading the page through XPath strings would avoid element wrappers,
 * but Blink's XPath takes 10–120 ms on large real pages where these DOM reads take 1–5.)
 *
 * Measured 2026-12-06 (`gate-worlds.ts --every 3 --build OLD --build NEW`, 100 off-topic real pages,
 * both builds in the same run on a loaded two-core machine), before → after this reading:
 * Chromium median 2.60 → 1.40 ms, p90 9.6 → 6.1 ms; Firefox median 2 → 1 ms, mean 3.96 → 2.36 ms.
 */

import { foldForGate, foldLetter } from '../text/gate-fold';

export { foldForGate };

/** What the gate needs of a pack: its topic's gate terms. A whole `CompiledPack` fits. */
export interface GatePack {
  topic: { gateTerms: readonly string[] };
}

/**
 * The metadata the engine reads for the headline and the lead (`lib/detect/article.ts`): keywords,
 * tags, sections and Twitter's copies never make the engine call a page on topic, so they do not
 * open the gate either.
 */
const META_SELECTORS = ['meta[name="description"]', 'meta[property="og:title"]', 'meta[property="og:description"]'];
/** Metadata and JSON-LD in one query: one walk of the page instead of several. */
const HEAD_SELECTORS = [...META_SELECTORS, 'script[type="application/ld+json"]'].join(',');
/** Headings of each level read: the headline is among the first, logos and section names aside. */
const MAX_HEADINGS = 3;

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

/** Gate terms folded ahead of time (at build time, for the gate script): plain JSON. */
export interface FoldedGateTerms {
  /** Folded terms, each matched at the start of a word (" deport" finds "deportation"). */
  terms: string[];
  /** Whole folded words a term may start without meaning the topic ("deporte" for "deport"). */
  excluded: string[];
  /**
   * The words of each term ("mara", "salvatrucha"), without the terms a one-word term stands for
   * (" salvador" for " salvadoran"): a text can match a term only if, lower-cased and with its
   * accents folded, it holds the term's words in order with nothing but non-letters between them.
   */
  words: string[][];
}

type Terms = FoldedGateTerms;

/** Fold a pack's gate terms; "!word" names a whole word that is not a match even though a term starts it. */
export function foldGateTerms(gateTerms: readonly string[]): FoldedGateTerms {
  const folded: FoldedGateTerms = { terms: [], excluded: [], words: [] };
  for (const raw of gateTerms) {
    if (raw.startsWith('!')) folded.excluded.push(foldForGate(raw.slice(1)).trim());
    else folded.terms.push(foldForGate(raw).trimEnd());
  }
  const all = folded.terms.map((term) => term.split(' ').filter(Boolean));
  const single = all.filter((words) => words.length === 1).map(([word]) => word);
  // A one-word term inside one of a term's words is found wherever that term is.
  folded.words = all.filter((words) =>
    words.length === 1
      ? !single.some((s) => s !== words[0] && words[0].includes(s))
      : !single.some((s) => words.some((w) => w.includes(s))),
  );
  return folded;
}

const foldedTerms = new WeakMap<object, Terms>();

function termsOf(pack: GatePack): Terms {
  let terms = foldedTerms.get(pack.topic);
  if (!terms) {
    terms = foldGateTerms(pack.topic.gateTerms);
    foldedTerms.set(pack.topic, terms);
  }
  return terms;
}

/**
 * Characters the fold turns into another letter or drops inside a word: Latin letters with accents,
 * combining accents and invisible characters (see `foldForGate`). Everything else a term's word can
 * hold is an ASCII letter or digit, which only needs lower case.
 */
const FOLDS_INSIDE_WORDS =
  // Combining accents are listed on purpose: each one is dropped by itself, as the fold does.
  // eslint-disable-next-line no-misleading-character-class
  /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Whether `text` may match a term: lower-cased and with its accents folded, it holds the words of
 * some term in order, with nothing but non-letters between them. Off-topic text fails here, in two
 * native passes (lower case, and a replace that rarely finds anything in English) and a few
 * `indexOf`s, without the full fold, which only text that passes gets.
 */
function mayMatch(text: string, { words }: Terms): boolean {
  const lower = text.toLowerCase().replace(FOLDS_INSIDE_WORDS, foldLetter);
  for (let t = 0; t < words.length; t++) if (holdsWords(lower, words[t])) return true;
  return false;
}

const isLetterOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Whether `lower` holds `words` in order, with only characters other than a-z and 0-9 between them. */
function holdsWords(lower: string, words: string[]): boolean {
  const first = words[0];
  if (words.length === 1) return lower.includes(first);
  for (let w = 1; w < words.length; w++) if (!lower.includes(words[w])) return false;
  for (let at = lower.indexOf(first); at !== -1; at = lower.indexOf(first, at + 1)) {
    let i = at + first.length;
    let w = 1;
    for (; w < words.length; w++) {
      while (i < lower.length && !isLetterOrDigit(lower.charCodeAt(i))) i++;
      if (!lower.startsWith(words[w], i)) break;
      i += words[w].length;
    }
    if (w === words.length) return true;
  }
  return false;
}

function matches(haystack: string, { terms, excluded }: Terms): boolean {
  for (const term of terms) {
    let at = haystack.indexOf(term);
    while (at !== -1) {
      if (excluded.length === 0) return true;
      const end = haystack.indexOf(' ', at + 1);
      if (!excluded.includes(haystack.slice(at + 1, end === -1 ? undefined : end))) return true;
      at = haystack.indexOf(term, at + 1);
    }
  }
  return false;
}

/** The JSON-LD strings the engine reads (`readJsonLd`). */
const JSON_LD_KEYS = ['"headline"', '"description"'];
/** Longest string value read, in characters (twice this in JSON text, to allow for escapes). */
const MAX_JSON_LD_STRING = 2000;

const isJsonSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The string values of `JSON_LD_KEYS` in JSON text, by scanning (no regular expression, no parse
 * of the whole graph): `"headline" : "…"`, unescaped where the escapes are valid JSON.
 */
export function jsonLdStrings(text: string, parts: string[]): void {
  for (const key of JSON_LD_KEYS) {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
      let i = at + key.length;
      while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
      if (text[i] !== ':') continue;
      i++;
      while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
      if (text[i] !== '"') continue;
      const start = i + 1;
      // The closing quote: the first one not escaped by an odd run of backslashes.
      let j = text.indexOf('"', start);
      while (j !== -1 && j - start <= MAX_JSON_LD_STRING * 2 && isEscaped(text, j)) j = text.indexOf('"', j + 1);
      if (j === -1 || j - start > MAX_JSON_LD_STRING * 2) continue;
      const raw = text.slice(start, j);
      if (!raw.includes('\\')) parts.push(raw);
      else {
        try {
          parts.push(JSON.parse(`"${raw}"`) as string);
        } catch {
          parts.push(raw);
        }
      }
    }
  }
}

/** Whether the character at `at` follows an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 92) i--;
  return (at - 1 - i) % 2 === 1;
}

/** The page's opening paragraphs: where the engine's lead is, whichever element it picks as root. */
function openingText(doc: Document, parts: string[]): void {
  const paragraphs = doc.getElementsByTagName('p');
  let chars = 0;
  let leadSized = 0;
  // Item by item, never `length`: a live list counts the whole page for its length, and stops at
  // the last item asked for otherwise.
  for (let i = 0; i < MAX_PARAGRAPHS && chars < MAX_PARAGRAPH_CHARS; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    const text = paragraph.textContent ?? '';
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
  return passes(doc, termsOf(pack));
}

/** `passesGate` with terms folded ahead of time (`foldGateTerms`), as the gate script has them. */
export function passesGateFolded(doc: Document, folded: FoldedGateTerms): boolean {
  return passes(doc, folded);
}

function passes(doc: Document, terms: Terms): boolean {
  const parts: string[] = [doc.URL ?? '', typeof doc.title === 'string' ? doc.title : ''];
  try {
    parts[0] = decodeURIComponent(parts[0]);
  } catch {
    // Keep the raw URL: a stray % is not worth failing over.
  }
  const elements = doc.querySelectorAll(HEAD_SELECTORS);
  for (let e = 0; e < elements.length; e++) {
    const element = elements[e];
    if (element.localName === 'meta') parts.push(element.getAttribute('content') ?? '');
    else {
      // JSON-LD `headline` and `description` strings, found without parsing the whole graph.
      const text = element.textContent ?? '';
      if (text.length <= MAX_JSON_LD_CHARS) jsonLdStrings(text, parts);
    }
  }
  // The first headings, read through live lists that stop at the last one asked for: a page's
  // dozens of h2s are not wrapped one by one.
  for (const tag of ['h1', 'h2']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < MAX_HEADINGS; i++) {
      const heading = headings[i];
      if (!heading) break;
      parts.push(heading.textContent ?? '');
    }
  }
  const head = parts.join(' \n ');
  const body: string[] = [];
  openingText(doc, body);
  const opening = body.join(' \n ');
  // One cheap test for both; the exact fold only for a page that might match.
  if (!mayMatch(`${head} \n ${opening}`, terms)) return false;
  return matches(foldForGate(head), terms) || matches(foldForGate(opening), terms);
}
