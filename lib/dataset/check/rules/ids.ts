/** Rule: ids are unique within their section (topic signals and negatives share one space). */
import { ARRAY_SECTIONS, type ArraySection, isRecord, type ReportAt, type Segment } from '../types';

export function collectIds(section: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(section)) {
    for (const item of section) if (isRecord(item) && typeof item.id === 'string') ids.add(item.id);
  }
  return ids;
}

export const ID_KIND: Record<ArraySection, string> = {
  sources: 'source',
  entities: 'entity',
  claims: 'claim',
  timeline: 'timeline event',
};

export function checkDuplicateIds(merged: Record<string, unknown>, reportAt: ReportAt): void {
  const firstSeen = (prefix: Segment[], items: unknown, seen: Map<string, Segment[]>, kind: string) => {
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (!isRecord(item) || typeof item.id !== 'string') return;
      const here = [...prefix, i, 'id'];
      const first = seen.get(item.id);
      if (first) {
        reportAt(here, `duplicate ${kind} id "${item.id}" (first defined at ${reportAt.where(first)})`);
      } else {
        seen.set(item.id, here);
      }
    });
  };
  for (const section of ARRAY_SECTIONS) firstSeen([section], merged[section], new Map(), ID_KIND[section]);
  if (isRecord(merged.topic)) {
    // Signals and negatives share one id space: the report's reasons name signals by id.
    const signalIds = new Map<string, Segment[]>();
    firstSeen(['topic', 'signals'], merged.topic.signals, signalIds, 'topic signal');
    firstSeen(['topic', 'negatives'], merged.topic.negatives, signalIds, 'topic signal');
  }
}
