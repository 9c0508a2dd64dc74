/**
 * Disputed points. The article text is read block by block (a sentence never spans two paragraphs):
 * each block is folded (fold.ts), split into sentences (sentences.ts), and each sentence is
 * tested against every claim's combined triggers, context and exclusion patterns, under three rules
 * that keep links to what the story is about:
 * - story context: a sentence is linked only when its block names the story's actors or events, or
 *   the text as a whole does (an on-topic article);
 * - a claim's context (its subject) may come from an earlier sentence of the same block ("he",
 *   "the Maryland man", a Spanish sentence with no stated subject, a quotation after "she said");
 * - once a sentence of a block links to a claim, the sentences that follow it in that block may link
 *   to it on weaker words (the claim's `follow` patterns): a paragraph keeps to its point, and its
 *   later sentences rarely repeat the words that named it ("It says 'MS-13'", "Too late").
 * - quotations in the other language are tried with that language's triggers too.
 */
import type { CompiledPack } from '../pack/compiled';
import type { Lang } from '../dataset/schema';
import type { DisputedHit } from '../report/report';
import type { ClaimMatcher, MatcherRuntime } from './runtime';
import { foldText, isWide, oneByte, type FoldedText } from '../text/fold';
import { lowerSameLength } from '../text/keys';
import { prepareSentenceSplitter, sentenceAt, splitSentences, type SentenceSpan } from './sentences';
import {
  find,
  findTrigger,
  isWarm,
  termOf,
  test,
  testClaim,
  reviveClaimsSteps,
  warmClaimsSteps,
  type Term,
  type TriggerMatch,
} from './claim-test';
import { looksLike, needsOther, QUOTED, wholly } from './quoted-language';
import { partsBySentence, type TriggerWords } from './trigger-words';

const CORE_ANCHORS =
  /\b(?:cecot|el salvador|salvadoran|salvadorenos?|salvadorenas?|bukele|abrego|boasberg|xinis|alien enemies|enemigos extranjeros|enemigos extranjeros|tren de aragua|ms-?13|mara salvatrucha|terrorism confinement|confinamiento del terrorismo|regimen de excepcion|state of exception|cristosal|mega-?prison|megacarcel|megaprision)\b/i;
const STORY_ANCHORS =
  /\b(?:cecot|salvador\w*|bukele|abrego|boasberg|xinis|alien enemies|enemigos extranjeros|1798|tren de aragua|tda|ms-?13|mara salvatrucha|terrorism confinement|confinamiento|regimen de excepcion|state of exception|cristosal|mega-?prison|megacarcel|megaprision|deport\w*|noem|venezuel\w*|venezolan\w*|maduro|van hollen|kilmar|gang\w*|pandill\w*|mareros?|migrants?|migrantes?|inmigrantes?|immigrants?|prisons?|prision\w*|carcel\w*|reos?|inmates?|detainees?|detenidos?|reclusos?|presos?|centros? penales|penitenciari\w*|penitentiar\w*)\b/i;

/**
 * Whether the block scan (a claim's trigger run over the block text from the chunk's first sentence,
 * each match's sentence tested, resuming after that sentence) tests sentence `i`, whose own text
 * matches the trigger (`found`). It does when its leftmost match from where sentence `i`'s stretch
 * begins (the end of the sentence before, or the chunk's start) starts before sentence `i` ends:
 * the scan reaches that point having tested only earlier sentences, and where a pattern matches
 * does not depend on where its search began.
 *
 * Quick answer: the part that matched the sentence matches the block text at the same place (it
 * almost always does); only where the rest of the block changes a lookaround or `\b` at the
 * sentence's edges is the trigger scanned from the stretch's start.
 */
function scannedAt(
  trigger: RegExp,
  found: TriggerMatch,
  text: string,
  spans: SentenceSpan[],
  from: number,
  i: number,
): boolean {
  const at = spans[i].start + found.match.index;
  found.part.lastIndex = at;
  if (found.part.exec(text)?.index === at) return true;
  trigger.lastIndex = i === from ? spans[from].start : spans[i - 1].end;
  const m = trigger.exec(text);
  return m !== null && m.index < spans[i].end;
}

/** A sentence that opens with a quotation mark (folded: straight). */
const OPENS_QUOTE = /^\s*"/;

function quoteCount(text: string): number {
  let n = 0;
  for (let k = text.indexOf('"'); k !== -1; k = text.indexOf('"', k + 1)) n++;
  return n;
}

/** How many characters of a matched stretch a hit quotes as its reason, at most. */
const WHY_CHARS = 60;

/**
 * How many sentences back in a block a claim's subject is looked for, and how far after a linked
 * sentence a `follow` word still links: a paragraph's thread, not a whole page without breaks.
 */
const CARRY_REACH = 4;

/**
 * A paragraph this short (sentences, folded characters) may take a claim's subject from the
 * paragraphs before it, up to CARRY_BLOCKS blocks back: one-sentence paragraphs, as US news layouts
 * set them, name the Act, the judge or the men in the paragraph above.
 */
const SHORT_BLOCK_SENTENCES = 2;
const SHORT_BLOCK_CHARS = 400;
const CARRY_BLOCKS = 2;

/** A sentence of an earlier block, as a short block's carried context. */
interface Carried {
  probe: string;
  /** Offset in the text of a folded offset in `probe`. */
  original: (at: number) => number;
  /** How many blocks back it sits. */
  blocks: number;
}

/** Longest stretch of text read as one block. */
const MAX_BLOCK = 8192;

/** Sentences tested in one step of a block, so a 1 MB paragraph is still sliced. */
const SENTENCES_PER_STEP = 40;

/** A claim that narrows a broader one to its subject (`ClaimSchema.narrows`), as the engine uses it. */
interface Narrower {
  index: number;
  matcher: ClaimMatcher;
  group: RegExp | null;
  single: RegExp | null;
}

interface Found {
  start: number;
  end: number;
  claim: number;
  why: NonNullable<DisputedHit['why']>;
}

/**
 * Blocks that must name a claim's subject before the whole article counts as being about it: an
 * article that names Abrego Garcia in three paragraphs is about him; a passing mention is not.
 */
const ARTICLE_SUBJECT_BLOCKS = 2;

/** Text the claim patterns are warmed on (`warmClaimsSteps`): the blocks that name the story, up to `WARM_SAMPLE_CHARS`. */
function warmSample(blocks: readonly { anchored: boolean; lower: string }[]): string | undefined {
  let sample = '';
  for (const block of blocks) {
    if (!block.anchored) continue;
    sample += sample ? `\n${block.lower}` : block.lower;
    if (sample.length >= WARM_SAMPLE_CHARS) break;
  }
  return sample ? sample.slice(0, WARM_SAMPLE_CHARS * 2) : undefined;
}

/** As long as the warm-up's own text: V8 compiles a pattern to machine code at its second run on text this long. */
const WARM_SAMPLE_CHARS = 1400;

/**
 * Disputed-point hits, as steps: one yield after each block (and every few dozen sentences of a
 * long one), so a caller can slice the work over idle time. Returns each (sentence, claim) pair, in
 * text order.
 */
export function* matchClaimsSteps(
  text: string,
  runtime: MatcherRuntime,
  pack: CompiledPack,
  lang: Lang,
): Generator<void, DisputedHit[]> {
  const titles = new Map(pack.claims.map((c) => [c.id, c.title[lang]]));
  yield;
  const matchers = runtime.claimsFor(lang);
  const otherLang: Lang = lang === 'en' ? 'es' : 'en';
  let others: ClaimMatcher[] | null = null;

  // A page's text with a character beyond Latin-1 (a curly quote) is stored two bytes a character,
  // and so is every slice of it: its folded blocks are copied one byte a character where they can be
  // (`oneByte`), or every pattern would be compiled for both widths. The fold copies a block that
  // holds such a character itself; a block of Latin-1 characters only is copied here.
  const pageWide = isWide(text);

  // Pass 1: which blocks name the story, and whether the text as a whole does.
  /** Each block: where it is, whether it names the story, its fold and that fold lower-cased. */
  const blocks: { start: number; end: number; anchored: boolean; fold: FoldedText; lower: string }[] = [];
  let core = false;
  let anchoredBlocks = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // A huge block (a page without paragraphs) is read in pieces cut after a full stop, so that no
    // step folds and splits a megabyte at once.
    if (end - start > MAX_BLOCK) {
      const stop = text.lastIndexOf('. ', start + MAX_BLOCK);
      end = stop > start + MAX_BLOCK / 2 ? stop + 1 : start + MAX_BLOCK;
    }
    if (end > start) {
      const slice = text.slice(start, end);
      const fold = foldText(slice);
      // Lower case, as the claim patterns expect it (they are compiled without `i`: see `lowerCasePattern`).
      const lowered = lowerSameLength(fold.text);
      const lower = pageWide && !isWide(slice) ? oneByte(lowered) : lowered;
      const anchored = test(STORY_ANCHORS, lower);
      if (anchored) anchoredBlocks++;
      if (!core && test(CORE_ANCHORS, lower)) core = true;
      blocks.push({ start, end, anchored, fold, lower });
      if (blocks.length % 64 === 0) yield;
    }
    start = text[end] === '\n' || end === text.length ? end + 1 : end;
  }
  if (!core) return [];
  // An article about the story names it in more than one block; a page that mentions El Salvador
  // once is linked only where it names the story.
  const storyWide = anchoredBlocks >= 2;

  // The first use of a claim's patterns compiles them (V8 compiles a pattern at its first run and
  // again to machine code once it is run on long text), a few milliseconds each for the combined
  // triggers: done one pattern per step, on the page's own text (the blocks that name the story;
  // see `warmClaimsSteps`), so no step of a long page pays for several.
  // The width the patterns meet: the folded blocks' (a page's curly quotes fold to ASCII, and the
  // fold then stores the text one byte a character, see `oneByte` in lib/text/fold.ts).
  const wide = blocks.some((block) => isWide(block.lower));
  yield* runtime.wordsSteps(lang);
  yield* warmClaimsSteps(matchers, wide, warmSample(blocks));
  yield* reviveClaimsSteps(matchers, wide);
  yield;
  // The sentence splitter's first use loads the language's break rules: a step of its own.
  prepareSentenceSplitter(lang);
  yield;

  // Claims whose subject the article as a whole is about (`articleContext`): named in enough blocks.
  const ofArticle = matchers.map((claim) => {
    if (!claim.articleContext || !claim.context) return false;
    let named = 0;
    for (const block of blocks) {
      if (block.anchored && test(claim.context, block.lower) && ++named >= ARTICLE_SUBJECT_BLOCKS) return true;
    }
    return false;
  });

  // Claims that narrow a broader one, by the broader claim's index (see `link` below).
  const narrowers: Narrower[][] = matchers.map(() => []);
  matchers.forEach((matcher, index) => {
    if (matcher.narrows) narrowers[matcher.narrows.claim]?.push({ index, matcher, ...matcher.narrows });
  });

  const found: Found[] = [];
  /** Claims whose trigger has run on this text (see the trigger loop below). */
  const tested = matchers.map(() => false);
  /**
   * The last sentences of the blocks just read, nearest last, with where each starts in the text:
   * a short paragraph's subject may have been named in the paragraph before it (see `SHORT_BLOCK`).
   */
  let before: Carried[] = [];
  for (const block of blocks) {
    if (!block.anchored && !storyWide) {
      before = [];
      continue;
    }
    const { fold: folded, lower } = block;
    // Sentences are split where the page's case shows them; the patterns run on lower case.
    const spans = splitSentences(folded.text, lang);
    const probes = spans.map((s) => lower.slice(s.start, s.end));
    const original = (at: number) => block.start + folded.toOriginal(at);
    // A short paragraph (one or two sentences, as US news layouts set them) carries its subject from
    // the paragraphs before it, when they are about the story.
    const short = spans.length <= SHORT_BLOCK_SENTENCES && folded.text.length <= SHORT_BLOCK_CHARS;
    const carriedIn = short ? before : [];
    const earlier = (i: number) =>
      i >= CARRY_REACH || carriedIn.length === 0
        ? probes.slice(Math.max(0, i - CARRY_REACH), i)
        : [...carriedIn.slice(-(CARRY_REACH - i)).map((c) => c.probe), ...probes.slice(0, i)];
    /** The later sentences of a quotation that sentence `i` opens and does not close (once per sentence). */
    const rests = new Map<number, string[]>();
    const quoteRest = (i: number): string[] => {
      let rest = rests.get(i);
      if (rest) return rest;
      rest = [];
      if (OPENS_QUOTE.test(probes[i]) && quoteCount(probes[i]) % 2 === 1) {
        const within: string[] = [];
        for (let j = i + 1; j < probes.length && within.length < CARRY_REACH; j++) {
          within.push(probes[j]);
          if (quoteCount(probes[j]) % 2 === 1) {
            rest = within; // the quotation closes here
            break;
          }
        }
      }
      rests.set(i, rest);
      return rest;
    };
    /** Per claim, the sentences of this block linked to it. */
    const linked = matchers.map(() => new Set<number>());
    const linkedBefore = (claim: number, i: number) => {
      for (let j = Math.max(0, i - CARRY_REACH); j < i; j++) if (linked[claim].has(j)) return true;
      return false;
    };
    /** A hit on sentence `i`; `offset`: where the tested text starts in the sentence (a quotation). */
    const hitAt = (i: number, offset: number, claim: number, terms: Term[]): Found => {
      const words = terms.map((t) => {
        let from: number;
        let to: number;
        if (t.back > i) {
          // carried from a paragraph before this one
          const c = carriedIn[carriedIn.length - (t.back - i)];
          from = c.original(t.from);
          to = c.original(t.to);
        } else {
          const base = t.back !== 0 ? spans[i - t.back].start : spans[i].start + offset;
          from = original(base + t.from);
          to = original(base + t.to);
        }
        const word = text.slice(from, to).replace(/\s+/g, ' ').trim();
        return word.length > WHY_CHARS ? `${word.slice(0, WHY_CHARS - 1)}…` : word;
      });
      const why: Found['why'] = { terms: words };
      if (terms.some((t) => t.back !== 0)) why.carried = true;
      return { start: original(spans[i].start), end: original(spans[i].end), claim, why };
    };
    /**
     * Link sentence `i` to claim `claimIndex` on `terms`, or to a claim that narrows it when the
     * sentence is about that claim's subject: named in it, or carried from an earlier sentence of the
     * paragraph when the sentence speaks of one person ("he was accused of MS-13 ties" after a
     * sentence naming Abrego Garcia). A sentence that also names a group ("along with hundreds of
     * other alleged gang members") keeps the broader claim as well.
     */
    const link = (i: number, claimIndex: number, terms: Term[], carried = false): void => {
      for (const { index: ni, matcher: narrow, group, single } of narrowers[claimIndex]) {
        const probe = probes[i];
        if (narrow.exclude && test(narrow.exclude, probe)) continue;
        const named = find(narrow.context, probe);
        const grouped = group !== null && test(group, probe);
        let subject: Term | null = named ? termOf(named) : null;
        if (!subject && !grouped && single && test(single, probe)) {
          const before = earlier(i);
          for (let back = 1; back <= before.length && !subject; back++) {
            const m = find(narrow.context, before[before.length - back]);
            if (m) subject = termOf(m, back);
          }
        }
        // The article is about the subject (`articleContext`): a sentence about one person is about him.
        if (!subject && !grouped && ofArticle[ni] && single && test(single, probe)) subject = terms[0];
        if (!subject) continue;
        if (!linked[ni].has(i)) {
          const hit = hitAt(i, 0, ni, subject === terms[0] ? terms : [...terms, subject]);
          if (carried) hit.why.carried = true;
          found.push(hit);
          linked[ni].add(i);
        }
        if (!named || !grouped) return; // the sentence is about the one subject only
      }
      const hit = hitAt(i, 0, claimIndex, terms);
      if (carried) hit.why.carried = true;
      found.push(hit);
      linked[claimIndex].add(i);
    };
    /** Per sentence, the trigger parts whose words it holds (`partsBySentence`), found at the first claim that needs them. */
    let possible: Uint8Array | null = null;
    let possibleOf: TriggerWords | null = null;
    for (let from = 0; from < spans.length; from += SENTENCES_PER_STEP) {
      const to = Math.min(spans.length, from + SENTENCES_PER_STEP);
      for (let claimIndex = 0; claimIndex < matchers.length; claimIndex++) {
        const claim = matchers[claimIndex];
        const trigger = claim.trigger;
        if (!trigger) continue;
        if (claim.words) {
          // The sentences the block scan below would test and whose own text matches the trigger,
          // found sentence by sentence: each trigger part runs only on the sentences that hold its
          // words (`partsBySentence`), and the block scan's verdict is read at the sentence's match
          // (`scannedAt`). The same hits as the block scan, in the same order; on the bench article
          // 65 % of the (sentence, part) runs are left out (figures in trigger-words.ts).
          const index = claim.words.index;
          if (!possible || possibleOf !== index) {
            possible = partsBySentence(index, lower, spans);
            possibleOf = index;
          }
          for (let i = from; i < to; i++) {
            const found = findTrigger(claim, probes[i], possible, i * index.partCount);
            if (!found || !scannedAt(trigger, found, lower, spans, from, i)) continue;
            const terms = testClaim(
              claim,
              probes[i],
              earlier(i),
              ofArticle[claimIndex],
              () => quoteRest(i),
              found.match,
            );
            if (terms) link(i, claimIndex, terms);
          }
        } else {
          // Candidate sentences: one scan of the block per trigger.
          trigger.lastIndex = spans[from].start;
          let m: RegExpExecArray | null;
          while ((m = trigger.exec(lower)) !== null) {
            const i = sentenceAt(spans, m.index);
            if (i >= to) break;
            const resume = Math.max(spans[i].end, m.index + 1);
            const terms = testClaim(claim, probes[i], earlier(i), ofArticle[claimIndex], () => quoteRest(i));
            trigger.lastIndex = resume; // testClaim reuses the same pattern on the sentence
            if (terms) link(i, claimIndex, terms);
          }
        }
        // Each claim's first run on this text ends a step: the warm-up runs once per set of
        // matchers, and a later text (a rescan, the next page of a single-page app) is new to
        // Firefox's compiled patterns too (a claim's first run on a text it had not warmed on cost it
        // 5-40 ms; all 14 in one task, 120-230 ms).
        if (!tested[claimIndex]) {
          tested[claimIndex] = true;
          yield;
        }
      }
      // Weaker words after a linked sentence, in order so that a thread can run on.
      for (let i = from; i < to && linked.some((l) => l.size > 0); i++) {
        matchers.forEach((claim, claimIndex) => {
          if (!claim.follow) return;
          if (linked[claimIndex].has(i) || !linkedBefore(claimIndex, i)) return;
          const word = find(claim.follow, probes[i]);
          if (!word || (claim.exclude && test(claim.exclude, probes[i]))) return;
          link(i, claimIndex, [termOf(word)], true);
        });
      }
      // Quotations in the other language ("…dijo: "They are terrorists""), and whole sentences in
      // it (a post quoted in English inside a Spanish article, with no quotation marks). The other
      // language's patterns are compiled one claim per step the first time they are needed.
      if (!others || !isWarm(others, wide)) {
        let need = false;
        for (let i = from; i < to && !need; i++) need = needsOther(otherLang, probes[i]);
        if (need) {
          others = runtime.claimsFor(otherLang);
          yield* warmClaimsSteps(others, wide);
        }
      }
      for (let i = from; i < to; i++) {
        if (otherLang === 'en' && probes[i].length >= 24 && wholly(otherLang, probes[i])) {
          others ??= runtime.claimsFor(otherLang);
          others.forEach((claim, claimIndex) => {
            if (linked[claimIndex].has(i)) return;
            const terms = testClaim(claim, probes[i], earlier(i), false);
            if (!terms) return;
            found.push(hitAt(i, 0, claimIndex, terms));
            linked[claimIndex].add(i);
          });
          continue;
        }
        QUOTED.lastIndex = 0;
        let q: RegExpExecArray | null;
        while ((q = QUOTED.exec(probes[i])) !== null) {
          if (!looksLike(otherLang, q[1])) continue;
          others ??= runtime.claimsFor(otherLang);
          others.forEach((claim, claimIndex) => {
            const terms = testClaim(claim, q![1], earlier(i), ofArticle[claimIndex]);
            if (!terms) return;
            found.push(hitAt(i, q!.index + 1, claimIndex, terms));
            linked[claimIndex].add(i);
          });
        }
      }
      yield;
    }
    // This block's last sentences, for a short paragraph after it; a short block passes on the
    // blocks before it too (reach: CARRY_BLOCKS blocks).
    const tail: Carried[] = probes.slice(-CARRY_REACH).map((probe, k) => {
      const start = spans[spans.length - Math.min(CARRY_REACH, probes.length) + k].start;
      return { probe, original: (at: number) => original(start + at), blocks: 1 };
    });
    const kept = short
      ? before.filter((c) => c.blocks < CARRY_BLOCKS).map((c) => ({ ...c, blocks: c.blocks + 1 }))
      : [];
    before = [...kept, ...(block.anchored ? tail : [])].slice(-CARRY_REACH);
  }

  found.sort((a, b) => a.start - b.start || a.claim - b.claim);
  const hits: DisputedHit[] = [];
  for (const f of found) {
    const id = matchers[f.claim].id;
    const last = hits[hits.length - 1];
    if (last && last.start === f.start && last.id === id) continue; // the same pair found twice
    hits.push({
      id,
      title: titles.get(id) ?? id,
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      why: f.why,
    });
  }
  return hits;
}

/** Disputed-point hits in one go (`matchClaimsSteps` run to completion). */
export function matchClaims(text: string, runtime: MatcherRuntime, pack: CompiledPack, lang: Lang): DisputedHit[] {
  const steps = matchClaimsSteps(text, runtime, pack, lang);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
