import { buildMatcherTables } from './matcher-tables';
import type { CompiledPackWithPatterns } from './compiled';
import type { Pack } from '../dataset/schema';

/**
 * Turn a validated pack into the compact structure the extension ships, including the prebuilt
 * matcher tables (combined alias pattern, alias rules, combined claim triggers, topic signals), so the content
 * script only compiles ready-made regular expressions.
 */
export function compilePack(pack: Pack): CompiledPackWithPatterns {
  return {
    meta: pack.meta,
    sources: Object.fromEntries(pack.sources.map((s) => [s.id, s])),
    entities: pack.entities,
    claims: pack.claims,
    timeline: pack.timeline,
    topic: pack.topic,
    matcher: buildMatcherTables(pack.entities, pack.claims, pack.topic),
  };
}
