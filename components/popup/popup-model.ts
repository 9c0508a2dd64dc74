/**
 * What the popup shows, chosen from the pack and the tab's report. Pure functions, so the choices
 * (which key dates, which language, which state) are tested without rendering.
 */
import type { PageReport } from '../../lib/report/report';
import type { Lang } from '../../lib/dataset/schema';
import type { CardLanguage } from '../../lib/settings';
import { surfaceLanguage } from '../../lib/present/view-model';

/**
 * The popup's language: once it has a report for the page, the language the page's own cards use
 * (so the popup and the panel say the same thing in the same words); before that, the language of
 * the extension's pages. Labels and dataset text alike: one language, never a mix.
 */
export function popupLanguage(cardLanguage: CardLanguage, browserLang: string, report: PageReport | null): Lang {
  return surfaceLanguage(cardLanguage, report?.lang ?? null, browserLang);
}

/** What the popup says about the page as a whole. */
export type PageVerdict = 'on-topic' | 'off-topic' | 'not-article';

/** Whether the report describes an article about the story, another topic, or not an article. */
export function pageVerdict(report: PageReport): PageVerdict {
  if (report.topic.onTopic) return 'on-topic';
  return report.article ? 'off-topic' : 'not-article';
}
