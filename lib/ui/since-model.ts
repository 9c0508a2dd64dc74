/**
 * "Since this article was published": what the pack knows happened after the article's date,
 * chosen and ordered for the reader. Pure, so the choice is tested without rendering.
 *
 * "Most consequential first" is read as: most consequential *for this article*. An event counts
 * more when it involves the people and institutions the article names, and more again when it
 * changed where one of the article's disputed points stands (its status date); ties go to the
 * earlier event, so the list still reads as a story.
 */
import type { PageReport } from '../analysis/report';
import type { CompiledPack } from '../dataset/compiled';
import type { Claim, Entity, Role, TimelineEvent } from '../dataset/schema';
import { endOfIsoDate, startOfIsoDate } from './format';

export interface SinceView {
  /** The article's publication day, or null when the page states none. */
  published: string | null;
  /** The article is newer than the pack's review: later developments may be missing. */
  newerThanPack: boolean;
  /** Events after `published`, most consequential first. */
  events: TimelineEvent[];
  /** Disputed points on the page whose status was set after `published`. */
  changedClaims: Claim[];
}

/** True when the whole of a (possibly partial) ISO date lies after the day `published`. */
export function isAfterDay(date: string, published: string): boolean {
  return startOfIsoDate(date) > endOfIsoDate(published);
}

/** What to show about the time since the article was published (nothing without a date). */
export function buildSinceView(report: PageReport, pack: CompiledPack): SinceView {
  const published = report.published ?? null;
  if (!published || !report.topic.onTopic) {
    return { published, newerThanPack: false, events: [], changedClaims: [] };
  }
  const onPage = new Set(report.entities.filter((e) => e.mentions.length > 0).map((e) => e.id));
  const claimsOnPage = new Set(report.disputed.map((d) => d.id));
  const changedClaims = pack.claims.filter((c) => claimsOnPage.has(c.id) && isAfterDay(c.status.date, published));
  const statusDates = new Set(changedClaims.map((c) => c.status.date));

  const weight = (event: TimelineEvent): number =>
    event.related.filter((id) => onPage.has(id)).length * 2 + (statusDates.has(event.date) ? 3 : 0);
  const events = pack.timeline
    .filter((event) => isAfterDay(event.date, published))
    .map((event) => ({ event, weight: weight(event) }))
    .sort((a, b) => b.weight - a.weight || startOfIsoDate(a.event.date) - startOfIsoDate(b.event.date))
    .map(({ event }) => event);

  return {
    published,
    newerThanPack: published > pack.meta.reviewedAt,
    events,
    changedClaims,
  };
}

/** Roles held on a day (started by its end, not ended before its start). */
function rolesOn(entity: Entity, day: string): Role[] {
  const start = startOfIsoDate(day);
  const end = endOfIsoDate(day);
  return entity.roles.filter((r) => startOfIsoDate(r.from) <= end && (!r.to || endOfIsoDate(r.to) >= start));
}

export interface RolesThenNow {
  then: Role[];
  /** Roles begun after the article, current at `now`. */
  now: Role[];
}

/**
 * The roles a person held when the article was published and the ones taken up since, when they
 * differ ("Secretary of Homeland Security when this was published; since March 2026, …"); null
 * when nothing changed or the article's date is unknown.
 */
export function rolesThenAndNow(entity: Entity, published: string | null | undefined, now: Date): RolesThenNow | null {
  if (!published || entity.roles.length === 0) return null;
  const then = rolesOn(entity, published);
  const nowTime = now.getTime();
  const later = entity.roles.filter(
    (r) => isAfterDay(r.from, published) && startOfIsoDate(r.from) <= nowTime && (!r.to || endOfIsoDate(r.to) >= nowTime),
  );
  const thenEnded = then.some((r) => r.to && endOfIsoDate(r.to) < nowTime);
  if (later.length === 0 && !thenEnded) return null;
  return { then, now: later };
}
