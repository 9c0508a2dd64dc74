/**
 * Run-time half of the matcher: turns the prebuilt tables of a compiled pack into `RegExp` objects
 * once per pack (cached), falling back to building the tables when a pack was compiled without them
 * (hand-made packs in tests). Claim patterns are compiled on first use, since off-topic pages never
 * need them.
 */
import type { CompiledPack } from '../pack/compiled';
import type { Lang } from '../dataset/schema';
import {
  buildMatcherTables,
  type AliasRule,
  type ClaimTables,
  type MatcherTables,
  type PatternTable,
} from '../pack/matcher-tables';
import { SplitPattern } from './split-pattern';

/** One claim's patterns in one language. */
export interface ClaimMatcher {
  id: string;
  /** Global (`g`): scanned over the whole article once, then re-run on candidate sentences. */
  trigger: RegExp | null;
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

/** Build the run-time matcher from already-built tables (what the content script pays: `new RegExp`). */
export function createRuntime(tables: MatcherTables): MatcherRuntime {
  const claims = new Map<Lang, ClaimMatcher[]>();
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
  };
}

/** The matcher for a pack, built on first use and cached for the pack object's lifetime. */
export function getRuntime(pack: CompiledPack): MatcherRuntime {
  let runtime = cache.get(pack);
  if (!runtime) {
    const tables = pack.matcher ?? buildMatcherTables(pack.entities, pack.claims);
    runtime = createRuntime(tables);
    cache.set(pack, runtime);
  }
  return runtime;
}
