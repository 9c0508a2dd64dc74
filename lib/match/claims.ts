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
      for (const seg of segmenter.segment(text.slice(blockStart, blockEnd))) {
        let start = blockStart + seg.index;
        let end = start + seg.segment.length;
        while (start < end && /\s/.test(text[start])) start++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        if (start === end) continue;
        if (pending) {
          pending.end = end;
        } else {
          pending = { start, end };
        }
        if (!ABBREVIATION_END.test(text.slice(pending.start, pending.end))) {
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
  return sentence
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/[\u00ad\u200b]/g, '');
}

/** Disputed-point hits: each (sentence, claim) pair where the claim's patterns match the sentence. */
export function matchClaims(text: string, runtime: MatcherRuntime, pack: CompiledPack, lang: Lang): DisputedHit[] {
  const hits: DisputedHit[] = [];
  const titles = new Map(pack.claims.map((c) => [c.id, c.title[lang]]));
  const sentences = splitSentences(text, lang);
  const matchers = runtime.claimsFor(lang);
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    const probe = normalizeForTriggers(sentence);
    for (const claim of matchers) {
      if (!claim.trigger || !claim.trigger.test(probe)) continue;
      if (claim.context && !claim.context.test(probe)) continue;
      hits.push({ id: claim.id, title: titles.get(claim.id) ?? claim.id, text: sentence, start, end });
    }
  }
  return hits;
}
