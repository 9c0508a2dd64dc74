/**
 * The toolbar popup: what Backstory found on the current tab, or a way to ask it to look.
 * Reads the tab's report from the background (which keeps it in `storage.session`, so the popup
 * works after the service worker was stopped), and the reader's settings and session snooze.
 */
import { translator } from '../../lib/i18n/translate';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import { useEffect, useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import type { TabReport } from '../../lib/messages/protocol';
import { NEWS_SITES } from '../../lib/news-sites';
import {
  defaultSettings,
  getSettings,
  getSnoozedSites,
  setSiteSnoozed,
  originsForSite,
  shouldRunOn,
  siteOfUrl,
  updateSettings,
  watchSettings,
  type CuratedSite,
  type Settings,
} from '../../lib/settings';
import { formatIsoDate } from '../../lib/present/format';
import { DisputedPoints } from './disputed-points';
import { EntityGroups } from './entity-groups';
import { TimelineExcerpt } from '../shared/timeline-excerpt';
import { SinceSection } from '../shared/since-section';
import { buildSinceView } from '../../lib/present/since-model';
import { HighlightCount, PageSummary } from './page-summary';
import { contentLanguage } from '../../lib/present/view-model';
import { popupLanguage } from './popup-model';
import { pickKeyEvents } from '../../lib/present/key-events';
import type { ActiveTab, PopupServices } from './popup-services';

const { t } = translator(POPUP_STRINGS);

export interface PopupAppProps {
  pack: CompiledPack;
  services: PopupServices;
  /** The outlets where the content script runs by itself (defaults to the shipped list). */
  curatedSites?: readonly CuratedSite[];
}

type ScanState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; found: boolean }
  | { kind: 'error' };

type Load =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'ready'; tab: ActiveTab; report: TabReport | null };

/** The popup's root component. */
export function PopupApp({ pack, services, curatedSites = NEWS_SITES }: PopupAppProps) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [settings, setSettingsState] = useState<Settings>(defaultSettings);
  const [snoozed, setSnoozed] = useState<string[]>([]);
  const [scan, setScan] = useState<ScanState>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const [loadedSettings, loadedSnoozed, tab] = await Promise.all([
        getSettings(),
        getSnoozedSites(),
        services.activeTab().catch(() => null),
      ]);
      if (!live) return;
      setSettingsState(loadedSettings);
      setSnoozed(loadedSnoozed);
      if (!tab) {
        setLoad({ kind: 'no-tab' });
        return;
      }
      // A background that cannot answer reads as "nothing found"; the reader can still scan.
      const report = await services.getReport(tab.id).catch(() => null);
      if (live) setLoad({ kind: 'ready', tab, report });
    })();
    const stop = watchSettings((next) => setSettingsState(next));
    return () => {
      live = false;
      stop();
    };
  }, [services]);

  const report = load.kind === 'ready' ? load.report : null;
  const lang = popupLanguage(settings.cardLanguage, safeUiLanguage(services), report?.report ?? null);
  const contentLang = contentLanguage(pack, lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const runScan = async () => {
    if (load.kind !== 'ready') return;
    setScan({ kind: 'running' });
    try {
      const result = await services.scan(load.tab.id);
      setLoad({ ...load, report: result });
      setScan({ kind: 'done', found: result !== null });
    } catch {
      setScan({ kind: 'error' });
    }
  };

  return (
    <div class="popup" lang={lang} aria-busy={load.kind === 'loading' || scan.kind === 'running'}>
      <header class="popup-header">
        <div>
          <h1 class="popup-title">{t(lang, 'app.name')}</h1>
          <p class="popup-tagline">{t(lang, 'app.tagline', { topic: pack.meta.title[lang] })}</p>
        </div>
        <button type="button" class="link-button" onClick={() => services.openOptions()}>
          {t(lang, 'openOptions')}
        </button>
      </header>
      <main class="popup-main">
        {load.kind === 'loading' && (
          <p class="muted" role="status">
            {t(lang, 'loading')}
          </p>
        )}
        {load.kind === 'no-tab' && <Unsupported lang={lang} />}
        {load.kind === 'ready' && (
          <TabView
            lang={lang}
            contentLang={contentLang}
            pack={pack}
            tab={load.tab}
            report={load.report}
            settings={settings}
            snoozed={snoozed}
            curatedSites={curatedSites}
            scan={scan}
            onScan={runScan}
            onOpenPanel={() => {
              if (load.kind === 'ready') services.togglePanel(load.tab.id).catch(() => {});
            }}
            onSnooze={async (site, on) => setSnoozed(await setSiteSnoozed(site, on))}
            onAlwaysRun={
              services.requestOrigins
                ? (site) =>
                    // The permission prompt must start in the click, before anything is awaited.
                    services.requestOrigins!(originsForSite(site)).then(async (granted) => {
                      if (!granted) return false;
                      const next = await updateSettings((s) => ({
                        sites: {
                          always: [...s.sites.always.filter((n) => n !== site), site],
                          never: s.sites.never.filter((n) => n !== site),
                        },
                      }));
                      setSettingsState(next);
                      return true;
                    })
                : undefined
            }
            onAllowSite={async (site) => {
              const next = await updateSettings((s) => ({
                sites: { never: s.sites.never.filter((n) => n !== site) },
              }));
              setSettingsState(next);
            }}
          />
        )}
      </main>
      <footer class="popup-footer">
        <p>
          {t(lang, 'dataset.line', {
            version: pack.meta.version,
            date: formatIsoDate(pack.meta.reviewedAt, lang),
          })}
        </p>
        <p class="muted">{t(lang, 'privacy')}</p>
      </footer>
    </div>
  );
}

function safeUiLanguage(services: PopupServices): string {
  try {
    return services.uiLanguage();
  } catch {
    return 'en';
  }
}

interface TabViewProps {
  lang: Lang;
  contentLang: Lang;
  pack: CompiledPack;
  tab: ActiveTab;
  report: TabReport | null;
  settings: Settings;
  snoozed: string[];
  curatedSites: readonly CuratedSite[];
  scan: ScanState;
  onScan(): void;
  onOpenPanel(): void;
  onSnooze(site: string, snoozed: boolean): void;
  onAllowSite(site: string): void;
  /** Add the site to "always run" (asks for host access); absent where that cannot be asked. */
  onAlwaysRun?: (site: string) => Promise<boolean>;
}

function TabView(props: TabViewProps) {
  const { lang, contentLang, pack, tab, report, settings, snoozed, scan } = props;
  // Without a URL (no activeTab grant) the popup cannot tell; let the scan decide.
  const site = siteOfUrl(tab.url);
  const mode = tab.url
    ? shouldRunOn(tab.url, settings, props.curatedSites, snoozed)
    : 'on-request';

  if (tab.url && !site) return <Unsupported lang={lang} />;
  if (mode === 'never' && site) {
    return (
      <section class="state" aria-labelledby="state-title">
        <h2 id="state-title">{t(lang, 'never.title')}</h2>
        <p>{t(lang, 'never.body', { site })}</p>
        <HighlightCount lang={lang} count={0} />
        <button type="button" class="button" onClick={() => props.onAllowSite(site)}>
          {t(lang, 'never.turnOn', { site })}
        </button>
      </section>
    );
  }

  const isSnoozed = site !== null && snoozed.includes(site);
  // A paused site is remembered (session storage) beyond the private window: not offered there.
  // Pausing means something here runs by itself: not offered where Backstory runs only on request.
  const snoozeControl = mode !== 'auto' && !isSnoozed ? null : tab.incognito ? (
    <p class="muted" data-testid="private-note">
      {t(lang, 'private.note')}
    </p>
  ) : (
    site && <SnoozeControl lang={lang} site={site} snoozed={isSnoozed} onChange={props.onSnooze} />
  );

  if (!report) {
    const curatedHere = mode === 'auto';
    // Before any scan on a site where Backstory runs only on request, nothing was looked at: say
    // so, rather than "found nothing".
    const unscanned = !curatedHere && scan.kind === 'idle';
    return (
      <>
        <section class="state" aria-labelledby="state-title" data-state={unscanned ? 'unscanned' : 'none'}>
          <h2 id="state-title">{t(lang, unscanned ? 'unscanned.title' : 'none.title')}</h2>
          <p>{unscanned ? t(lang, 'unscanned.body', { site: site ?? '' }) : t(lang, curatedHere ? 'none.bodyCurated' : 'none.body')}</p>
          {!unscanned && <HighlightCount lang={lang} count={0} />}
          {/* Where the page was already checked, scanning again is a secondary action. */}
          <ScanControl lang={lang} scan={scan} onScan={props.onScan} quiet={curatedHere} />
        </section>
        {snoozeControl}
      </>
    );
  }

  const since = buildSinceView(report.report, pack);
  // Key dates stop at the article's date when there is one: what came later is "since".
  const later = new Set(since.events.map((e) => e.id));
  const events = pickKeyEvents(pack.timeline.filter((e) => !later.has(e.id)), report.report);
  return (
    <>
      <PageSummary lang={lang} report={report.report} highlightCount={report.highlightCount} pack={pack} />
      {scan.kind !== 'idle' && <ScanControl lang={lang} scan={scan} onScan={props.onScan} quiet />}
      {/* Offered whenever the page was read on request and found the story, also when the popup is
          opened again later: the offer must not depend on this popup having run the scan. */}
      {report.report.topic.onTopic && site && (mode === 'on-request' || settings.sites.always.includes(site)) && !tab.incognito && props.onAlwaysRun && (
        <AlwaysRun lang={lang} site={site} already={mode !== 'on-request'} onAlwaysRun={props.onAlwaysRun} />
      )}
      {report.report.topic.onTopic && (
        <>
          <p class="panel-link">
            <button type="button" class="button button-quiet" onClick={props.onOpenPanel}>
              {t(lang, 'openPanel')}
            </button>
          </p>
          {/* What is distinctive first: disputed points, then the story so far, then names. */}
          <DisputedPoints lang={lang} contentLang={contentLang} pack={pack} report={report.report} />
          <SinceSection view={since} pack={pack} lang={lang} contentLang={contentLang} headingLevel={2} sectionClass="section" idPrefix="popup" />
          <section class="section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t(lang, 'section.timeline')}</h2>
            <TimelineExcerpt events={events} pack={pack} lang={lang} contentLang={contentLang} />
          </section>
          <EntityGroups lang={lang} contentLang={contentLang} pack={pack} report={report.report} />
        </>
      )}
      {snoozeControl}
    </>
  );
}

/** After a scan found the story on a site where Backstory runs on request: offer to run here always. */
function AlwaysRun({ lang, site, already, onAlwaysRun }: { lang: Lang; site: string; already: boolean; onAlwaysRun(site: string): Promise<boolean> }) {
  const [state, setState] = useState<'offer' | 'done' | 'denied'>('offer');
  // Already running by itself there (and not just granted in this popup): nothing to offer.
  if (already && state === 'offer') return null;
  return (
    <div class="always-run" data-testid="always-run">
      {state === 'offer' && <p class="muted">{t(lang, 'always.lasts', { site })}</p>}
      {state === 'offer' && (
        <button
          type="button"
          class="button"
          onClick={() => void onAlwaysRun(site).then((ok) => setState(ok ? 'done' : 'denied'), () => setState('denied'))}
        >
          {t(lang, 'always.button', { site })}
        </button>
      )}
      <p role="status" class="muted">
        {state === 'done' && t(lang, 'always.done', { site })}
        {state === 'denied' && t(lang, 'always.denied', { site })}
      </p>
    </div>
  );
}

function ScanControl({ lang, scan, onScan, quiet = false }: { lang: Lang; scan: ScanState; onScan(): void; quiet?: boolean }) {
  return (
    <div class="scan">
      {scan.kind !== 'running' && (
        <button type="button" class={quiet ? 'button button-quiet' : 'button'} data-testid="scan-button" onClick={onScan}>
          {t(lang, scan.kind === 'idle' && !quiet ? 'scan.button' : 'scan.again')}
        </button>
      )}
      <div role="status" aria-live="polite" class="scan-status">
        {scan.kind === 'running' && (
          <p>
            <span class="spinner" aria-hidden="true" />
            {t(lang, 'scan.running')}
          </p>
        )}
        {scan.kind === 'done' && !scan.found && <p>{t(lang, 'scan.noResult')}</p>}
      </div>
      {scan.kind === 'error' && (
        <div role="alert" class="notice">
          <p>
            <strong>{t(lang, 'scan.error')}</strong>
          </p>
          <p>{t(lang, 'scan.errorDetail')}</p>
        </div>
      )}
    </div>
  );
}

function SnoozeControl(props: {
  lang: Lang;
  site: string;
  snoozed: boolean;
  onChange(site: string, snoozed: boolean): void;
}) {
  const { lang, site, snoozed } = props;
  return (
    <section class="snooze" aria-label={t(lang, snoozed ? 'snooze.resume' : 'snooze.button', { site })}>
      {snoozed && (
        <p class="muted" role="status">
          {t(lang, 'snooze.active', { site })}
        </p>
      )}
      <button
        type="button"
        class="link-button"
        aria-describedby={snoozed ? undefined : 'snooze-help'}
        onClick={() => props.onChange(site, !snoozed)}
      >
        {t(lang, snoozed ? 'snooze.resume' : 'snooze.button', { site })}
      </button>
      {!snoozed && (
        <p id="snooze-help" class="visually-hidden">
          {t(lang, 'snooze.help')}
        </p>
      )}
    </section>
  );
}

function Unsupported({ lang }: { lang: Lang }) {
  return (
    <section class="state" aria-labelledby="state-title">
      <h2 id="state-title">{t(lang, 'unsupported.title')}</h2>
      <p>{t(lang, 'unsupported.body')}</p>
    </section>
  );
}
