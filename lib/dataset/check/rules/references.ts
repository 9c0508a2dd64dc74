/** Rules: every cited source and related entity exists, and every source is cited. */
import { isRecord, type ReportAt, type Segment } from '../types';

/**
 * Every `sources`, `related` and `holderEntities` array anywhere under entities, claims and timeline
 * must name defined ids. Walking the raw data generically covers facts, roles, positions and events
 * (and any field added later under those names) whether or not the element passed the schema.
 */
export function checkReferences(
  merged: Record<string, unknown>,
  ids: { sources: Set<string>; entities: Set<string> },
  reportAt: ReportAt,
): Set<string> {
  const cited = new Set<string>();
  const walk = (node: unknown, segments: Segment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...segments, i]));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = [...segments, key];
      if (key === 'sources' && Array.isArray(value)) {
        value.forEach((ref, i) => {
          const id =
            typeof ref === 'string' ? ref : isRecord(ref) && typeof ref.source === 'string' ? ref.source : undefined;
          if (id === undefined) return;
          cited.add(id);
          if (!ids.sources.has(id)) {
            reportAt(typeof ref === 'string' ? [...here, i] : [...here, i, 'source'], `unknown source "${id}"`);
          }
        });
      } else if ((key === 'related' || key === 'holderEntities') && Array.isArray(value)) {
        value.forEach((id, i) => {
          if (typeof id === 'string' && !ids.entities.has(id)) reportAt([...here, i], `unknown entity "${id}"`);
        });
      } else {
        walk(value, here);
      }
    }
  };
  for (const section of ['entities', 'claims', 'timeline'] as const) {
    if (Array.isArray(merged[section])) walk(merged[section], [section]);
  }
  return cited;
}

export function checkOrphanSources(sources: unknown, cited: Set<string>, reportAt: ReportAt): void {
  if (!Array.isArray(sources)) return;
  sources.forEach((source, i) => {
    if (isRecord(source) && typeof source.id === 'string' && !cited.has(source.id)) {
      reportAt(['sources', i], `source "${source.id}" is never cited`);
    }
  });
}
