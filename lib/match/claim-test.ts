/**
 * One claim against one sentence: its trigger, then no veto, then its context (the claim's subject)
 * in the sentence, carried from an earlier sentence of the block, or from later sentences of the
 * same quotation. And the warm-up that compiles a claim's patterns one step at a time. The block
 * and article rules around this are in `claims.ts`.
 */
import type { ClaimMatcher } from './runtime';

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

/** Claim matchers whose patterns have been run once (compiled). */
export const warmed = new WeakSet<ClaimMatcher[]>();
/** Text the patterns are first run on: long enough that V8 compiles them as it would for a page. */
const WARM_TEXT = 'The men were flown to El Salvador. '.repeat(40);

/**
 * Run a claim's patterns on a short text, each run a step of its own: V8 compiles a pattern at its
 * first run and to machine code at its second on a text this long, and for the largest combined
 * triggers each of those takes tens of milliseconds in a fresh tab, so no step pays for two.
 */
export function* warmClaimSteps(claim: ClaimMatcher): Generator<void, void> {
  for (const re of [claim.trigger, claim.context, claim.exclude, claim.follow]) {
    if (!re) continue;
    for (let i = 0; i < 2; i++) {
      find(re, WARM_TEXT);
      yield;
    }
  }
}

/**
 * One claim against one sentence (folded): the trigger, then no veto, then the claim's context in
 * the sentence or, carried, in one of the `earlier` sentences of its block (nearest last). Returns
 * the matched stretches.
 */
export function testClaim(
  claim: ClaimMatcher,
  sentence: string,
  earlier: readonly string[],
  ofArticle: boolean,
  quoteRest: () => readonly string[] = () => [],
): Term[] | null {
  const trigger = find(claim.trigger, sentence);
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
