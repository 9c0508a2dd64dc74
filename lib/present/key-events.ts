/** Which timeline events the popup and the reading panel show when space is short. */
import type { PageReport } from '../report/report';
import type { TimelineEvent } from '../dataset/schema';
import { compareIsoDates } from './format';

/**
 * A short timeline: events that involve something found on the page come first in the choice,
 * the rest is filled with events spread evenly over the story, and the result reads in date order.
 */
export function pickKeyEvents(timeline: readonly TimelineEvent[], report: PageReport | null, max = 7): TimelineEvent[] {
  const found = new Set<string>([
    ...(report?.entities.map((e) => e.id) ?? []),
    ...(report?.disputed.map((d) => d.id) ?? []),
  ]);
  const byDate = [...timeline].sort((a, b) => compareIsoDates(a.date, b.date));
  const relevance = (ev: TimelineEvent) => ev.related.filter((id) => found.has(id)).length;
  const related = byDate
    .filter((ev) => relevance(ev) > 0)
    .sort((a, b) => relevance(b) - relevance(a) || compareIsoDates(b.date, a.date))
    .slice(0, max);
  const chosen = new Set(related);
  const rest = byDate.filter((ev) => !chosen.has(ev));
  const missing = Math.min(max - chosen.size, rest.length);
  for (let i = 0; i < missing; i++) {
    // Evenly spaced over the remaining events, first and last included.
    const at = missing === 1 ? rest.length - 1 : Math.round((i * (rest.length - 1)) / (missing - 1));
    chosen.add(rest[at]);
  }
  return byDate.filter((ev) => chosen.has(ev));
}
