/**
 * The one count of what a page holds, shared by the toolbar badge, the launcher, the panel and the
 * popup so that they never disagree.
 *
 * A "disputed point" is a claim, not a passage: the reader meets one question with its positions,
 * holders and sources on one card, however many sentences of the article touch it. Counting
 * passages would tell a reader "5 disputed points" and then show four cards. Names likewise count
 * distinct entities, not mentions.
 */
import type { PageReport } from '../report/report';

/** Distinct entities with a mention on the page, and distinct disputed claims. */
export function countFound(report: Pick<PageReport, 'entities' | 'disputed'>): { entities: number; disputed: number } {
  const entities = new Set(report.entities.filter((e) => e.mentions.length > 0).map((e) => e.id));
  const disputed = new Set(report.disputed.map((d) => d.id));
  return { entities: entities.size, disputed: disputed.size };
}
