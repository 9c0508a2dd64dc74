/**
 * Entity matching: one pass of the combined alias pattern over the folded article text, then the
 * alias rules (case, word boundaries, excluded neighbours, prior mention) decide each candidate.
 */
import type { Lang } from '../dataset/schema';
import type { EntityHit, Mention } from '../report/report';
import { keepsMatch } from './entity-guards';
import { type FoldedText, isWordAt, isWordCode } from '../text/fold';
import type { AliasRule } from '../pack/matcher-tables';
import { aliasKey } from '../text/keys';
import type { MatcherRuntime } from './runtime';

/** A raw match, in original-text offsets. */
export interface AliasMatch {
  entity: number;
  start: number;
  end: number;
}

function precededBy(folded: string, at: number, words: string[] | undefined): boolean {
  if (!words) return false;
  for (const word of words) {
    const from = at - word.length - 1;
    if (from < 0) continue;
    if (folded.charCodeAt(at - 1) !== 0x20 && folded.charCodeAt(at - 1) !== 0x2d) continue;
    if (folded.slice(from, at - 1).toLowerCase() !== word) continue;
    if (from === 0 || !isWordCode(folded.charCodeAt(from - 1))) return true;
  }
  return false;
}

function followedBy(folded: string, at: number, words: string[] | undefined): boolean {
  if (!words) return false;
  for (const word of words) {
    const to = at + 1 + word.length;
    if (to > folded.length) continue;
    if (folded.charCodeAt(at) !== 0x20 && folded.charCodeAt(at) !== 0x2d) continue;
    if (folded.slice(at + 1, to).toLowerCase() !== word) continue;
    if (to === folded.length || !isWordCode(folded.charCodeAt(to))) return true;
  }
  return false;
}

const SPACING = /[\s-]+/g;
/** Distinct matched spellings remembered per pack; real pages stay far below it. */
const MATCH_CACHE_LIMIT = 10_000;

/**
 * Find every alias occurrence in folded text, resolving each to one entity. A surname marked
 * `requiresPriorMention` counts only when a fuller alias of its entity appears in the same article:
 * it resolves to the entity mentioned in full most recently before it, or else to the first one
 * mentioned in full after it (headlines name "Noem" before the body says "Kristi Noem").
 */
export function findAliasMatches(source: string, folded: FoldedText, runtime: MatcherRuntime): AliasMatch[] {
  return drain(findAliasMatchesSteps(source, folded, runtime));
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The text is searched window by window (a few milliseconds each), so that a caller can spread a
 * large page over several tasks. Windows end at a block break, which no alias spans; only a block
 * far longer than a window is cut, at a space, and the next window starts early enough to see again
 * any alias the cut could have split.
 */
const ALIAS_WINDOW = 16_384;
const ALIAS_OVERLAP = 256;

/** A mention whose entity waits for the whole text: a surname that needs a fuller mention. */
interface Surname {
  index: number;
  rules: AliasRule[];
  at: number;
}

/** What `findAliasMatchesSteps` keeps between windows. */
interface AliasScan {
  source: string;
  folded: FoldedText;
  runtime: MatcherRuntime;
  matches: AliasMatch[];
  surnames: Surname[];
  /** Entity index → folded offsets of its unconditional mentions, ascending. */
  full: Map<number, number[]>;
  /** Where the next window starts. */
  from: number;
}

/**
 * `matched` as a case-sensitive rule compares it (spacing dropped); `exact`'s form is kept per rule.
 * A 1 MB page meets the same few rules thousands of times.
 */
const bareExact = new WeakMap<AliasRule, string>();
function bareOf(rule: AliasRule): string {
  let bare = bareExact.get(rule);
  if (bare === undefined) bareExact.set(rule, (bare = rule.exact.replace(SPACING, '')));
  return bare;
}

/**
 * Search one window of the text. The hot loop is kept out of the generator: a plain function is
 * optimised while it runs, a generator's body only between resumptions.
 */
function scanWindow(scan: AliasScan): void {
  const { source, folded, runtime, matches, full } = scan;
  const text = folded.text;
  const re = runtime.aliases;
  const from = scan.from;
  let to = from + ALIAS_WINDOW >= text.length ? text.length : text.indexOf('\n', from + ALIAS_WINDOW);
  let cut = false;
  if (to === -1 || to - from > ALIAS_WINDOW * 2) {
    const space = text.lastIndexOf(' ', from + ALIAS_WINDOW);
    cut = space > from + ALIAS_OVERLAP * 2;
    to = cut ? space : to === -1 ? text.length : to;
  }
  const window = text.slice(from, to);
  let next = cut ? to - ALIAS_OVERLAP : to;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const matched = m[0];
    const start = from + m.index;
    if (cut && start >= to - ALIAS_OVERLAP) {
      // Too close to the cut to be sure of its extent: the next window takes it from here.
      next = start;
      break;
    }
    next = cut ? Math.max(to - ALIAS_OVERLAP, from + re.lastIndex) : to;
    if (matched.length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const end = start + matched.length;
    let candidates = runtime.rulesByMatch.get(matched);
    if (candidates === undefined && !runtime.rulesByMatch.has(matched)) {
      candidates = runtime.rules.get(aliasKey(matched));
      if (runtime.rulesByMatch.size < MATCH_CACHE_LIMIT) runtime.rulesByMatch.set(matched, candidates);
    }
    let chosen: AliasRule | undefined;
    let deferred: AliasRule[] | undefined;
    if (candidates) {
      const wordBefore = isWordAt(text, start, true);
      const wordAfter = isWordAt(text, end);
      let bare: string | undefined;
      for (const rule of candidates) {
        if (rule.wholeWord && (wordBefore || wordAfter)) continue;
        if (rule.caseSensitive && (bare ??= matched.replace(SPACING, '')) !== bareOf(rule)) continue;
        if (precededBy(text, start, rule.excludeBefore) || followedBy(text, end, rule.excludeAfter)) continue;
        if (rule.requiresPriorMention) {
          (deferred ??= []).push(rule);
          continue;
        }
        chosen = rule;
        break;
      }
    }
    if (!chosen && !deferred) {
      // The longest alias here was vetoed; shorter ones starting at the same place are rare enough
      // that resuming one character later is the right trade for a single pass.
      re.lastIndex = m.index + 1;
      if (cut) next = Math.max(to - ALIAS_OVERLAP, from + re.lastIndex);
      continue;
    }
    let originalEnd = folded.toOriginal(end - 1) + 1;
    const limit = folded.toOriginal(end);
    // Combining marks dropped after the last folded letter belong to the mention.
    while (originalEnd < limit && isCombiningMark(source.charCodeAt(originalEnd))) originalEnd++;
    matches.push({ entity: chosen ? chosen.entity : -1, start: folded.toOriginal(start), end: originalEnd });
    if (chosen) {
      let list = full.get(chosen.entity);
      if (!list) full.set(chosen.entity, (list = []));
      list.push(start);
    } else if (deferred) {
      scan.surnames.push({ index: matches.length - 1, rules: deferred, at: start });
    }
  }
  scan.from = cut ? next : to + 1;
}

/** `findAliasMatches` as steps: yields after each window of the text. */
export function* findAliasMatchesSteps(
  source: string,
  folded: FoldedText,
  runtime: MatcherRuntime,
): Generator<void, AliasMatch[]> {
  const scan: AliasScan = { source, folded, runtime, matches: [], surnames: [], full: new Map(), from: 0 };
  while (scan.from < folded.text.length) {
    scanWindow(scan);
    yield;
  }
  return resolveSurnames(scan);
}

/**
 * Give each surname that needs a fuller mention its entity, and drop those without one. A plain
 * function, as `scanWindow`: run in the generator's body, this loop was never optimised.
 */
function resolveSurnames(scan: AliasScan): AliasMatch[] {
  const { matches, surnames, full } = scan;
  if (surnames.length === 0) return matches;
  for (const surname of surnames) {
    const at = surname.at;
    let bestBefore = -1;
    let bestAfter = Infinity;
    let before: number | undefined;
    let after: number | undefined;
    for (const rule of surname.rules) {
      const offsets = full.get(rule.entity);
      if (!offsets) continue;
      // The nearest full mentions on either side, by binary search in the ascending offsets (a scan
      // of every full mention per surname was quadratic: ~10-25 ms on the 1 MB page).
      let lo = 0;
      let hi = offsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (offsets[mid] < at) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && offsets[lo - 1] > bestBefore) {
        bestBefore = offsets[lo - 1];
        before = rule.entity;
      }
      while (lo < offsets.length && offsets[lo] === at) lo++;
      if (lo < offsets.length && offsets[lo] < bestAfter) {
        bestAfter = offsets[lo];
        after = rule.entity;
      }
    }
    matches[surname.index].entity = before ?? after ?? -1;
  }
  return matches.filter((match) => match.entity !== -1);
}

function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/**
 * Entity hits for a text: every mention with its original text and offsets, entities ordered by
 * first mention, names in `lang`.
 */
export function matchEntities(source: string, folded: FoldedText, runtime: MatcherRuntime, lang: Lang): EntityHit[] {
  return drain(matchEntitiesSteps(source, folded, runtime, lang));
}

/** Mentions guarded per step (a few milliseconds in a fresh tab). */
const GUARD_CHUNK = 500;

/** Guard `found[from..to)` and file the mentions kept by entity (a plain function, as `scanWindow`). */
function guardChunk(
  source: string,
  found: AliasMatch[],
  from: number,
  to: number,
  entityIds: readonly string[],
  byEntity: Map<number, Mention[]>,
): void {
  for (let i = from; i < to; i++) {
    const { entity, start, end } = found[i];
    if (!keepsMatch(source, start, end, entityIds[entity])) continue;
    let list = byEntity.get(entity);
    if (!list) byEntity.set(entity, (list = []));
    list.push({ text: source.slice(start, end), start, end });
  }
}

/** `matchEntities` as steps (see `findAliasMatchesSteps`). */
export function* matchEntitiesSteps(
  source: string,
  folded: FoldedText,
  runtime: MatcherRuntime,
  lang: Lang,
): Generator<void, EntityHit[]> {
  const found = yield* findAliasMatchesSteps(source, folded, runtime);
  // Guarded in chunks: a 1 MB page has thousands of mentions, each looked at in its context.
  const byEntity = new Map<number, Mention[]>();
  for (let i = 0; i < found.length; i += GUARD_CHUNK) {
    if (i > 0) yield;
    guardChunk(source, found, i, Math.min(found.length, i + GUARD_CHUNK), runtime.tables.entityIds, byEntity);
  }
  const hits: EntityHit[] = [];
  for (const [index, mentions] of byEntity) {
    const id = runtime.tables.entityIds[index];
    const label = runtime.tables.entityLabels[index];
    if (!label) continue;
    hits.push({ id, name: label.name[lang], type: label.type, mentions });
  }
  return hits;
}
