/**
 * Which trigger parts can match in which sentence of a block, from one scan of the block for the
 * words every match of a part contains (`triggerWords`, `lib/pack/required-literals.ts`): a sentence
 * that holds none of a part's words cannot match that part, so the disputed pass does not run it
 * there. On the bench's 1,500-word article, about half of the (sentence, part) pairs are left out,
 * and the warm disputed pass went from 7.05 to 5.54 ms (main and this, alternated in one process,
 * medians of 300 runs; 0.76–0.85 over repeated runs on a loaded machine); the scan itself costs
 * about 0.15 ms there.
 *
 * The scan is one pattern of all the parts' words of a language, longest first, tried at every
 * position (a match found at `q` does not hide words starting inside it): at each position it finds
 * the longest word that starts there, and every word that starts there is a prefix of it, so the
 * words found at a position are the one matched and its prefixes that are words.
 */
import { sentenceAt, type SentenceSpan } from './sentences';

export interface TriggerWords {
  /** Every part's words, longest first (global; compared case-insensitively, with `u` if any part has it). */
  pattern: RegExp;
  /**
   * A word (lower-cased) → it and its prefixes that are words: their lengths, whether they must start
   * or end where a word does (written `\bmen`, `men\b`), and the parts they belong to.
   */
  prefixes: Map<string, Prefix[]>;
  /** Parts numbered across the claims of the language. */
  partCount: number;
}

interface Prefix {
  length: number;
  before: boolean;
  after: boolean;
  parts: number[];
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
/** A word character for `\b` under any flags (with `u` and `i`, `\b` counts two more: still sound to treat as not). */
const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * The index over parts numbered in the order given, each with its words (null: none proven) and
 * whether it is compiled with `u`. Null when no part has words.
 */
export function buildTriggerWords(parts: { words: string[] | null; unicode: boolean }[]): TriggerWords | null {
  /** Plain text → its spellings (with their boundaries) and the parts of each. */
  const spellings = new Map<string, Prefix[]>();
  parts.forEach(({ words }, part) => {
    for (const word of words ?? []) {
      const before = word.startsWith('\\b');
      const after = word.length > 2 && word.endsWith('\\b');
      const text = word.slice(before ? 2 : 0, after ? -2 : undefined);
      const list = spellings.get(text) ?? spellings.set(text, []).get(text)!;
      const same = list.find((p) => p.before === before && p.after === after);
      if (same) same.parts.push(part);
      else list.push({ length: text.length, before, after, parts: [part] });
    }
  });
  if (spellings.size === 0) return null;
  const words = [...spellings.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const prefixes = new Map<string, Prefix[]>();
  for (const word of words) {
    const list: Prefix[] = [];
    for (let length = 1; length <= word.length; length++) list.push(...(spellings.get(word.slice(0, length)) ?? []));
    prefixes.set(word, list);
  }
  // With `u`, an ASCII letter matches as many characters as without (the Kelvin sign, the long s)
  // or more, so one pattern serves parts compiled either way.
  const flags = parts.some((p) => p.unicode) ? 'giu' : 'gi';
  const pattern = new RegExp(words.map((w) => w.replace(SYNTAX, '\\$&')).join('|'), flags);
  return { pattern, prefixes, partCount: parts.length };
}

/**
 * Per sentence of a block (`spans` of the folded `text`), which parts can match it: entry
 * `sentence * partCount + part` is 1 when one of the part's words lies wholly inside the sentence.
 * A word found in a spelling the index does not know (a case variant beyond ASCII) counts for
 * every part.
 */
export function partsBySentence(words: TriggerWords, text: string, spans: readonly SentenceSpan[]): Uint8Array {
  const { pattern, prefixes, partCount } = words;
  const possible = new Uint8Array(spans.length * partCount);
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const at = m.index;
    pattern.lastIndex = at + 1;
    const i = sentenceAt(spans, at);
    if (i >= spans.length || at < spans[i].start) continue;
    const room = spans[i].end - at;
    const row = i * partCount;
    let found = m[0].toLowerCase();
    if (found.includes('\u017f')) found = found.replaceAll('\u017f', 's'); // the long s, matched under `u`
    const list = prefixes.get(found);
    if (!list) {
      possible.fill(1, row, row + partCount);
      continue;
    }
    // `\b` as the pattern meets it in the sentence alone: the sentence's ends are boundaries.
    const startsWord = at === spans[i].start || !WORD_CHAR.test(text[at - 1]);
    for (const { length, before, after, parts } of list) {
      if (length > room) break;
      if (before && !startsWord) continue;
      if (after && length < room && WORD_CHAR.test(text[at + length])) continue;
      for (const part of parts) possible[row + part] = 1;
    }
  }
  return possible;
}
