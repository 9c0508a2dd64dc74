/**
 * Run-time half of the matcher: turns the prebuilt tables of a compiled pack into `RegExp` objects
 * once per pack (cached), falling back to building the tables when a pack was compiled without them
 * (hand-made packs in tests).
 */
import type { CompiledPack } from '../dataset/compiled';
import { CLAIM_FLAGS, buildMatcherTables, type AliasRule, type MatcherTables } from './matcher-tables';

export interface ClaimMatcher {
  id: string;
  triggers: { en: RegExp | null; es: RegExp | null };
  context: { en: RegExp | null; es: RegExp | null };
}

export interface MatcherRuntime {
  tables: MatcherTables;
  /** Combined alias pattern (global, sticky state reset by the caller). */
  aliases: RegExp;
  rules: Map<string, AliasRule[]>;
  claims: ClaimMatcher[];
}

const cache = new WeakMap<CompiledPack, MatcherRuntime>();

function isTables(value: unknown): value is MatcherTables {
  return typeof value === 'object' && value !== null && (value as MatcherTables).version === 1;
}

function maybe(source: string | undefined): RegExp | null {
  return source ? new RegExp(source, CLAIM_FLAGS) : null;
}

/** Build the run-time matcher from already-built tables (what the content script pays: `new RegExp`). */
export function createRuntime(tables: MatcherTables): MatcherRuntime {
  return {
    tables,
    aliases: new RegExp(tables.source, tables.flags),
    rules: new Map(Object.entries(tables.rules)),
    claims: tables.claims.map((c) => ({
      id: c.id,
      triggers: { en: maybe(c.triggers.en), es: maybe(c.triggers.es) },
      context: { en: maybe(c.context?.en), es: maybe(c.context?.es) },
    })),
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
