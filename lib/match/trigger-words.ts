/**
 * Which trigger parts can match in which sentence of a block, from one scan of the block for the
 * words of the parts' alternatives (`triggerWords`, `lib/pack/required-literals.ts`; each
 * alternative has one or two sets of words, and every match of it holds a word of each set): a
 * sentence that holds no word of some set of each alternative of a part cannot match that part, so
 * the disputed pass does not run the part there.
 *
 * On the bench's 1,500-word article (made of the triggers' own vocabulary: "court", "prison",
 * "accused", "flights"), 65 % of the (sentence, part) pairs are left out with both sets (54 % with
 * the first only), and the warm disputed pass went from 6.82 to 4.50 ms (main and this, alternated
 * in one process, medians of 300 runs; 0.66); with the first set only, 7.05 to 5.54 ms (0.79).
 *
 * The scan is one pattern of all the parts' words of a language, longest first, tried at every
 * position (a match found at `q` does not hide words starting inside it): at each position it finds
 * the longest word that starts there, and every word that starts there is a prefix of it, so the
 * words found at a position are the one matched and its prefixes that are words.
 */
import type { SentenceSpan } from './sentences';

export interface TriggerWords {
  /** Every part's words, longest first (global; with `i` and `u` if any part has them). */
  pattern: RegExp;
  /**
   * A word (lower-cased) → it and its prefixes that are words: their lengths, whether they must start
   * or end where a word does (written `\bmen`, `men\b`), and the sets they belong to.
   */
  prefixes: Map<string, Spelling[]>;
  /** Per set of words, the alternatives for which it is the first set. */
  firstOf: Alternative[][];
  setCount: number;
  /** Parts numbered across the claims of the language. */
  partCount: number;
}

interface Spelling {
  length: number;
  before: boolean;
  after: boolean;
  /** The sets it belongs to. */
  sets: number[];
}

/** One alternative of a part: its part, and the sets a sentence must hold a word of each of. */
interface Alternative {
  part: number;
  sets: number[];
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
/**
 * Whether the code unit is a word character for `\b` under any flags: A–Z, a–z, 0–9, `_` (with
 * `u` and `i`, `\b` counts two more: still sound to treat as not). NaN (past the text's end) is not.
 */
const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** A trigger part as the index reads it: its alternatives (per alternative, sets of words: a match of it holds a word of each) and its flags. */
export interface TriggerPart {
  alternatives: string[][][];
  flags: string;
}

/** The index over parts numbered in the order given. Null when no part has words. */
export function buildTriggerWords(parts: TriggerPart[]): TriggerWords | null {
  // Run to the end at once (`runSteps` in lib/util, which this layer may not import).
  const steps = buildTriggerWordsSteps(parts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Parts, and words, read between two yields of `buildTriggerWordsSteps`. */
const PARTS_PER_STEP = 8;
const WORDS_PER_STEP = 400;

/**
 * `buildTriggerWords` as steps: building the index of a language's 40–55 parts (1,400–1,700 words)
 * took 14–20 ms at its first call in Node (5–7 ms warm), so a fresh tab would pay it in one task.
 */
export function* buildTriggerWordsSteps(parts: TriggerPart[]): Generator<void, TriggerWords | null> {
  const spellings = new Map<string, Spelling[]>();
  const setIds = new Map<string, number>();
  const firstOf: Alternative[][] = [];
  for (let part = 0; part < parts.length; part++) {
    if (part > 0 && part % PARTS_PER_STEP === 0) yield;
    for (const clauses of parts[part].alternatives) {
      const sets = clauses.map((set) => {
        const key = set.join('\u0000');
        let id = setIds.get(key);
        if (id === undefined) {
          id = setIds.size;
          setIds.set(key, id);
          firstOf.push([]);
          for (const word of set) {
            const before = word.startsWith('\\b');
            const after = word.length > 2 && word.endsWith('\\b');
            const text = word.slice(before ? 2 : 0, after ? -2 : undefined);
            const list = spellings.get(text) ?? spellings.set(text, []).get(text)!;
            const same = list.find((p) => p.before === before && p.after === after);
            if (same) same.sets.push(id);
            else list.push({ length: text.length, before, after, sets: [id] });
          }
        }
        return id;
      });
      firstOf[sets[0]].push({ part, sets });
    }
  }
  if (spellings.size === 0) return null;
  yield;
  const words = [...spellings.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const prefixes = new Map<string, Spelling[]>();
  for (let w = 0; w < words.length; w++) {
    if (w > 0 && w % WORDS_PER_STEP === 0) yield;
    const word = words[w];
    const list: Spelling[] = [];
    for (let length = 1; length <= word.length; length++) list.push(...(spellings.get(word.slice(0, length)) ?? []));
    prefixes.set(word, list);
  }
  yield;
  // Case is ignored only if some part ignores it: the shipped parts are lower-cased and run on
  // lower-cased text (`lowerCasePattern`), and so does this pattern then, which compiles about three
  // times as fast without `i` (in Firefox, the language's ~19,600 characters compiled in one step of
  // a rescan that took over 100 ms). With `u` and `i`, an ASCII letter matches as many characters as
  // without (the Kelvin sign, the long s) or more, so one pattern serves parts compiled either way.
  const flags = `g${parts.some((p) => p.flags.includes('i')) ? 'i' : ''}${parts.some((p) => p.flags.includes('u')) ? 'u' : ''}`;
  const pattern = new RegExp(words.map((w) => w.replace(SYNTAX, '\\$&')).join('|'), flags);
  return { pattern, prefixes, firstOf, setCount: setIds.size, partCount: parts.length };
}

/**
 * Per sentence of a block (`spans` of the folded `text`), which parts can match it: entry
 * `sentence * partCount + part` is 1 when, for one of the part's alternatives, the sentence holds a
 * word of each of its sets, wholly inside the sentence. A word found in a spelling the index does
 * not know (a case variant beyond ASCII) counts for every part.
 */
export function partsBySentence(words: TriggerWords, text: string, spans: readonly SentenceSpan[]): Uint8Array {
  const { pattern, prefixes, firstOf, setCount, partCount } = words;
  const possible = new Uint8Array(spans.length * partCount);
  /** Per set, 1 + the last sentence found to hold one of its words. */
  const heldIn = new Int32Array(setCount);
  const held: number[] = [];
  let sentence = -1;
  const settle = (): void => {
    const row = sentence * partCount;
    const stamp = sentence + 1;
    for (const set of held) {
      for (const { part, sets } of firstOf[set]) {
        if (possible[row + part] === 1) continue;
        let all = true;
        for (let k = 1; k < sets.length && all; k++) all = heldIn[sets[k]] === stamp;
        if (all) possible[row + part] = 1;
      }
    }
    held.length = 0;
  };
  // Without `i`, the pattern matches its words as written (lower case): a match is its own key.
  const folds = pattern.ignoreCase;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Matches come in text order: the sentence of each is found by walking on from the last one's.
  let i = 0;
  while ((m = pattern.exec(text)) !== null) {
    const at = m.index;
    pattern.lastIndex = at + 1;
    while (i < spans.length && spans[i].end <= at) i++;
    if (i >= spans.length) break;
    if (at < spans[i].start) continue;
    if (i !== sentence) {
      if (sentence >= 0) settle();
      sentence = i;
    }
    const room = spans[i].end - at;
    let found = m[0];
    if (folds) {
      found = found.toLowerCase();
      if (found.includes('\u017f')) found = found.replaceAll('\u017f', 's'); // the long s, matched under `u`
    }
    const list = prefixes.get(found);
    if (!list) {
      possible.fill(1, i * partCount, (i + 1) * partCount);
      continue;
    }
    // `\b` as the pattern meets it in the sentence alone: the sentence's ends are boundaries.
    const startsWord = at === spans[i].start || !isWordChar(text.charCodeAt(at - 1));
    for (const { length, before, after, sets } of list) {
      if (length > room) break;
      if (before && !startsWord) continue;
      if (after && length < room && isWordChar(text.charCodeAt(at + length))) continue;
      for (const set of sets) {
        if (heldIn[set] === i + 1) continue;
        heldIn[set] = i + 1;
        held.push(set);
      }
    }
  }
  if (sentence >= 0) settle();
  return possible;
}
