/**
 * The toolbar popup: what Backstory found on the current tab, or a way to ask it to look. The data
 * comes from `usePopupState`; which state to show is decided by `popupView` (pure, tested as a
 * table); this file only lays the chosen state out.
 */
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import { translator } from '../../lib/i18n/translate';
import type { CuratedSite } from '../../lib/settings/sites';
import { formatIsoDate } from '../../lib/present/format';
import { buildSinceView } from '../../lib/present/since-model';
import { pickKeyEvents } from '../../lib/present/key-events';
import { TimelineExcerpt } from '../shared/timeline-excerpt';
import { SinceSection } from '../shared/since-section';
import { AlwaysRun } from './always-run';
import { DisputedPoints } from './disputed-points';
import { EntityGroups } from './entity-groups';
import { HighlightCount, PageSummary } from './page-summary';
import { popupView, type PopupView } from './popup-model';
import type { PopupServices } from './popup-services';
import { ScanControl } from './scan-control';
import { SnoozeControl } from './snooze-control';
import { usePopupState, type PopupState } from './use-popup-state';

const { t } = translator(POPUP_STRINGS);

export interface PopupAppProps {
  pack: CompiledPack;
  services: PopupServices;
  /** The outlets where the content script runs by itself (data the entrypoint passes in). */
  curatedSites: readonly CuratedSite[];
}

/** The popup's root component. */
export function PopupApp({ pack, services, curatedSites }: PopupAppProps) {
  const state = usePopupState(pack, services);
  const { load, lang, scan } = state;
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
        {load.kind === 'loading' ? (
          <p class="muted" role="status">
            {t(lang, 'loading')}
          </p>
        ) : (
          <TabView
            pack={pack}
            state={state}
            view={popupView(
              load.kind === 'ready' ? load.tab : null,
              load.kind === 'ready' ? load.report : null,
              state.settings,
              state.snoozed,
              curatedSites,
            )}
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

function TabView({ pack, state, view }: { pack: CompiledPack; state: PopupState; view: PopupView }) {
  const { lang, contentLang, scan } = state;
  if (view.kind === 'unsupported') return <Unsupported lang={lang} />;
  if (view.kind === 'never') {
    const { site } = view;
    return (
      <section class="state" aria-labelledby="state-title">
        <h2 id="state-title">{t(lang, 'never.title')}</h2>
        <p>{t(lang, 'never.body', { site })}</p>
        <HighlightCount lang={lang} count={0} />
        <button type="button" class="button" onClick={() => void state.allowSite(site)}>
          {t(lang, 'never.turnOn', { site })}
        </button>
      </section>
    );
  }

  const snooze = <SnoozeControl lang={lang} offer={view.snooze} onChange={(site, on) => void state.snooze(site, on)} />;
  const runScan = () => void state.runScan();
  if (view.kind === 'none') {
    const curatedHere = view.mode === 'auto';
    // Before any scan on a site where Backstory runs only on request, nothing was looked at: say
    // so, rather than "found nothing".
    const unscanned = !curatedHere && scan.kind === 'idle';
    const body = unscanned
      ? t(lang, 'unscanned.body', { site: view.site ?? '' })
      : t(lang, curatedHere ? 'none.bodyCurated' : 'none.body');
    return (
      <>
        <section class="state" aria-labelledby="state-title" data-state={unscanned ? 'unscanned' : 'none'}>
          <h2 id="state-title">{t(lang, unscanned ? 'unscanned.title' : 'none.title')}</h2>
          <p>{body}</p>
          {!unscanned && <HighlightCount lang={lang} count={0} />}
          {/* Where the page was already checked, scanning again is a secondary action. */}
          <ScanControl lang={lang} scan={scan} onScan={runScan} quiet={curatedHere} />
        </section>
        {snooze}
      </>
    );
  }

  const { report } = view.report;
  const since = buildSinceView(report, pack);
  // Key dates stop at the article's date when there is one: what came later is "since".
  const later = new Set(since.events.map((e) => e.id));
  const events = pickKeyEvents(
    pack.timeline.filter((e) => !later.has(e.id)),
    report,
  );
  return (
    <>
      <PageSummary lang={lang} report={report} highlightCount={view.report.highlightCount} pack={pack} />
      {scan.kind !== 'idle' && <ScanControl lang={lang} scan={scan} onScan={runScan} quiet />}
      {view.alwaysRun && state.alwaysRun && (
        <AlwaysRun
          lang={lang}
          site={view.alwaysRun.site}
          already={view.alwaysRun.already}
          onAlwaysRun={state.alwaysRun}
        />
      )}
      {report.topic.onTopic && (
        <>
          <p class="panel-link">
            <button type="button" class="button button-quiet" onClick={state.openPanel}>
              {t(lang, 'openPanel')}
            </button>
          </p>
          {/* What is distinctive first: disputed points, then the story so far, then names. */}
          <DisputedPoints lang={lang} contentLang={contentLang} pack={pack} report={report} />
          <SinceSection
            view={since}
            pack={pack}
            lang={lang}
            contentLang={contentLang}
            headingLevel={2}
            sectionClass="section"
            idPrefix="popup"
          />
          <section class="section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t(lang, 'section.timeline')}</h2>
            <TimelineExcerpt events={events} pack={pack} lang={lang} contentLang={contentLang} />
          </section>
          <EntityGroups lang={lang} contentLang={contentLang} pack={pack} report={report} />
        </>
      )}
      {snooze}
    </>
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
