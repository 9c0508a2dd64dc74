/** The figures `npm run check:data` prints for a valid pack. */
import { refSourceId } from '../schema';
import type { PackStats, ValidElements } from './types';

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

/** The checker's summary of a valid pack, as printed by `npm run check:data`. */
export function formatStats(stats: PackStats): string {
  return [
    `entities: ${stats.entities}`,
    `claims: ${stats.claims}`,
    `timeline events: ${stats.timelineEvents}`,
    `sources: ${stats.sources}`,
    `facts: ${stats.facts}`,
    `facts sourced: ${stats.factsSourcedPercent}%`,
    `bilingual: ${stats.bilingualPercent}% of ${stats.readerStrings} reader-visible strings`,
    `passage links: ${stats.referencesWithPassage} of ${stats.references} citations` +
      (stats.referencesPassageUnavailable > 0
        ? ` (${stats.referencesPassageUnavailable} more marked passage unavailable)`
        : ''),
    ...(stats.sourcesMirrorWithReason
      ? [
          'mirror URLs kept, with the reason the original could not be cited: ' +
            `${stats.sourcesMirrorWithReason} of ${stats.sources} sources`,
        ]
      : []),
  ].join('\n');
}

/** The summary figures, from the merged pack and the rules' counts. */
export function packStats(
  merged: Record<string, unknown>,
  valid: ValidElements,
  sourceIds: Set<string>,
  bilingual: { total: number; ok: number },
  passages: { total: number; withPassage: number; unavailable: number },
  sourcePolicy: { mirrorsWithReason: number },
): PackStats {
  const facts = valid.entities.flatMap(({ value }) => value.facts);
  const sourcedFacts = facts.filter(
    (f) => f.sources.length > 0 && f.sources.every((s) => sourceIds.has(refSourceId(s))),
  );
  return {
    entities: arrayLength(merged.entities),
    claims: arrayLength(merged.claims),
    timelineEvents: arrayLength(merged.timeline),
    sources: arrayLength(merged.sources),
    facts: facts.length,
    factsSourcedPercent: percent(sourcedFacts.length, facts.length),
    readerStrings: bilingual.total,
    bilingualPercent: percent(bilingual.ok, bilingual.total),
    references: passages.total,
    referencesWithPassage: passages.withPassage,
    referencesPassageUnavailable: passages.unavailable,
    ...(sourcePolicy.mirrorsWithReason > 0 ? { sourcesMirrorWithReason: sourcePolicy.mirrorsWithReason } : {}),
  };
}
