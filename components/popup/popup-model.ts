/**
 * What the popup shows, chosen from the pack and the tab's report. Pure functions, so the choices
 * (which key dates, which language, which state) are tested without rendering.
 */
import type { PageReport } from '../../lib/analysis/report';
import type { Lang, TimelineEvent } from '../../lib/dataset/schema';
import { translate } from '../../lib/i18n/translate';
import { POPUP_STRINGS, type PopupKey } from '../../lib/i18n/strings/popup';
import type { CardLanguage } from '../../lib/settings';
import { compareIsoDates } from '../../lib/ui/format';
import { surfaceLanguage } from '../../lib/ui/view-model';

/** Translate a popup string. */
export function tp(lang: Lang, key: PopupKey, params?: Record<string, string | number>): string {
  return translate(POPUP_STRINGS, lang, key, params);
}

type PluralBase<K extends string> = K extends `${infer B}.one` ? B : never;
/** Popup keys with `.one` and `.other` forms. */
export type PopupPluralKey = PluralBase<PopupKey>;

/** The `.one` or `.other` form of `base` for `count`, by the language's plural rules. */
export function pluralP(lang: Lang, base: PopupPluralKey, count: number): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return tp(lang, `${base}.${form}` as PopupKey, { count });
}

/**
 * The popup's language: once it has a report for the page, the language the page's own cards use
 * (so the popup and the panel say the same thing in the same words); before that, the language of
 * the extension's pages. Labels and dataset text alike: one language, never a mix.
 */
export function popupLanguage(cardLanguage: CardLanguage, browserLang: string, report: PageReport | null): Lang {
  return surfaceLanguage(cardLanguage, report?.lang ?? null, browserLang);
}

/**
 * A short timeline: events that involve something found on the page come first in the choice,
 * the rest is filled with events spread evenly over the story, and the result reads in date order.
 */
export function pickKeyEvents(
  timeline: readonly TimelineEvent[],
  report: PageReport | null,
  max = 7,
): TimelineEvent[] {
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

/** What the popup says about the page as a whole. */
export type PageVerdict = 'on-topic' | 'off-topic' | 'not-article';

/** Whether the report describes an article about the story, another topic, or not an article. */
export function pageVerdict(report: PageReport): PageVerdict {
  if (report.topic.onTopic) return 'on-topic';
  return report.article ? 'off-topic' : 'not-article';
}
