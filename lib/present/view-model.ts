/**
 * What the cards and the panel show, selected from the pack and the page report. Pure functions,
 * so the choices (which facts, which roles count as former, which timeline events, reading order)
 * are tested without rendering anything.
 */
import { CATEGORY_OF_TYPE, HIGHLIGHT_CATEGORIES, type CardLanguage, type HighlightCategory } from '../settings/model';
import { toLang } from '../i18n/translate';
import { mentionCount, mentionWording, passageCount, type PageReport } from '../report/report';
import type { ClaimView, CompiledPack } from '../pack/compiled';
import type { Entity, EntityType, Lang, Role, Source, SourceRef, TimelineEvent } from '../dataset/schema';
import type { HighlightKind } from '../dom/highlight';
import { compareIsoDates, hasEnded, hasStarted } from './format';

/**
 * Panel sections, in the order they are listed: the same groups the reader switches on and off in
 * the options (one table, `lib/settings/model.ts`).
 */
export const PANEL_GROUPS = HIGHLIGHT_CATEGORIES;
export type PanelGroupId = HighlightCategory;

/** Which panel section each entity type belongs to. */
export const GROUP_OF_TYPE: Record<EntityType, PanelGroupId> = CATEGORY_OF_TYPE;

/** What a card is about: an entity or a disputed point (claim). */
export interface CardTarget {
  kind: 'entity' | 'claim';
  id: string;
}

/** One row of the panel. */
export interface PanelItem {
  /** Stable key: `entity:<id>` or `claim:<id>`. */
  key: string;
  target: CardTarget;
  kind: HighlightKind;
  label: string;
  /** Offset of the first mention in the article text: the reading order. */
  start: number;
  /** Mentions (entities) or passages (disputed points) on the page. */
  count: number;
  /** For disputed points, the first passage as it appears in the article. */
  excerpt?: string;
}

export interface PanelGroup {
  id: PanelGroupId;
  items: PanelItem[];
}

/**
 * Group what the report found, each group in reading order; empty groups are left out. Entities
 * and disputed points are counted once per id, which is also what the launcher counts.
 */
export function buildPanelGroups(
  report: PageReport,
  labelOf?: (target: CardTarget) => string | undefined,
): PanelGroup[] {
  const byGroup = new Map<PanelGroupId, PanelItem[]>();
  const push = (group: PanelGroupId, item: PanelItem) => {
    const list = byGroup.get(group) ?? [];
    list.push(item);
    byGroup.set(group, list);
  };
  for (const e of report.entities) {
    if (e.mentions.length === 0) continue;
    const start = Math.min(...e.mentions.map((m) => m.start));
    push(GROUP_OF_TYPE[e.type], {
      key: `entity:${e.id}`,
      target: { kind: 'entity', id: e.id },
      kind: e.type,
      label: labelOf?.({ kind: 'entity', id: e.id }) ?? e.name,
      start,
      count: mentionCount(e),
    });
  }
  const claims = new Map<string, PanelItem>();
  for (const d of report.disputed) {
    const seen = claims.get(d.id);
    if (seen) {
      seen.count += passageCount(d);
      if (d.start < seen.start) Object.assign(seen, { start: d.start, excerpt: d.text });
      continue;
    }
    claims.set(d.id, {
      key: `claim:${d.id}`,
      target: { kind: 'claim', id: d.id },
      kind: 'disputed',
      label: labelOf?.({ kind: 'claim', id: d.id }) ?? d.title,
      start: d.start,
      count: passageCount(d),
      excerpt: d.text,
    });
  }
  for (const item of claims.values()) push('disputed', item);
  return PANEL_GROUPS.filter((g) => byGroup.has(g)).map((id) => ({
    id,
    items: byGroup.get(id)!.sort((a, b) => a.start - b.start),
  }));
}

/** Distinct entities and distinct disputed points found: one count everywhere (see counts.ts). */
export { countFound } from './counts';

/** A role as a card shows it. */
export interface RoleView {
  role: Role;
  /** Ended before `now`: shown as "Former …" with its term. */
  former: boolean;
}

/**
 * Current roles first (latest start first), then ended ones (latest end first), at most `limit`.
 * A role is former when its `to` date is over by `now`, whatever the pack's review date says; a
 * role announced but not begun by `now` is left out.
 */
export function selectRoles(entity: Entity, now: Date, limit = 2): RoleView[] {
  const views = entity.roles
    .filter((role) => hasStarted(role.from, now))
    .map((role) => ({ role, former: hasEnded(role.to, now) }));
  const current = views.filter((v) => !v.former).sort((a, b) => compareIsoDates(b.role.from, a.role.from));
  const former = views.filter((v) => v.former).sort((a, b) => compareIsoDates(b.role.to ?? '', a.role.to ?? ''));
  return [...current, ...former].slice(0, limit);
}

/** The most recent `limit` facts (3–5 by the brief), shown oldest first so they read as a story. */
export function selectFacts(entity: Entity, limit = 5): Entity['facts'] {
  return [...entity.facts]
    .sort((a, b) => compareIsoDates(b.date, a.date))
    .slice(0, limit)
    .sort((a, b) => compareIsoDates(a.date, b.date));
}

/** The `limit` most recent timeline events that involve `entityId`, oldest first. */
export function selectTimeline(pack: CompiledPack, entityId: string, limit = 4): TimelineEvent[] {
  return pack.timeline
    .filter((ev) => ev.related.includes(entityId))
    .sort((a, b) => compareIsoDates(b.date, a.date))
    .slice(0, limit)
    .sort((a, b) => compareIsoDates(a.date, b.date));
}

/** The latest day any of these citations was checked against its page, if any was. */
export function lastChecked(refs: readonly SourceRef[]): string | undefined {
  const days = refs.flatMap((r) => (typeof r === 'string' ? [] : [r.checked])).sort();
  return days.at(-1);
}

/** A source as one statement cites it: with the passage that supports it and when that was checked. */
export type CitedSource = Source & { passage?: string; checked?: string };

/** Resolve citations (ids or passage links), skipping ids the pack does not have (the data check reports those). */
export function resolveSources(pack: CompiledPack, refs: readonly SourceRef[]): CitedSource[] {
  return refs.flatMap((ref): CitedSource[] => {
    const source = pack.sources[typeof ref === 'string' ? ref : ref.source];
    if (!source) return [];
    if (typeof ref === 'string') return [source];
    // A citation marked passageUnavailable opens the page itself, still with its check date.
    return [
      ref.passage === undefined
        ? { ...source, checked: ref.checked }
        : { ...source, passage: ref.passage, checked: ref.checked },
    ];
  });
}

/**
 * The page text that made an entity highlighted: distinct matched strings, the one under the
 * pointer first, and the number of mentions.
 */
export function matchedAliases(
  report: PageReport,
  entityId: string,
  hoveredStart?: number,
): { aliases: string[]; count: number } {
  const hit = report.entities.find((e) => e.id === entityId);
  if (!hit) return { aliases: [], count: 0 };
  const hovered = hit.mentions.find((m) => m.start === hoveredStart);
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const m of hovered ? [hovered, ...hit.mentions] : hit.mentions) {
    const text = mentionWording(m);
    if (text && !seen.has(text)) {
      seen.add(text);
      aliases.push(text);
    }
  }
  return { aliases, count: mentionCount(hit) };
}

/** The article's passage for a disputed point: the one under the pointer, else the first. */
export function claimExcerpt(report: PageReport, claimId: string, hoveredStart?: number): string | undefined {
  const hits = report.disputed.filter((d) => d.id === claimId);
  return (hits.find((d) => d.start === hoveredStart) ?? hits[0])?.text;
}

/** Look up an entity or a claim by id. */
export function findEntity(pack: CompiledPack, id: string): Entity | undefined {
  return pack.entities.find((e) => e.id === id);
}

/** Look up a claim by id. */
export function findClaim(pack: CompiledPack, id: string): ClaimView | undefined {
  return pack.claims.find((c) => c.id === id);
}

/** The entity's name in `lang`, falling back to English. */
export function entityName(entity: Entity, lang: Lang): string {
  return (entity.names[lang] ?? entity.names.en).canonical;
}

/**
 * Language for dataset text: the language the labels around it are in, so a card, the panel or the
 * popup never mixes two (the report's names are in the page's language, so lists are relabelled
 * from the pack). Only a pack without that language falls back, to its first one.
 */
export function contentLanguage(pack: CompiledPack, uiLang: Lang): Lang {
  const langs = pack.meta.languages as readonly string[];
  return langs.includes(uiLang) ? uiLang : (langs[0] as Lang);
}

/**
 * The one language rule, for everything Backstory writes about a page (launcher, panel, cards, and
 * the toolbar popup once it has a report for the page): the reader's fixed choice; else the
 * browser's language; else ("follow the article") the article's language. Without a page language
 * (the popup before any scan, the options page), the browser's.
 */
export function surfaceLanguage(choice: CardLanguage, pageLang: string | null | undefined, browserLang: string): Lang {
  if (choice === 'en' || choice === 'es') return choice;
  if (choice === 'page' && pageLang) return toLang(pageLang);
  return toLang(browserLang);
}

/** Panel and popup rows labelled in `lang` from the pack (falls back to the report's own label). */
export function packLabel(pack: CompiledPack, lang: Lang): (target: CardTarget) => string | undefined {
  return (target) => {
    if (target.kind === 'entity') {
      const e = findEntity(pack, target.id);
      return e ? entityName(e, lang) : undefined;
    }
    return findClaim(pack, target.id)?.title[lang];
  };
}
