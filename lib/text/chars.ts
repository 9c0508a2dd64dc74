/**
 * The character classes every fold is built from. Each fold in this folder (page text, regex
 * sources, alias keys, the gate's word fold) is a composition of these tables, so no two folds can
 * disagree on what counts as a quote, a dash, a space or an invisible character.
 *
 * Plain constants and pure functions only: the gate script imports this module, and must not pay for
 * the lazily filled fold table of `fold.ts`.
 */
/** Whitespace other than ASCII: no-break, ogham, narrow, math, ideographic, line/paragraph separators. */
export const SPACE_CODES: readonly number[] = [
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
  0x2029, 0x202f, 0x205f, 0x3000,
];
/**
 * Invisible characters: soft hyphen and zero-width characters that CMSs put inside words, bidi marks,
 * embeddings and isolates (pages that mix RTL and Latin). Folding drops them.
 */
export const INVISIBLE_CODES: readonly number[] = [
  0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2066, 0x2067, 0x2068, 0x2069,
];
/** Typographic single quotes, primes and accents used as apostrophes: fold to `'`. */
export const SINGLE_QUOTE_CODES: readonly number[] = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x00b4, 0x0060];
/** Typographic double quotes, double primes and guillemets: fold to `"`. */
export const DOUBLE_QUOTE_CODES: readonly number[] = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb];
/** Hyphens, dashes and minus signs: fold to `-`. */
export const DASH_CODES: readonly number[] = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d];

/** Whether a code unit is a combining diacritical mark (what NFD splits off an accented letter). */
export const isMark = (code: number): boolean => code >= 0x0300 && code <= 0x036f;

/** The letter without its diacritics, or the code unchanged: "á" → "a", "ñ" → "n", "ø" → "ø". */
export function baseLetter(code: number): number {
  const decomposed = String.fromCharCode(code).normalize('NFD');
  return decomposed.length > 1 && isMark(decomposed.charCodeAt(1)) ? decomposed.charCodeAt(0) : code;
}
