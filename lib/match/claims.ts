/**
 * Disputed points: the article text is split into sentences with `Intl.Segmenter` (block by block,
 * so a sentence never spans two paragraphs) and each sentence is tested against every claim's
 * combined triggers and context patterns.
 */
import type { CompiledPack } from '../dataset/compiled';
import type { Lang } from '../dataset/schema';
import type { DisputedHit } from '../analysis/report';
import type { MatcherRuntime } from './runtime';

export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Abbreviations after which ICU's sentence rules wrongly break ("the U.S. Supreme Court"): a
 * segment ending in one of them is joined to the next.
 */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:U\.S|U\.N|D\.C|EE\.\s?UU|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Sra|Srta|Dra|Lic|Ing|No|Nos|Art|Inc|Corp|vs|v|etc|approx|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return segmenter;
}

/**
 * V8's `Intl.Segmenter` iterates one long string in superlinear time (a 1 MB paragraph took ~15 s,
 * Node 20), so a block is segmented in windows of this many code units; prose breaks within it.
 */
const SEGMENT_WINDOW = 4096;
/**
 * Breaks this close to a window's end may depend on text beyond it (ICU looks past closing
 * punctuation and spaces), so they are decided again in the next window.
 */
const WINDOW_MARGIN = 256;

/** Raw sentence segments of one block as [start, end) pairs relative to the block, in order. */
function* segmentBlock(segmenter: Intl.Segmenter, block: string): Generator<[number, number]> {
  let pos = 0;
  while (block.length - pos > SEGMENT_WINDOW) {
    let cut = pos + SEGMENT_WINDOW;
    const code = block.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
    let next = pos;
    for (const seg of segmenter.segment(block.slice(pos, cut))) {
      const end = pos + seg.index + seg.segment.length;
      // The first segment is taken even near the cut: a sentence longer than the window is cut there.
      if (next !== pos && end > cut - WINDOW_MARGIN) break;
      yield [pos + seg.index, end];
      next = end;
      if (end > cut - WINDOW_MARGIN) break;
    }
    pos = next;
  }
  for (const seg of segmenter.segment(block.slice(pos))) yield [pos + seg.index, pos + seg.index + seg.segment.length];
}

/** Longest tail that can hold an abbreviation ending a segment ("(EE. UU."), with room to spare. */
const ABBREVIATION_TAIL = 16;

/** Sentence spans of `text` (blocks separated by `\n`), trimmed of surrounding whitespace. */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const segmenter = segmenterFor(lang);
  const spans: SentenceSpan[] = [];
  let blockStart = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf('\n', blockStart);
    if (blockEnd === -1) blockEnd = text.length;
    if (blockEnd > blockStart) {
      let pending: SentenceSpan | null = null;
      for (const [segStart, segEnd] of segmentBlock(segmenter, text.slice(blockStart, blockEnd))) {
        let start = blockStart + segStart;
        let end = blockStart + segEnd;
        while (start < end && /\s/.test(text[start])) start++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        if (start === end) continue;
        if (pending) {
          pending.end = end;
        } else {
          pending = { start, end };
        }
        // Only the tail can end in an abbreviation; testing the whole of a sentence that keeps
        // growing ("Mr. Mr. Mr. …") would be quadratic.
        if (!ABBREVIATION_END.test(text.slice(Math.max(pending.start, pending.end - ABBREVIATION_TAIL), pending.end))) {
          spans.push(pending);
          pending = null;
        }
      }
      if (pending) spans.push(pending);
    }
    blockStart = blockEnd + 1;
  }
  return spans;
}

/**
 * Triggers are written with plain spaces, straight quotes and precomposed accents; pages use
 * no-break spaces, typographic quotes and sometimes decomposed accents. Only for testing: offsets
 * come from the untouched sentence.
 */
function normalizeForTriggers(sentence: string): string {
  return normalizeOneToOne(sentence.normalize('NFC')).replace(/[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '');
}

/** The length-preserving part of `normalizeForTriggers`, usable on the whole text. */
function normalizeOneToOne(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-');
}

/** Characters that only the full normalisation handles (it changes lengths). */
const NEEDS_FULL_NORMALISATION = /[\u0300-\u036f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Index of the sentence containing or following `offset` (spans are sorted and disjoint). */
function sentenceAt(spans: SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Disputed-point hits: each (sentence, claim) pair where the claim's patterns match the sentence.
 * Each claim's trigger first scans the whole text once to find candidate sentences, which are then
 * tested on their own: far fewer executions of these large patterns than one test per sentence,
 * which on a first call (patterns still compiling) is about four times faster (measured, Node 20).
 */
export function matchClaims(text: string, runtime: MatcherRuntime, pack: CompiledPack, lang: Lang): DisputedHit[] {
  const titles = new Map(pack.claims.map((c) => [c.id, c.title[lang]]));
  const sentences = splitSentences(text, lang);
  if (sentences.length === 0) return [];
  const matchers = runtime.claimsFor(lang);
  const scanText = NEEDS_FULL_NORMALISATION.test(text) ? null : normalizeOneToOne(text);
  const probes: (string | undefined)[] = [];
  const probe = (i: number): string =>
    (probes[i] ??= normalizeForTriggers(text.slice(sentences[i].start, sentences[i].end)));

  const found: { sentence: number; claim: number }[] = [];
  matchers.forEach((claim, claimIndex) => {
    const trigger = claim.trigger;
    if (!trigger) return;
    const candidates: number[] = [];
    if (scanText === null) {
      for (let i = 0; i < sentences.length; i++) candidates.push(i);
    } else {
      trigger.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = trigger.exec(scanText)) !== null) {
        const i = sentenceAt(sentences, m.index);
        if (i >= sentences.length) break;
        candidates.push(i);
        // The rest of this sentence is re-tested on its own below.
        trigger.lastIndex = Math.max(sentences[i].end, m.index + 1);
      }
    }
    for (const i of candidates) {
      const sentence = probe(i);
      if (!test(trigger, sentence)) continue;
      if (claim.context && !test(claim.context, sentence)) continue;
      found.push({ sentence: i, claim: claimIndex });
    }
  });

  found.sort((a, b) => a.sentence - b.sentence || a.claim - b.claim);
  return found.map(({ sentence, claim }) => {
    const { start, end } = sentences[sentence];
    const id = matchers[claim].id;
    return { id, title: titles.get(id) ?? id, text: text.slice(start, end), start, end };
  });
}

// ---------------------------------------------------------------------------------------------
// Minimal `matchClaimsSteps` (placeholder for the sliced analysis; the claims rewrite replaces it
// with its own, same signature): `matchClaims` block by block, offsets shifted back to the whole
// text, yielding after every block so that the caller can cut the work into slices.
// ---------------------------------------------------------------------------------------------
/** `matchClaims` as steps: yields at least after every block (`\n`-separated paragraph). */
export function* matchClaimsSteps(text: string, runtime: MatcherRuntime, pack: CompiledPack, lang: Lang): Generator<void, DisputedHit[]> {
  // Compiling the claim patterns (first use) is a step of its own.
  runtime.claimsFor(lang);
  yield;
  const hits: DisputedHit[] = [];
  let blockStart = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf('\n', blockStart);
    if (blockEnd === -1) blockEnd = text.length;
    if (blockEnd > blockStart) {
      for (const hit of matchClaims(text.slice(blockStart, blockEnd), runtime, pack, lang)) {
        hits.push({ ...hit, start: hit.start + blockStart, end: hit.end + blockStart });
      }
      yield;
    }
    blockStart = blockEnd + 1;
  }
  return hits;
}
