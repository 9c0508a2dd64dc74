/**
 * Run-time half of the matcher: turns the prebuilt tables of a compiled pack into `RegExp` objects
 * once per pack (cached), falling back to building the tables when a pack was compiled without them
 * (hand-made packs in tests). Claim patterns are compiled on first use, since off-topic pages never
 * need them.
 */
import type { CompiledPack } from '../dataset/compiled';
import { buildMatcherTables, type AliasRule, type MatcherTables, type PatternTable } from './matcher-tables';

export interface ClaimMatcher {
  id: string;
  triggers: { en: RegExp | null; es: RegExp | null };
  context: { en: RegExp | null; es: RegExp | null };
}

export interface MatcherRuntime {
  tables: MatcherTables;
  /** Combined alias pattern (global; callers reset `lastIndex`). */
  aliases: RegExp;
  rules: Map<string, AliasRule[]>;
  /** Claim matchers, compiled on first access. */
  readonly claims: ClaimMatcher[];
}

const cache = new WeakMap<CompiledPack, MatcherRuntime>();

function isTables(value: unknown): value is MatcherTables {
  return typeof value === 'object' && value !== null && (value as MatcherTables).version === 1;
}

function maybe(pattern: PatternTable | null | undefined): RegExp | null {
  return pattern ? new RegExp(pattern.source, pattern.flags) : null;
}

/** Build the run-time matcher from already-built tables (what the content script pays: `new RegExp`). */
export function createRuntime(tables: MatcherTables): MatcherRuntime {
  let claims: ClaimMatcher[] | null = null;
  return {
    tables,
    aliases: new RegExp(tables.source, tables.flags),
    rules: new Map(Object.entries(tables.rules)),
    get claims() {
      claims ??= tables.claims.map((c) => ({
        id: c.id,
        triggers: { en: maybe(c.triggers.en), es: maybe(c.triggers.es) },
        context: { en: maybe(c.context?.en), es: maybe(c.context?.es) },
      }));
      return claims;
    },
  };
}

/** The matcher for a pack, built on first use and cached for the pack object's lifetime. */
export function getRuntime(pack: CompiledPack): MatcherRuntime {
  let runtime = cache.get(pack);
  if (!runtime) {
    const tables = isTables(pack.matcher) ? pack.matcher : buildMatcherTables(pack.entities, pack.claims);
    runtime = createRuntime(tables);
    cache.set(pack, runtime);
  }
  return runtime;
}
