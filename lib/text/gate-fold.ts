/**
 * The gate's word fold: the case, diacritic and invisible-character classes of `chars.ts`, with
 * every other non-letter (quotes, dashes, spaces, punctuation) a word break. It runs in the gate
 * script on every listed page, so it imports plain tables only (see `foldForGate`).
 */
import { INVISIBLE_CODES, isMark } from './chars';

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
  const lower = text.toLowerCase();
  // A long text (a page's metadata and opening paragraphs) folds in two native passes, each far
  // faster than the loop below over thousands of characters: the same result, character for character.
  if (lower.length >= LONG_TEXT_CHARS) return ` ${lower.replace(NON_ASCII, foldNonAscii).replace(WORD_BREAKS, ' ')} `;
  // ' ' + the text with every run of word breaks as one space + ' ' (not trimmed: a text that starts
  // with a break starts with two spaces, as the regular-expression fold this replaces did).
  let out = ' ';
  let inBreak = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let ch: string;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) ch = lower[i];
    else if (code < 0x80) ch = ' ';
    else {
      ch = foldChar(code);
      if (ch === '') continue;
    }
    if (ch === ' ') {
      if (!inBreak) out += ' ';
      inBreak = true;
    } else {
      out += ch;
      inBreak = false;
    }
  }
  return `${out} `;
}

/**
 * From this length on, two regular-expression passes beat the loop even counting the first
 * expression's compile in a fresh content-script world (the gate's texts are mostly longer).
 */
const LONG_TEXT_CHARS = 500;
const NON_ASCII = /[\u0080-\uffff]/g;
/** What is left that is neither an ASCII letter or digit nor a folded non-ASCII letter. */
const WORD_BREAKS = /[^a-z0-9\u0080-\uffff]+/g;
const foldNonAscii = (ch: string): string => foldChar(ch.charCodeAt(0));
/** One lower-case character as the fold has it (a `String.replace` callback): '' or ' ' when not a letter. */
export const foldLetter = foldNonAscii;

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
  if (isMark(code)) return '';
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    // Invisible characters inside a word (a soft hyphen in "depor\u00adtation") vanish, as in page text.
    if (INVISIBLE_CODES.includes(code)) folded = '';
    else if (code < 0xc0 || ch.toUpperCase() === ch.toLowerCase()) folded = ' ';
    else if ((code >= 0x180 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
      // Rarer Latin letters (Vietnamese, Romanian): the slow path, once per letter.
      const base = ch.normalize('NFD').charAt(0);
      folded = base >= 'a' && base <= 'z' ? base : ch;
    } else folded = ch;
    foldedChars.set(code, folded);
  }
  return folded;
}
