/**
 * The named folds built on `fold.ts`, one per use, so every caller that compares text does it the
 * way the matcher does:
 * - `foldText` / `foldString`: page text and short strings (case kept, offsets mapped back);
 * - `foldPattern`: a regular-expression source, folded like the text it will run on;
 * - `aliasKey` / `matcherKey`: the matcher's bucket key, which the pack checker's alias-collision rule
 *   must share (two aliases with one key land in one bucket);
 * - `foldLower`: case and diacritics folded, for tokens compared against lower-case word lists.
 */
import { DROP, foldCode, foldString, SPACE } from './fold';

// The ASCII range, written with its control characters on purpose.
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A pattern source folded character by character like page text (accents dropped, quotes and dashes
 * straightened). Regex syntax is ASCII, which folding leaves alone; spaces are kept as written.
 */
export function foldPattern(source: string): string {
  if (!NON_ASCII.test(source)) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      out += source[i];
      continue;
    }
    const folded = foldCode(code);
    if (folded === SPACE) out += ' ';
    else if (folded !== DROP) out += String.fromCharCode(folded);
  }
  return out;
}

/**
 * The lookup key of a folded string: lower case, without spaces and hyphens, so "MS 13", "MS-13"
 * and "ms13" share one key.
 */
export function aliasKey(folded: string): string {
  return folded.toLowerCase().replace(/[\s-]+/g, '');
}

/** The matcher's key of raw alias text: the bucket its matches are looked up in. */
export function matcherKey(text: string): string {
  return aliasKey(foldString(text));
}

/** Case and diacritics folded (quotes, dashes and spaces as in page text): "Más-Leído" → "mas-leido". */
export function foldLower(text: string): string {
  return foldPattern(text).toLowerCase();
}

/** Letters and digits only, folded and lower case, single spaces: for comparing a heading with the page's titles. */
export function titleKey(text: string): string {
  return foldLower(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
