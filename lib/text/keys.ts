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
 * A case-insensitive pattern's source rewritten to match lower-cased text without the `i` flag:
 * its literal letters lower-cased, escapes left as written (`\S` is not `\s`, `\B` not `\b`,
 * a property name is case-sensitive). On text lowered by `lowerSameLength`, the pattern without
 * `i` finds what the original with `i` finds in the text as it was (letters in a character class
 * and its ranges included: `[A-Z]` becomes `[a-z]`). Throws on what it cannot rewrite so: a
 * property escape of letter case (`\p{Lu}`) or a range that spans the two cases.
 *
 * Why: V8 compiles a pattern without `i` about three times as fast (the claim patterns, compiled
 * and run twice each on 1,400 characters in Node 20: 680-870 ms with `i`, 252 ms without).
 */
export function lowerCasePattern(source: string): string {
  let out = '';
  for (const { text, at, escape, inClass } of patternTokens(source)) {
    if (escape) {
      if (LETTER_CASE_PROPERTY.test(text))
        throw new Error(`lowerCasePattern: a letter-case property (${text}) cannot be lower-cased`);
      out += text;
    } else {
      if (inClass && text === '-' && /[A-Z]/.test(source[at - 1] ?? '') && /[a-z]/.test(source[at + 1] ?? ''))
        throw new Error(
          `lowerCasePattern: a range across letter case (${source.slice(at - 1, at + 2)}) cannot be lower-cased`,
        );
      out += text.toLowerCase();
    }
  }
  return out;
}

const LETTER_CASE_PROPERTY =
  /^\\[pP]\{(?:General_Category=|gc=)?(?:Lu|Ll|Lt|LC|Cased_Letter|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Uppercase|Lowercase)\}$/;

/** One token of a regular-expression source (`patternTokens`). */
export interface PatternToken {
  /** An escape whole (`\x`, or `\p{…}` with its name), or one character. */
  text: string;
  at: number;
  escape: boolean;
  /** Inside a character class (its brackets included). */
  inClass: boolean;
}

/**
 * A regular-expression source read token by token. Escapes are read whole, so an escaped bracket
 * opens no class and an escaped parenthesis no group. Shared by the rewrites of pattern sources
 * (lower case here, the structure in `pattern-source.ts`, `\p{L}` in the matcher tables).
 */
export function* patternTokens(source: string): Generator<PatternToken> {
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const ch = source[at];
    if (ch === '\\') {
      const next = source[at + 1] ?? '';
      const close = (next === 'p' || next === 'P') && source[at + 2] === '{' ? source.indexOf('}', at) : -1;
      const end = close === -1 ? at + 2 : close + 1;
      yield { text: source.slice(at, end), at, escape: true, inClass };
      at = end - 1;
      continue;
    }
    if (ch === '[') inClass = true;
    yield { text: ch, at, escape: false, inClass };
    if (ch === ']') inClass = false;
  }
}

/**
 * `text` lower-cased code unit by code unit, so that every offset in it is the same as in `text`
 * (`toLowerCase` lengthens a few characters: "İ" becomes "i̇"). For patterns made by `lowerCasePattern`.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
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
