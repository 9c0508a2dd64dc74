/**
 * The compiled topic pack: what the extension ships. Built from a validated `Pack` at build time
 * (`compile.ts`, through the `virtual:backstory-pack` Vite module), so the content script neither
 * ships zod nor validates at run time. Type-only imports keep zod out of the bundle.
 */
import type { Claim, Entity, Meta, Source, TimelineEvent, Topic } from '../dataset/schema';
import type { MatcherTables } from './matcher-tables';

/** The fields of a claim that only the matcher reads: compiled into `matcher.claims` where it is prebuilt. */
export type ClaimMatchingField = 'triggers' | 'context' | 'exclude' | 'follow' | 'narrows' | 'articleContext';

/** A claim as cards, titles and the popup read it, without the patterns the matcher holds compiled. */
export type ClaimView = Omit<Claim, ClaimMatchingField>;

interface PackBase {
  meta: Meta;
  sources: Record<string, Source>;
  entities: Entity[];
  timeline: TimelineEvent[];
  topic: Topic;
}

export type CompiledPack = PackBase &
  (
    | {
        /**
         * Prebuilt matcher tables (`matcher-tables.ts`), the claims' patterns among them; the claims
         * themselves may then come without their patterns (the pack handed to a page does).
         */
        matcher: MatcherTables;
        claims: ClaimView[];
      }
    | {
        /** No prebuilt tables (packs for UI tests): such a pack cannot be analysed (`getRuntime` refuses it). */
        matcher: null;
        claims: Claim[];
      }
  );

/** A compiled pack with its claims' patterns as written (built at build time, or in Node for tools and tests). */
export type CompiledPackWithPatterns = PackBase & { matcher: MatcherTables; claims: Claim[] };
