/**
 * The cheap pre-check the content script runs before anything else: does the URL, title, meta
 * description / Open Graph / keywords or an `<h1>` mention any of the topic's gate terms? No walk of
 * the body, so unrelated pages cost a few attribute reads.
 */
import type { CompiledPack } from '../dataset/compiled';

/** Lower case, no accents, every run of non-letters and non-digits one space, padded with spaces. */
export function foldForGate(text: string): string {
  return ` ${text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

const META_SELECTORS = [
  'meta[name="description"]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
  'meta[name="twitter:title"]',
  'meta[name="keywords"]',
  'meta[name="news_keywords"]',
  'meta[property="article:tag"]',
  'meta[property="article:section"]',
];

const foldedTerms = new WeakMap<CompiledPack, string[]>();

function termsOf(pack: CompiledPack): string[] {
  let terms = foldedTerms.get(pack);
  if (!terms) {
    // A term matches at the start of a word: " deport" finds "deportation", not "sdeport".
    terms = pack.topic.gateTerms.map((t) => foldForGate(t).trimEnd());
    foldedTerms.set(pack, terms);
  }
  return terms;
}

/** Whether the page might be about the pack's topic, from its URL, title, metadata and headings. */
export function passesGate(doc: Document, pack: CompiledPack): boolean {
  const parts: string[] = [doc.URL ?? '', doc.title ?? ''];
  for (const selector of META_SELECTORS) {
    for (const element of doc.querySelectorAll(selector)) parts.push(element.getAttribute('content') ?? '');
  }
  const headings = doc.getElementsByTagName('h1');
  for (let i = 0; i < headings.length && i < 3; i++) parts.push(headings[i].textContent ?? '');
  let url = parts[0];
  try {
    url = decodeURIComponent(url);
  } catch {
    // Keep the raw URL: a stray % is not worth failing over.
  }
  parts[0] = url;
  const haystack = foldForGate(parts.join(' \n '));
  return termsOf(pack).some((term) => haystack.includes(term));
}
