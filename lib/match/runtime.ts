/**
 * Run-time half of the matcher: turns the prebuilt tables of a compiled pack into `RegExp` objects
 * once per pack (cached). The tables are built with the pack (`compilePack`, or `buildMatcherTables`
 * for a hand-made pack), never in a page. Claim patterns are compiled on first use, since off-topic
 * pages never need them.
 */
import type { CompiledPack } from '../pack/compiled';
import type { Lang } from '../dataset/schema';
import type { AliasRule, ClaimTables, MatcherTables, PatternTable } from '../pack/matcher-tables';
import { SplitPattern } from './split-pattern';
import { buildTriggerWordsSteps, type TriggerPart, type TriggerWords } from './trigger-words';

/** One claim's patterns in one language. */
export interface ClaimMatcher {
  id: string;
  /** Global (`g`): scanned over the whole article once, then re-run on candidate sentences. */
  trigger: RegExp | null;
  /**
   * The language's index of trigger words (`trigger-words.ts`), and per pattern the trigger runs
   * (`compiledParts(trigger)`, same order) its number there, or null for a part with no words (it
   * runs on every sentence); null when the tables have no words (hand-made tables).
   */
  words: { index: TriggerWords; parts: (number | null)[] } | null;
  context: RegExp | null;
  exclude: RegExp | null;
  /** Weaker words, enough when an earlier sentence of the paragraph links to the claim. */
  follow: RegExp | null;
  /** Set on a claim that narrows a broader one to its subject (`context`): see `ClaimSchema.narrows`. */
  narrows: { claim: number; group: RegExp | null; single: RegExp | null } | null;
  /** The claim's context is one subject an article can be about as a whole (`ClaimSchema.articleContext`). */
  articleContext: boolean;
}

export interface MatcherRuntime {
  tables: MatcherTables;
  /** Combined alias pattern (global; callers reset `lastIndex`). */
  aliases: RegExp;
  rules: Map<string, AliasRule[]>;
  /** Matched text → its rules (`aliasKey` lower-cases and strips; the same spellings recur). */
  rulesByMatch: Map<string, AliasRule[] | undefined>;
  /** Claim matchers for one language, compiled on first use (tens of kilobytes of patterns). */
  claimsFor(lang: Lang): ClaimMatcher[];
  /**
   * Give the language's claim matchers their trigger words (`ClaimMatcher.words`), once, as steps:
   * the index took 14–20 ms to build at its first call in Node. Until then (and for callers that
   * never ask) each trigger scans whole blocks, which finds the same hits.
   */
  wordsSteps(lang: Lang): Generator<void, void>;
}

const cache = new WeakMap<CompiledPack, MatcherRuntime>();

/** A claim's trigger parts as one global pattern (see `SplitPattern`), or null without any. */
function triggerOf(parts: PatternTable[]): RegExp | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return maybe(parts[0], true);
  return new SplitPattern(parts.map((p) => ({ source: p.source, flags: `${p.flags}g` })));
}

function maybe(pattern: PatternTable | null | undefined, global = false): RegExp | null {
  return pattern ? new RegExp(pattern.source, global ? pattern.flags + 'g' : pattern.flags) : null;
}

function narrowsFor(tables: MatcherTables, claim: ClaimTables, lang: Lang): ClaimMatcher['narrows'] {
  const narrows = claim.narrows;
  if (!narrows) return null;
  const broader = tables.claims.findIndex((b) => b.id === narrows.claim);
  if (broader < 0) return null;
  return { claim: broader, group: maybe(narrows.group[lang]), single: maybe(narrows.single[lang]) };
}

/** Number the trigger parts that have words across the language's claims, and give each claim the shared index. */
function* attachWordsSteps(list: ClaimMatcher[], claims: ClaimTables[], lang: Lang): Generator<void, void> {
  const parts: TriggerPart[] = [];
  const numbers = claims.map((c) => {
    const words = c.words?.[lang];
    return c.triggers[lang].map((part, p) => {
      const alternatives = words?.parts[p];
      if (!words || !alternatives) return null;
      parts.push({
        alternatives: alternatives.map((ids) => ids.map((id) => words.sets[id])),
        flags: part.flags,
      });
      return parts.length - 1;
    });
  });
  const index = yield* buildTriggerWordsSteps(parts);
  if (!index) return;
  list.forEach((claim, k) => {
    if (numbers[k].some((n) => n !== null)) claim.words = { index, parts: numbers[k] };
  });
}

/** Build the run-time matcher from already-built tables (what the content script pays: `new RegExp`). */
export function createRuntime(tables: MatcherTables): MatcherRuntime {
  const claims = new Map<Lang, ClaimMatcher[]>();
  /** Languages whose matchers have their trigger words. */
  const worded = new Set<Lang>();
  return {
    tables,
    aliases: new RegExp(tables.source, tables.flags),
    rules: new Map(Object.entries(tables.rules)),
    rulesByMatch: new Map(),
    claimsFor(lang) {
      let list = claims.get(lang);
      if (!list) {
        list = tables.claims.map((c) => ({
          id: c.id,
          trigger: triggerOf(c.triggers[lang]),
          words: null as ClaimMatcher['words'],
          context: maybe(c.context?.[lang]),
          exclude: maybe(c.exclude?.[lang]),
          follow: maybe(c.follow?.[lang]),
          narrows: narrowsFor(tables, c, lang),
          articleContext: c.articleContext === true,
        }));
        claims.set(lang, list);
      }
      return list;
    },
    *wordsSteps(lang) {
      if (worded.has(lang)) return;
      yield* attachWordsSteps(this.claimsFor(lang), tables.claims, lang);
      worded.add(lang);
    },
  };
}

/** The matcher for a pack, built on first use and cached for the pack object's lifetime. */
export function getRuntime(pack: CompiledPack): MatcherRuntime {
  let runtime = cache.get(pack);
  if (!runtime) {
    // Built at build time (`compilePack`): the code that builds them stays out of the page's engine.
    if (!pack.matcher)
      throw new Error('Backstory: the pack has no matcher tables (build them with buildMatcherTables)');
    runtime = createRuntime(pack.matcher);
    cache.set(pack, runtime);
  }
  return runtime;
}
