/**
 * Sentences of a block of article text, with `Intl.Segmenter` for the language, made safe for real
 * pages: abbreviations do not end a sentence, citation marks ("[12]") stay with the sentence they
 * follow, and a huge block is segmented in windows so its cost stays linear.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Index of the sentence containing or following `offset` (spans are sorted and disjoint). */
export function sentenceAt(spans: readonly SentenceSpan[], offset: number): number {
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
 * Abbreviations after which ICU's sentence rules wrongly break ("the U.S. Supreme Court"): a
 * segment ending in one of them is joined to the next.
 */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:U\.S|U\.N|D\.C|EE\.\s?UU|EE|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Sra|Srta|Dra|Lic|Ing|No|Nos|Art|Inc|Corp|vs|v|etc|approx|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return segmenter;
}

/**
 * Create `lang`'s segmenter and run it once, so that loading ICU's sentence-break rules (12 ms of
 * self time in a fresh Chromium tab's profile) happens where the caller chooses (a step of its own),
 * not inside the first block it splits.
 */
export function prepareSentenceSplitter(lang: string): void {
  for (const piece of segmenterFor(lang).segment('One. Two.')) void piece;
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

/** Citation markers opening a segment: "[238]", "[12][13]", "[a]", "[citation needed]". */
const CITATION_START = /^(?:\[(?:\d{1,4}|[a-z]|citation needed)\])+/;

/**
 * Of those, the ones a sentence can end on ("… deport gang members from the U.S. This decision …"):
 * the break stands when the next segment opens with a word that starts a sentence, not a name.
 */
const PLACE_ABBREVIATION_END = /(?:^|[\s(])(?:U\.S|U\.N|D\.C|EE\.\s?UU)\.\s*$/;
const SENTENCE_OPENER =
  /^["“‘'(]?(?:The|This|That|These|Those|He|She|It|They|We|I|His|Her|Their|Its|But|And|Yet|So|Some|Many|Most|After|Before|When|While|However|Meanwhile|Still|Since|In|On|At|A|An|As|For|If|With|During|Despite|Although|Though|Now|Then|Last|Earlier|Later|According|There|What|Why|How|Who|Asked|Both|Each|Under|Instead|Also|Even|Only|Until|Because|Once|Without|El|La|Los|Las|Este|Esta|Estos|Estas|Pero|Sin embargo|Tras|Ante|En|Un|Una|Unos|Unas|Con|Para|Por|Durante|Desde|Aunque|Mientras|Cuando|Al|Se|Su|Sus|No|Hay|Ya|Así|Entre|Luego|Después|Antes|Hasta|Seg[uú]n|Adem[aá]s|Asimismo|Tambi[eé]n|A pesar|De acuerdo)\b/;

/** Longest tail that can hold an abbreviation ending a segment ("(EE. UU."), with room to spare. */
const ABBREVIATION_TAIL = 16;

/**
 * A full stop followed by a dash that opens the next item ("… the policy. – Justice Department
 * lawyers argued …", inline bullets and dash-led leads): ICU does not break there, since no letter
 * follows the space, so such a segment is cut where a capital follows the dash, unless the stop
 * ends an abbreviation ("the U.S. – Mexico border").
 */
const DASH_ITEM = /[.!?]["')\]]*\s+[-–—]\s+(?=[A-Z¿¡"“ÁÉÍÓÚÑ])/g;

function* cutAtDashItems(text: string, span: SentenceSpan): Generator<SentenceSpan> {
  const piece = text.slice(span.start, span.end);
  let from = span.start;
  DASH_ITEM.lastIndex = 0;
  for (let m = DASH_ITEM.exec(piece); m; m = DASH_ITEM.exec(piece)) {
    const closed = span.start + m.index + (/^[.!?]["')\]]*/.exec(m[0])?.[0].length ?? 1);
    if (ABBREVIATION_END.test(text.slice(Math.max(from, closed - ABBREVIATION_TAIL), closed))) continue;
    yield { start: from, end: closed };
    // The dash opens the next item, as it opens the first.
    from = span.start + m.index + m[0].search(/[-–—]/);
  }
  yield { start: from, end: span.end };
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
      for (const [segStart, segEnd] of segmentBlock(segmenter, text.slice(blockStart, blockEnd))) {
        let start = blockStart + segStart;
        let end = blockStart + segEnd;
        while (start < end && /\s/.test(text[start])) start++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        if (start === end) continue;
        // A citation marker after a full stop ("…Act.[238] The…") belongs to the sentence it cites.
        const marker = CITATION_START.exec(text.slice(start, Math.min(end, start + 16)));
        if (marker) {
          const last = pending ?? spans[spans.length - 1];
          if (last && last.end >= blockStart) {
            last.end = start + marker[0].length;
            start += marker[0].length;
            while (start < end && /\s/.test(text[start])) start++;
            if (start === end) continue;
          }
        }
        if (pending && SENTENCE_OPENER.test(text.slice(start, Math.min(end, start + 16)))) {
          const tail = text.slice(Math.max(pending.start, pending.end - ABBREVIATION_TAIL), pending.end);
          if (PLACE_ABBREVIATION_END.test(tail)) {
            for (const cut of cutAtDashItems(text, pending)) spans.push(cut);
            pending = null;
          }
        }
        if (pending) {
          pending.end = end;
        } else {
          pending = { start, end };
        }
        // Only the tail can end in an abbreviation; testing the whole of a sentence that keeps
        // growing ("Mr. Mr. Mr. …") would be quadratic.
        if (!ABBREVIATION_END.test(text.slice(Math.max(pending.start, pending.end - ABBREVIATION_TAIL), pending.end))) {
          for (const cut of cutAtDashItems(text, pending)) spans.push(cut);
          pending = null;
        }
      }
      if (pending) for (const cut of cutAtDashItems(text, pending)) spans.push(cut);
    }
    blockStart = blockEnd + 1;
  }
  return spans;
}

/**
 * The story's actors and events, in folded text, both languages. A block naming one of them, or an
 * article naming a core one, is about the story: elsewhere "tortured genius", a "$6 million book
 * advance" or "the worst of the worst" about Sudan are not the disputed points.
 */
