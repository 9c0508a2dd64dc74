/**
 * The cheap pre-check the content script runs before anything else: could the engine call this page
 * on topic? The engine needs a key term in the headline or the lead (the description and the first
 * paragraphs), so the gate reads exactly those places, bounded: the URL, title, meta description /
 * Open Graph / keywords, JSON-LD headline and description, the first headings, and the first
 * paragraphs of the page. It never walks the whole body, so an unrelated page costs a few attribute
 * reads and a few dozen paragraphs.
 *
 * This module is loaded on every listed page before the engine: it imports nothing but types and the
 * gate's word fold (`lib/text/gate-fold.ts`), which is a loop over plain tables.
 *
 * What a page pays for it is mostly what a fresh content-script world pays on first use (measured
 * in Chromium, `npm run bench`): the first element wrapper (~1.2 ms: the prototype chains of
 * HTMLElement, Element, Node…), the first regular expression (~1 ms), the first touch of the
 * extension API (~1.6 ms). So JSON-LD is scanned rather than parsed with expressions, short texts
 * fold in a loop over char codes, the page is queried once for all of its metadata, headings and
 * JSON-LD, and the extension API is left to the caller. Long texts (a page's metadata and opening
 * paragraphs, ≥ 500 characters) fold in two native `String.replace` passes, which over thousands of
 * characters win back more than the first expression costs. (Reading the page through XPath strings
 * would avoid element wrappers, but Blink's XPath takes 10–120 ms on large real pages where these
 * DOM reads take 1–5.)
 */

import { foldForGate } from '../text/gate-fold';

export { foldForGate };

/** What the gate needs of a pack: its topic's gate terms. A whole `CompiledPack` fits. */
export interface GatePack {
  topic: { gateTerms: readonly string[] };
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
];
/** Metadata, headings and JSON-LD in one query: one walk of the page instead of four. */
const HEAD_SELECTORS = [...META_SELECTORS, 'h1', 'h2', 'script[type="application/ld+json"]'].join(',');
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
}

interface Terms {
  terms: string[];
  excluded: Set<string>;
}

/** Fold a pack's gate terms; "!word" names a whole word that is not a match even though a term starts it. */
export function foldGateTerms(gateTerms: readonly string[]): FoldedGateTerms {
  const folded: FoldedGateTerms = { terms: [], excluded: [] };
  for (const raw of gateTerms) {
    if (raw.startsWith('!')) folded.excluded.push(foldForGate(raw.slice(1)).trim());
    else folded.terms.push(foldForGate(raw).trimEnd());
  }
  return folded;
}

const foldedTerms = new WeakMap<object, Terms>();

function termsOf(pack: GatePack): Terms {
  let terms = foldedTerms.get(pack.topic);
  if (!terms) {
    terms = prepared(foldGateTerms(pack.topic.gateTerms));
    foldedTerms.set(pack.topic, terms);
  }
  return terms;
}

const prepared = (folded: FoldedGateTerms): Terms => ({ terms: folded.terms, excluded: new Set(folded.excluded) });

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

const JSON_LD_KEYS = ['"headline"', '"description"', '"alternativeHeadline"', '"name"'];
/** Longest string value read, in characters (an escape counts as one). */
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
      let units = 0;
      let j = start;
      while (j < text.length && text[j] !== '"' && units <= MAX_JSON_LD_STRING) {
        j += text[j] === '\\' ? 2 : 1;
        units++;
      }
      if (j >= text.length || text[j] !== '"' || units > MAX_JSON_LD_STRING) continue;
      const raw = text.slice(start, j);
      try {
        parts.push(JSON.parse(`"${raw}"`) as string);
      } catch {
        parts.push(raw);
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
  return passes(doc, termsOf(pack));
}

const preparedTerms = new WeakMap<FoldedGateTerms, Terms>();

/** `passesGate` with terms folded ahead of time (`foldGateTerms`), as the gate script has them. */
export function passesGateFolded(doc: Document, folded: FoldedGateTerms): boolean {
  let terms = preparedTerms.get(folded);
  if (!terms) preparedTerms.set(folded, (terms = prepared(folded)));
  return passes(doc, terms);
}

function passes(doc: Document, terms: Terms): boolean {
  const parts: string[] = [doc.URL ?? '', typeof doc.title === 'string' ? doc.title : ''];
  try {
    parts[0] = decodeURIComponent(parts[0]);
  } catch {
    // Keep the raw URL: a stray % is not worth failing over.
  }
  let h1 = 0;
  let h2 = 0;
  for (const element of doc.querySelectorAll(HEAD_SELECTORS)) {
    const tag = element.localName;
    if (tag === 'meta') parts.push(element.getAttribute('content') ?? '');
    else if (tag === 'script') {
      // JSON-LD `headline` and `description` strings, found without parsing the whole graph.
      const text = element.textContent ?? '';
      if (text.length <= MAX_JSON_LD_CHARS) jsonLdStrings(text, parts);
    } else if ((tag === 'h1' ? h1++ : h2++) < MAX_HEADINGS) parts.push(element.textContent ?? '');
  }
  if (matches(foldForGate(parts.join(' \n ')), terms)) return true;
  const body: string[] = [];
  openingText(doc, body);
  return matches(foldForGate(body.join(' \n ')), terms);
}
