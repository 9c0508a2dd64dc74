/** Rule: citations carry a passage fragment and check date (a warning until required). */
import type { SourceRef } from '../../schema';
import type { ReportAt, Segment, ValidElements } from '../types';

/**
 * Every citation of a fact, role, position or event should carry a passage fragment and check date.
 * Until each one does, the count of bare ids is a warning; with `require`, each is an error.
 */
export function checkPassages(
  valid: ValidElements,
  require: boolean,
  reportAt: ReportAt,
  warn: (message: string) => void,
): { total: number; withPassage: number; unavailable: number } {
  let total = 0;
  let withPassage = 0;
  let unavailable = 0;
  const visit = (refs: readonly SourceRef[], segments: Segment[]) =>
    refs.forEach((ref, i) => {
      total += 1;
      if (typeof ref !== 'string') {
        if (ref.passage !== undefined) withPassage += 1;
        else unavailable += 1;
        return;
      }
      if (require) {
        reportAt(
          [...segments, 'sources', i],
          `citation of "${ref}" has no passage fragment (or passageUnavailable reason) and check date`,
        );
      }
    });
  for (const { value, segments } of valid.entities) {
    value.facts.forEach((f, i) => visit(f.sources, [...segments, 'facts', i]));
    value.roles.forEach((r, i) => visit(r.sources, [...segments, 'roles', i]));
  }
  for (const { value, segments } of valid.claims) {
    value.positions.forEach((p, i) => visit(p.sources, [...segments, 'positions', i]));
  }
  for (const { value, segments } of valid.timeline) visit(value.sources, segments);
  const bare = total - withPassage - unavailable;
  if (!require && bare > 0) {
    warn(`${bare} of ${total} citations have no passage fragment and check date yet`);
  }
  return { total, withPassage, unavailable };
}
