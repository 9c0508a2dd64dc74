/**
 * "Since this article was published": what the pack knows happened after the article's date,
 * chosen and ordered for the reader. Pure, so the choice is tested without rendering.
 *
 * "Most consequential first" is read as: most consequential *for this article*. An event counts
 * more when it involves the people and institutions the article names, and more again when it
 * changed where one of the article's disputed points stands (its status date); ties go to the
 * earlier event, so the list still reads as a story.
 *
 * Which events are "after" is decided once, by the analysis (`report.since`, the same list the
 * analyze CLI prints), so the panel, the popup and the CLI can never disagree about it.
 */
import type { PageReport } from '../report/report';
import { eventsSince } from '../analysis/since';
import type { Entity, Position, Role, TimelineEvent } from '../dataset/schema';
import type { ClaimView, CompiledPack } from '../pack/compiled';
import { endOfIsoDate, startOfIsoDate } from './format';

/** A disputed point on the page whose status was set after the article, and what was said since. */
export interface ChangedClaim {
  claim: ClaimView;
  /** Positions stated after the article, in the dataset's order. */
  laterPositions: Position[];
}

export interface SinceView {
  /**
   * `dated`: on topic with a publication day, the section is shown. `undated`: on topic without a
   * reliable date, only "date unknown" is said. `unread`: the date is not read yet (the first draw
   * of a page comes before it), nothing is shown until it is. `off-topic`: nothing is shown at all.
   */
  state: 'dated' | 'undated' | 'unread' | 'off-topic';
  /** The article's publication day, or null when the page states none. */
  published: string | null;
  /** The article is newer than the pack's review: later developments may be missing. */
  newerThanPack: boolean;
  /** Events after `published`, most consequential first. */
  events: TimelineEvent[];
  /** Disputed points on the page whose status was set after `published`, in the pack's order. */
  changedClaims: ChangedClaim[];
}

/** True when the whole of a (possibly partial) ISO date lies after the day `published`. */
export function isAfterDay(date: string, published: string): boolean {
  return startOfIsoDate(date) > endOfIsoDate(published);
}

/** What to show about the time since the article was published (nothing without a date). */
export function buildSinceView(report: PageReport, pack: CompiledPack): SinceView {
  const published = report.published ?? null;
  if (!report.topic.onTopic)
    return { state: 'off-topic', published, newerThanPack: false, events: [], changedClaims: [] };
  if (report.published === undefined)
    return { state: 'unread', published, newerThanPack: false, events: [], changedClaims: [] };
  if (!published) return { state: 'undated', published, newerThanPack: false, events: [], changedClaims: [] };

  const onPage = new Set(report.entities.filter((e) => e.mentions.length > 0).map((e) => e.id));
  const claimsOnPage = new Set(report.disputed.map((d) => d.id));
  const changedClaims = pack.claims
    .filter((c) => claimsOnPage.has(c.id) && isAfterDay(c.status.date, published))
    .map((claim) => ({ claim, laterPositions: claim.positions.filter((p) => isAfterDay(p.date, published)) }));
  const statusDates = new Set(changedClaims.map((c) => c.claim.status.date));

  const byId = new Map(pack.timeline.map((event) => [event.id, event]));
  const later = (report.since ?? eventsSince(pack.timeline, published))
    .map((s) => byId.get(s.id))
    .filter((event): event is TimelineEvent => event !== undefined);
  const weight = (event: TimelineEvent): number =>
    event.related.filter((id) => onPage.has(id)).length * 2 + (statusDates.has(event.date) ? 3 : 0);
  const events = later
    .map((event) => ({ event, weight: weight(event) }))
    .sort((a, b) => b.weight - a.weight || startOfIsoDate(a.event.date) - startOfIsoDate(b.event.date))
    .map(({ event }) => event);

  return {
    state: 'dated',
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
  /** Roles held when the article was published. */
  then: Role[];
  /** Of `then`, the ones that have ended by `now`. */
  ended: Role[];
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
    (r) =>
      isAfterDay(r.from, published) && startOfIsoDate(r.from) <= nowTime && (!r.to || endOfIsoDate(r.to) >= nowTime),
  );
  const ended = then.filter((r) => r.to && endOfIsoDate(r.to) < nowTime);
  if (later.length === 0 && ended.length === 0) return null;
  return { then, ended, now: later };
}
