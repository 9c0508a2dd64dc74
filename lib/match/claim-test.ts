/**
 * One claim against one sentence: its trigger, then no veto, then its context (the claim's subject)
 * in the sentence, carried from an earlier sentence of the block, or from later sentences of the
 * same quotation. And the warm-up that compiles a claim's patterns one step at a time. The block
 * and article rules around this are in `claims.ts`.
 */
import { isWide } from '../text/fold';
import type { ClaimMatcher } from './runtime';
import { compiledParts } from './split-pattern';

/** Whether `re` (a global pattern, so its `lastIndex` is reset first) matches anywhere in `text`. */
export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** The first match of `re` in `text` from its start, or null (also when there is no pattern). */
export function find(re: RegExp | null, text: string): RegExpExecArray | null {
  if (!re) return null;
  re.lastIndex = 0;
  return re.exec(text);
}

/**
 * A matched stretch, folded offsets in its sentence: the tested one (`back` 0), `back` sentences
 * before it, or (negative) `-back` sentences after it, in the same quotation.
 */
export interface Term {
  back: number;
  from: number;
  to: number;
}

export function termOf(match: RegExpExecArray, back = 0): Term {
  return { back, from: match.index, to: match.index + match[0].length };
}

/**
 * Claim matchers whose patterns have been run once, per string width: V8 compiles a pattern
 * separately for one-byte (Latin-1) and two-byte subject strings, and a page's text is two-byte as
 * soon as it holds one character beyond Latin-1 (a dash, a curly quote), slices of it included.
 */
const warmedFor = { narrow: new WeakSet<ClaimMatcher[]>(), wide: new WeakSet<ClaimMatcher[]>() };
/** Text the patterns are first run on: long enough that V8 compiles them as it would for a page. */
const WARM_TEXT = 'The men were flown to El Salvador. '.repeat(40);
/** The same, as a two-byte string (its last character is beyond Latin-1). */
const WARM_TEXT_WIDE = `${WARM_TEXT}\u2014`;

/**
 * Run each pattern of `matchers` on a short text of the page's string width(s) the first time they
 * are needed, each run a step of its own: V8 compiles a pattern at its first run and to machine
 * code at its second on a text this long, and for the largest combined triggers each of those
 * takes tens of milliseconds in a fresh tab, so no step pays for two. A page with wide text also
 * gets its narrow strings (pieces of text that are all Latin-1 may be either), so it warms both.
 *
 * `sample`, the page's own text (folded), stands in for our text at its width: in Firefox, after
 * runs on our text, the first run on the page's text still cost each claim 5–40 ms (the demo
 * article's first block took 120–230 ms in one task); warmed on the page's text, no step of the pass
 * took over 30 ms (`scripts/bench/gaps.ts article firefox`).
 */
export function* warmClaimsSteps(matchers: ClaimMatcher[], wide: boolean, sample?: string): Generator<void, void> {
  const sampleWide = sample !== undefined && isWide(sample);
  const widths: [WeakSet<ClaimMatcher[]>, string][] = [
    [warmedFor.narrow, sample !== undefined && !sampleWide ? sample : WARM_TEXT],
  ];
  if (wide || sampleWide) widths.push([warmedFor.wide, sampleWide ? sample : WARM_TEXT_WIDE]);
  for (const [done, text] of widths) {
    if (done.has(matchers)) continue;
    for (const claim of matchers) {
      for (const pattern of [claim.trigger, claim.context, claim.exclude, claim.follow]) {
        if (!pattern) continue;
        for (const re of compiledParts(pattern)) {
          for (let i = 0; i < 2; i++) {
            find(re, text);
            yield;
          }
        }
      }
    }
    // The trigger words' pattern (one per language, ~14 K characters), in a step of its own.
    for (const words of new Set(matchers.map((m) => m.words?.index.pattern))) {
      if (!words) continue;
      for (let i = 0; i < 2; i++) {
        find(words, text);
        yield;
      }
    }
    // Only once every pattern ran: a pass stopped half-way (the page changed) leaves the rest to the next.
    done.add(matchers);
  }
}

/** Texts `reviveClaimsSteps` runs each pattern on: one character, narrow and wide. */
const REVIVE_NARROW = ' ';
const REVIVE_WIDE = '\u2014';

/**
 * Run each pattern of `matchers` (and the trigger words') once on a one-character text, at the
 * width(s) in use, each run a step of its own. Where a pattern is compiled this is a fraction of a
 * microsecond; where it is not, its compile is a step of its own rather than falling inside a step
 * of the pass. Firefox discards compiled regular expressions when it collects garbage, and compiles
 * a pattern for short subjects (bytecode, under 1,000 characters) apart from the machine code a long
 * one gets, which is what `warmClaimsSteps` leaves: in a mutation storm its rescans met a claim's
 * trigger compiling again inside one sentence's test, 19-39 ms each, in steps of up to 100 ms. So
 * every pass runs this after `warmClaimsSteps`. (Runs on 1,001 characters as well, for the machine
 * code, cost the warm pass 9 ms in Node: left out.)
 */
export function* reviveClaimsSteps(matchers: ClaimMatcher[], wide: boolean): Generator<void, void> {
  const texts = wide ? [REVIVE_NARROW, REVIVE_WIDE] : [REVIVE_NARROW];
  const patterns = new Set<RegExp>();
  for (const claim of matchers) {
    for (const pattern of [claim.trigger, claim.context, claim.exclude, claim.follow]) {
      if (pattern) for (const re of compiledParts(pattern)) patterns.add(re);
    }
    if (claim.words) patterns.add(claim.words.index.pattern);
  }
  for (const re of patterns) {
    for (const text of texts) {
      find(re, text);
      yield;
    }
  }
}

/** Whether `warmClaimsSteps` has nothing left to do for `matchers` at this width. */
export function isWarm(matchers: ClaimMatcher[], wide: boolean): boolean {
  return warmedFor.narrow.has(matchers) && (!wide || warmedFor.wide.has(matchers));
}

/** A claim's trigger matched in a sentence, and which of its parts (`compiledParts`) matched. */
export interface TriggerMatch {
  match: RegExpExecArray;
  part: RegExp;
}

/**
 * `find(claim.trigger, sentence)`, running only the trigger's parts that `possible` allows (a part
 * whose words the sentence does not hold cannot match there; `possible[row + n]` is 1 for the part
 * numbered `n` in `claim.words` when the sentence holds one of its words, see `partsBySentence`):
 * the leftmost match of the parts, ties to the earliest part, as the trigger finds it
 * (`SplitPattern`). With the part that matched.
 */
export function findTrigger(
  claim: ClaimMatcher,
  sentence: string,
  possible: Uint8Array,
  row: number,
): TriggerMatch | null {
  if (!claim.trigger) return null;
  const parts = compiledParts(claim.trigger);
  const numbers = claim.words?.parts;
  let best: TriggerMatch | null = null;
  for (let p = 0; p < parts.length; p++) {
    const number = numbers ? numbers[p] : null;
    if (number !== null && possible[row + number] !== 1) continue;
    const match = find(parts[p], sentence);
    if (match && (!best || match.index < best.match.index)) best = { match, part: parts[p] };
  }
  return best;
}

/**
 * One claim against one sentence (folded): the trigger, then no veto, then the claim's context in
 * the sentence or, carried, in one of the `earlier` sentences of its block (nearest last). Returns
 * the matched stretches. `found`: the trigger's match in the sentence, when the caller has it.
 */
export function testClaim(
  claim: ClaimMatcher,
  sentence: string,
  earlier: readonly string[],
  ofArticle: boolean,
  quoteRest: () => readonly string[] = () => [],
  found?: RegExpExecArray,
): Term[] | null {
  const trigger = found ?? find(claim.trigger, sentence);
  if (!trigger) return null;
  if (claim.exclude && test(claim.exclude, sentence)) return null;
  if (!claim.context) return [termOf(trigger)];
  const context = find(claim.context, sentence);
  if (context) return context.index === trigger.index ? [termOf(trigger)] : [termOf(trigger), termOf(context)];
  for (let back = 1; back <= earlier.length; back++) {
    const carried = find(claim.context, earlier[earlier.length - back]);
    if (carried) return [termOf(trigger), termOf(carried, back)];
  }
  // A quotation opened by this sentence names its speaker in a later sentence of the same quotation
  // ("'… to occupy the United States. There is no finding …,' wrote Judge Southwick.").
  const rest = quoteRest();
  for (let ahead = 1; ahead <= rest.length; ahead++) {
    const carried = find(claim.context, rest[ahead - 1]);
    if (carried) return [termOf(trigger), termOf(carried, -ahead)];
  }
  // The article is about the claim's subject (`articleContext`): its quotes and pronouns need not
  // name him in the same paragraph ("How can I smuggle a terrorist into the United States?").
  return ofArticle ? [termOf(trigger)] : null;
}
