/**
 * Character folding for matching: diacritics, typographic quotes and dashes, odd spaces and
 * invisible characters are normalised so "Ábrego García", "Abrego Garcia" and a decomposed
 * "A\u0301brego" compare equal. Case is kept (case-insensitive aliases are compiled to character
 * classes), so that case-sensitive acronyms ("ICE", "UN") can share the same single pass.
 *
 * Folding may drop characters (combining marks, soft hyphens, repeated spaces), so it returns a mapping
 * from each folded index back to the original index: offsets never drift.
 */

import {
  baseLetter,
  DASH_CODES,
  DOUBLE_QUOTE_CODES,
  INVISIBLE_CODES,
  isMark,
  SINGLE_QUOTE_CODES,
  SPACE_CODES,
} from './chars';

/** Marker in the fold table: the character is dropped from the folded text. */
export const DROP = -1;
/** Marker in the fold table: the character is whitespace and collapses with its neighbours. */
export const SPACE = -2;
/** Marker in the fold table: not computed yet. */
const UNKNOWN = -3;

const foldTable = new Int32Array(0x10000).fill(UNKNOWN);

function computeFold(code: number): number {
  if (code === 0x0a) return 0x0a; // block separator of the text index: never folded into a space
  if (code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b) return SPACE;
  if (code < 0x80) return code;
  if (isMark(code) || INVISIBLE_CODES.includes(code)) return DROP;
  if (SPACE_CODES.includes(code)) return SPACE;
  if (SINGLE_QUOTE_CODES.includes(code)) return 0x27; // '
  if (DOUBLE_QUOTE_CODES.includes(code)) return 0x22; // "
  if (DASH_CODES.includes(code)) return 0x2d; // -
  if (code >= 0xd800 && code <= 0xdfff) return code; // surrogate halves pass through unchanged
  return baseLetter(code);
}

/** The folded form of one UTF-16 code unit: a code unit, `-1` (dropped) or `-2` (space). */
export function foldCode(code: number): number {
  let f = foldTable[code];
  if (f === UNKNOWN) {
    f = computeFold(code);
    foldTable[code] = f;
  }
  return f;
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** The index in the original text of folded character `i` (`text.length` maps to the original length). */
  toOriginal(i: number): number;
}

/**
 * What folding may change: whitespace runs and non-space whitespace, and any non-ASCII character.
 * Everything else (most of an English page) is copied in slices, which is what makes folding cheap.
 */
const SPACE_CLASS = '\\t\\v\\f\\r' + String.fromCharCode(...SPACE_CODES);
const FOLD_CANDIDATES = new RegExp(`[ ${SPACE_CLASS}]{2,}|[${SPACE_CLASS}]|[^\\x00-\\x7f]`, 'g');

/** Where a fold stands: the output so far and the points where offsets shift. */
interface FoldState {
  out: string;
  /** End of the source copied or folded so far. */
  last: number;
  /** Characters dropped or collapsed so far. */
  removed: number;
  /** Folded index from which `shift` applies, and the cumulative shift there. */
  at: number[];
  shift: number[];
}

/**
 * Fold the candidates `re` finds from its `lastIndex` on, up to the first one that starts at or after
 * `until` (left for the next call: `lastIndex` is set back to it). True once no candidate is left.
 */
function foldUntil(source: string, re: RegExp, state: FoldState, until: number): boolean {
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    const i = m.index;
    if (i >= until) {
      re.lastIndex = i;
      return false;
    }
    const matched = m[0];
    if (i > state.last) state.out += source.slice(state.last, i);
    state.last = i + matched.length;
    if (matched.length > 1) {
      state.out += ' ';
      state.removed += matched.length - 1;
    } else {
      const f = foldCode(matched.charCodeAt(0));
      if (f === DROP) {
        state.removed += 1;
      } else if (f === SPACE) {
        state.out += ' ';
        continue;
      } else {
        state.out += String.fromCharCode(f);
        continue;
      }
    }
    state.at.push(state.out.length);
    state.shift.push(state.removed);
  }
  return true;
}

/** A character stored in two bytes. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
/** The longest text `oneByte` copies (a larger one would be one step of 10 ms and more). */
export const ONE_BYTE_MAX_CHARS = 256 * 1024;

/**
 * `text` stored one byte a character if its characters allow it. A string made of slices of a
 * two-byte string stays two-byte even when every character in it fits in one byte: the fold copies
 * the page's text in slices, and a page's curly quotes and dashes fold to ASCII. V8 compiles a
 * pattern separately for each width it meets: on such text the claim patterns were compiled a
 * second time, about 12 MB of machine code in Node and, in the storm bench, 13 MB of a Chromium
 * tab's heap, with hundreds of milliseconds of rescans. A JSON round trip copies the text into a
 * one-byte string (V8 and SpiderMonkey both store a parsed string so when they can). Texts whose
 * source was one-byte need no copy: callers ask only for text folded from two-byte text.
 */
export function oneByte(text: string): string {
  if (text.length > ONE_BYTE_MAX_CHARS || isWide(text)) return text;
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Whether `text` holds a character beyond Latin-1 (and so is stored two bytes a character). */
export function isWide(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

function foldedResult(source: string, state: FoldState): FoldedText {
  if (state.last === 0) return { text: source, toOriginal: (i) => i };
  const { at, shift } = state;
  const folded = state.last < source.length ? state.out + source.slice(state.last) : state.out;
  const out = isWide(source) ? oneByte(folded) : folded;
  const count = at.length;
  return {
    text: out,
    toOriginal(i) {
      if (count === 0 || i < at[0]) return i;
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return i + shift[lo];
    },
  };
}

const newState = (): FoldState => ({ out: '', last: 0, removed: 0, at: [], shift: [] });

/**
 * Fold `source` for matching. Whitespace runs become one space (a `\n` stays a `\n`: it separates
 * blocks), dropped characters disappear, every other code unit maps to exactly one code unit. Offsets
 * shift only where characters were dropped or spaces collapsed; those points are recorded, and
 * `toOriginal` maps back by binary search over them.
 */
export function foldText(source: string): FoldedText {
  const state = newState();
  FOLD_CANDIDATES.lastIndex = 0;
  foldUntil(source, FOLD_CANDIDATES, state, Infinity);
  return foldedResult(source, state);
}

/** How much source text `foldTextSteps` folds between two yields (about 1–3 ms cold). */
export const FOLD_STEP_CHARS = 64 * 1024;

/**
 * `foldText` as steps, yielding after every `FOLD_STEP_CHARS` of source (a 1 MB page would
 * otherwise fold in one piece of 100 ms and more in a fresh tab). Same result as `foldText`.
 */
export function* foldTextSteps(source: string, stepChars = FOLD_STEP_CHARS): Generator<void, FoldedText> {
  const state = newState();
  // Its own expression: another fold may run while this one is paused.
  const re = new RegExp(FOLD_CANDIDATES.source, 'g');
  for (let until = stepChars; !foldUntil(source, re, state, until); until += stepChars) yield;
  return foldedResult(source, state);
}

/**
 * Fold a short string (an alias, an exclusion word, a headline) the same way as page text, any line
 * break included becoming a space, as it does inside a paragraph.
 */
export function foldString(source: string): string {
  // Only '\n' needs replacing: foldText turns every other space into ' ' and drops U+FEFF, which
  // `\s` would have made a space ("C\ufeffECOT" must fold as it does in page text).
  return foldText(source.replace(/\n/g, ' ')).text.trim();
}

const wordTable = new Int8Array(0x10000).fill(-1);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether a UTF-16 code unit is part of a word (a letter, digit or mark in any script). A surrogate
 * half counts as one: alone it cannot tell an astral letter from an emoji (see `isWordAt`).
 */
export function isWordCode(code: number): boolean {
  let w = wordTable[code];
  if (w === -1) {
    w = code >= 0xd800 && code <= 0xdfff ? 1 : WORD_RE.test(String.fromCharCode(code)) ? 1 : 0;
    wordTable[code] = w;
  }
  return w === 1;
}

/**
 * Whether the character at `i` (`before`: the one ending just before `i`) is part of a word, astral
 * characters decoded: "🇸🇻Bukele" and "CECOT🔒" have word boundaries, "𝐀Bukele" has none. A lone
 * surrogate renders as a replacement symbol, not a letter.
 */
export function isWordAt(text: string, i: number, before = false): boolean {
  const at = before ? i - 1 : i;
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) return isWordCode(code);
  const pairStart = before && code >= 0xdc00 ? at - 1 : at;
  const point = pairStart >= 0 ? text.codePointAt(pairStart)! : code;
  return point > 0xffff && WORD_RE.test(String.fromCodePoint(point));
}
