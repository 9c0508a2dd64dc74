/**
 * The compiled topic pack: what the extension ships. Built from a validated `Pack` at build time
 * (`compile.ts`, through the `virtual:backstory-pack` Vite module), so the content script neither
 * ships zod nor validates at run time. Type-only imports keep zod out of the bundle.
 */
import type { Claim, Entity, Meta, Source, TimelineEvent, Topic } from '../dataset/schema';
import type { MatcherTables } from './matcher-tables';

export interface CompiledPack {
  meta: Meta;
  sources: Record<string, Source>;
  entities: Entity[];
  claims: Claim[];
  timeline: TimelineEvent[];
  topic: Topic;
  /** Prebuilt matcher tables (`matcher-tables.ts`); `null` has them built on first use (hand-made test packs). */
  matcher: MatcherTables | null;
}
