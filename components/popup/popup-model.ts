/**
 * What the popup shows, chosen from the pack and the tab's report. Pure functions, so the choices
 * (which key dates, which language, which state) are tested without rendering.
 */
import type { PageReport } from '../../lib/report/report';
import type { Lang } from '../../lib/dataset/schema';
import type { TabReport } from '../../lib/messages/protocol';
import { shouldRunOn, siteOfUrl, type CuratedSite } from '../../lib/settings/sites';
import type { CardLanguage, Settings } from '../../lib/settings/model';
import type { ActiveTab } from './popup-services';
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

/** Where a "Scan this page" request stands. */
export type ScanState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; found: boolean } | { kind: 'error' };

/** How Backstory runs on the tab's site (see `shouldRunOn`). */
export type RunMode = ReturnType<typeof shouldRunOn>;

/** What the popup offers about pausing the site for the session. */
export type SnoozeOffer =
  | { kind: 'none' }
  /** A pause is kept in session storage, beyond a private window: not offered there. */
  | { kind: 'private' }
  | { kind: 'offer'; site: string; snoozed: boolean };

/** What the popup shows for the tab. */
export type PopupView =
  /** A page Backstory cannot read (the browser's own pages, files, no tab). */
  | { kind: 'unsupported' }
  /** The reader turned Backstory off for this site. */
  | { kind: 'never'; site: string }
  /** Nothing found, or nothing looked at yet where Backstory runs only on request. */
  | { kind: 'none'; site: string | null; mode: RunMode; snooze: SnoozeOffer }
  | {
      kind: 'report';
      site: string | null;
      mode: RunMode;
      report: TabReport;
      snooze: SnoozeOffer;
      /** Offer "always run here" (the story was found where Backstory ran on request); `already`: it does now. */
      alwaysRun: { site: string; already: boolean } | null;
    };

/**
 * Decide what the popup shows for a tab: pure, so each case is a row in a table test. Without a
 * URL (no activeTab grant) the popup cannot tell where it is, so the scan decides.
 */
export function popupView(
  tab: ActiveTab | null,
  report: TabReport | null,
  settings: Settings,
  snoozed: readonly string[],
  curatedSites: readonly CuratedSite[],
): PopupView {
  if (!tab) return { kind: 'unsupported' };
  const site = siteOfUrl(tab.url);
  if (tab.url && !site) return { kind: 'unsupported' };
  const mode: RunMode = tab.url ? shouldRunOn(tab.url, settings, curatedSites, snoozed) : 'on-request';
  if (mode === 'never' && site) return { kind: 'never', site };
  const isSnoozed = site !== null && snoozed.includes(site);
  // Pausing means something here runs by itself: not offered where Backstory runs only on request.
  const snooze: SnoozeOffer =
    mode !== 'auto' && !isSnoozed
      ? { kind: 'none' }
      : tab.incognito
        ? { kind: 'private' }
        : site
          ? { kind: 'offer', site, snoozed: isSnoozed }
          : { kind: 'none' };
  if (!report) return { kind: 'none', site, mode, snooze };
  // Offered whenever the page was read on request and found the story, also when the popup is
  // opened again later: the offer must not depend on this popup having run the scan.
  const runsHere = mode === 'on-request' || (site !== null && settings.sites.always.includes(site));
  const offer = report.report.topic.onTopic && site && !tab.incognito && runsHere;
  const alwaysRun = offer && site ? { site, already: mode !== 'on-request' } : null;
  return { kind: 'report', site, mode, report, snooze, alwaysRun };
}
