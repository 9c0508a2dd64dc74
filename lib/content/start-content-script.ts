/**
 * The engine's wiring (injected where the gate script passed, or where the reader asked): run a
 * page controller with the reader's settings and the in-page UI, tell the background what it
 * found, answer its questions, start over on SPA navigation or a settings change, and tear
 * everything down when WXT invalidates the script (extension reload or update) so no UI or
 * listener is left behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../report/report';
import type { CompiledPack } from '../pack/compiled';
import type { Lang } from '../dataset/schema';
import { passesGate } from '../detect/gate';
import { isHtmlDocument, type GateGlobals } from './gate-script';
import { toLang } from '../i18n/translate';
import { onMessage, sendMessage, withTimeout, type TabReport } from '../messages/protocol';
import { isHighlightOn, type Settings } from '../settings/model';
import { shouldRunOn, type CuratedSite, type RunDecision } from '../settings/sites';
import { getSettings, watchSettings } from '../settings/store';
import { getUiHostNames } from '../settings/ui-host';
import type { InPageUi, InPageUiOptions } from '../inpage/mount-types';
import { onInvalidatedQuietly, standDownWhenOrphaned } from './lifecycle';
import { startPageController, type PageController } from './page-controller';
import { createWorkClock, measure, type WorkClock } from './timing';

/**
 * Globals of the content script's world. A script injected again ("Scan this page") shares the world
 * of the one already there, as may a script re-injected after an update next to an orphaned one, so
 * entries record which instance set them, and an instance only ever clears its own.
 */
interface ContentGlobals extends GateGlobals {
  __backstoryForce?: boolean;
  /** The running instance, with what it found (for a second injection to return). */
  __backstoryRunning?: { report(): TabReport | null };
  /** The script context that listens for SPA navigation after the cheap check failed (once). */
  __backstoryNavWatcher?: ContentScriptContext;
}

export interface ContentScriptOptions {
  ctx: ContentScriptContext;
  /**
   * The pack, asked for once this page needs it (`pack-handoff.ts`): the engine script does not
   * carry it. Called again for a later page of a single-page app, so it should keep what it got.
   */
  loadPack: () => Promise<CompiledPack>;
  document: Document;
  window: Window & typeof globalThis;
  /** The browser's UI language, for cards when the reader chose "follow the browser". */
  uiLanguage: () => string;
  /**
   * Mounts the in-page UI (`components/inpage/mount.tsx`, with its stylesheet bound by the
   * entrypoint): passed in so that `lib/` imports no component and no stylesheet.
   */
  mountUi: (options: InPageUiOptions) => InPageUi;
  /** The highlight stylesheet's text, for highlights drawn inside open shadow roots. */
  highlightCss: string;
  /** The curated outlets (data the entrypoint passes in), for deciding here when the background is silent. */
  curatedSites: readonly CuratedSite[];
}

/** How long the content script waits for the background before it goes on without it. */
export const BACKGROUND_TIMEOUT_MS = 1_500;

function send(tabReport: TabReport | null): void {
  sendMessage('report:set', tabReport).catch(() => {
    // The background may be restarting; the popup can still ask with report:now.
  });
}

/** The report with the categories the reader switched off left out. */
function visibleReport(report: PageReport, settings: Settings): PageReport {
  return {
    ...report,
    entities: report.entities.filter((e) => isHighlightOn(settings, e.type)),
    disputed: isHighlightOn(settings, 'disputed') ? report.disputed : [],
  };
}

/** The language cards are written in. */
function cardLanguage(settings: Settings, pageLang: string, uiLanguage: string): Lang {
  const choice = settings.cardLanguage;
  if (choice === 'en' || choice === 'es') return choice;
  return toLang(choice === 'browser' ? uiLanguage : pageLang);
}

/** `passesGate`, recorded as the `backstory:gate` and `backstory:total` measures when it fails. */
function passesGateMeasured(doc: Document, win: Window, pack: CompiledPack): boolean {
  const perf = win.performance;
  const t0 = perf.now();
  let ok = false;
  try {
    ok = passesGate(doc, pack);
  } catch {
    // A page that breaks the DOM API (clobbering) gets nothing from us, and no error either.
  }
  // One entry per name, replacing the last: an SPA that navigates often must not pile them up.
  measure(perf, 'backstory:gate', t0);
  if (!ok) measure(perf, 'backstory:total', t0);
  return ok;
}

/**
 * Start Backstory on this page. Resolves with what the first analysis found (null: nothing, or not
 * run here); `scripting.executeScript` hands that value to the background for "Scan this page".
 */
export async function startContentScript(opts: ContentScriptOptions): Promise<TabReport | null> {
  const { ctx, document, window } = opts;
  const globals = globalThis as ContentGlobals;
  // Plain text, JSON, XML and SVG documents are no articles, and our UI cannot mount in them.
  if (!isHtmlDocument(document)) return null;
  // "Scan this page" injects this file again where it may already run: one controller per page.
  if (globals.__backstoryRunning) return globals.__backstoryRunning.report();
  const pack = await opts.loadPack();
  // Another injection may have started while this one waited for the pack.
  const running = globals.__backstoryRunning as ContentGlobals['__backstoryRunning'];
  if (running) return running.report();
  let controller: PageController | null = null;
  const self = { report: () => controller?.tabReport ?? null };
  globals.__backstoryRunning = self;
  const release = () => {
    if (globals.__backstoryRunning === self) globals.__backstoryRunning = undefined;
  };
  let force = globals.__backstoryForce === true;
  globals.__backstoryForce = false;
  // The gate script passed this page and the background decided to run here before injecting us.
  const handoff = globals.__backstoryGate;
  globals.__backstoryGate = undefined;
  const gated = !force && handoff !== undefined;
  let clock: WorkClock | undefined = gated ? createWorkClock(window.performance, handoff.start, handoff.ms) : undefined;

  // The cheap check first: a page that is not about the story costs a few attribute reads — no
  // storage read, no message that would wake the background, no walk of the page.
  if (!force && !gated && !passesGateMeasured(document, window, pack)) {
    release();
    if (globals.__backstoryNavWatcher !== ctx) {
      // A single-page app may still navigate to an article: look again then.
      globals.__backstoryNavWatcher = ctx;
      ctx.addEventListener(window, 'wxt:locationchange', () => void startContentScript(opts));
    }
    return null;
  }

  // The UI host's random name (ui-host.ts), read beside the settings: no stable marker in the page.
  const hostNamesRead = getUiHostNames();
  let settings = await getSettings();
  const decide = async (): Promise<RunDecision> => {
    if (force || gated) return 'auto';
    // The background also knows the sites paused for this session; ask it, else decide here.
    return withTimeout(sendMessage('site:decide'), BACKGROUND_TIMEOUT_MS).catch(() =>
      shouldRunOn(window.location.href, settings, opts.curatedSites),
    );
  };
  if ((await decide()) !== 'auto' || ctx.isInvalid) {
    release();
    return null;
  }
  const hostNames = await hostNamesRead;

  let pageRun = new AbortController();
  // The gate above passed for this page; a later SPA page gets its own check.
  let gatePassed = !force;
  const start = () => {
    const signal = pageRun.signal;
    const skipGate = gatePassed;
    gatePassed = false;
    // The gate's time counts into the first page's total only.
    const pageClock = clock;
    clock = undefined;
    controller = startPageController({
      document,
      window,
      pack,
      signal,
      gatePassed: skipGate,
      force,
      clock: pageClock,
      style: settings.style,
      shadowHighlightCss: opts.highlightCss,
      filter: (report) => visibleReport(report, settings),
      mountUi: (report, highlights) =>
        opts.mountUi({
          document,
          window,
          pack,
          report,
          highlights,
          lang: cardLanguage(settings, report.lang, opts.uiLanguage()),
          now: new Date(),
          signal,
          hostNames,
          // A newer instance (the extension was updated) took over the page: this one is done.
          onSuperseded: () => ctx.abort('superseded by a newer content script'),
        }),
      onReport: send,
    });
  };
  const restart = () => {
    pageRun.abort();
    pageRun = new AbortController();
    start();
  };
  const standDown = () => {
    pageRun.abort();
    if (controller?.tabReport) send(null);
    controller = null;
  };

  ctx.onInvalidated(() => {
    pageRun.abort();
    release();
  });
  standDownWhenOrphaned(ctx, window);
  // Single-page apps change the article without a page load: start over for the new URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    force = false;
    if (controller?.tabReport) send(null);
    restart();
  });
  // A settings change applies at once: categories, style and card language redraw; a site the
  // reader now excludes stands down.
  onInvalidatedQuietly(
    ctx,
    watchSettings((next) => {
      settings = next;
      if (!force && shouldRunOn(window.location.href, settings, opts.curatedSites) === 'never') standDown();
      else restart();
    }),
  );
  const offs = [
    onMessage('report:now', () => controller?.tabReport ?? null),
    onMessage('panel:toggle', () => controller?.togglePanel()),
    onMessage('page:stop', () => standDown()),
  ];
  for (const off of offs) onInvalidatedQuietly(ctx, off);
  start();
  // (TypeScript cannot see that start() assigned it.)
  const first = controller as PageController | null;
  await first?.ready;
  return (controller as PageController | null)?.tabReport ?? null;
}
