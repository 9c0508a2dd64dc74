/**
 * The background's wiring: message handlers, badge upkeep, the reader's site choices and the panel
 * shortcut. All state lives in storage (see tab-reports.ts), so a stopped service worker loses
 * nothing; handlers validate every payload and answer only our own extension.
 */
import type { browser as browserApi } from 'wxt/browser';
import { isGatePassedMessage } from '../messages/gate-passed';
import { isOwnSender, isTabRef, isTabReport, onMessage, sendMessage, type TabReport } from '../messages/protocol';
import { packParts, type PackTexts } from '../pack/pack-texts';
import { cachedUntilFailure } from '../util/cached';
import type { Settings } from '../settings/model';
import { hostMatchesSite, shouldRunOn, siteOfUrl, type CuratedSite } from '../settings/sites';
import { getSettings, getSnoozedSites, watchSettings, watchSnoozedSites } from '../settings/store';
import { reinjectOpenTabs } from './reinject';
import { readerSiteMatches, syncReaderSiteScript } from './site-scripts';
import { badgeText, createTabReportStore } from './tab-reports';

type Browser = typeof browserApi;

/**
 * Paths of the built scripts, as WXT emits them: the gate (the only script that loads by itself on
 * the curated outlets and on sites the reader added), and the engine with its highlight styles,
 * which the background injects where the gate passed or the reader asked.
 */
export const CONTENT_SCRIPT_FILE = '/gate.js';
export const ENGINE_SCRIPT_FILE = '/content-scripts/engine.js';
/** The in-page UI, injected just before the engine (see lib/content/ui-handoff.ts). */
export const UI_SCRIPT_FILE = '/inpage-ui.js';
export const HIGHLIGHT_CSS_FILE = '/content-scripts/engine.css';

export interface BackgroundOptions {
  /** The curated outlets where Backstory runs by itself (data the entrypoint passes in). */
  curatedSites: readonly CuratedSite[];
  /**
   * Inject the content script into open tabs on install and update. Chromium needs it; Firefox
   * does it by itself, and doing it twice would run the analysis twice.
   */
  reinjectOnInstall?: boolean;
  /**
   * The pack's JSON texts (`pack-texts.json` in the build; see `lib/pack/pack-texts.ts`), sent to
   * each engine that asks. Read once per background life; a failed read is retried next time.
   */
  loadPackTexts: () => Promise<PackTexts>;
}

/**
 * Runs in the page's content-script world just before the engine script, for "Scan this page": the
 * order to skip the gate. Serialised by `executeScript`, so it must use nothing from outside its body.
 */
function forceScan(): void {
  (globalThis as { __backstoryForce?: boolean }).__backstoryForce = true;
}

export function startBackground(browser: Browser, options: BackgroundOptions): void {
  const store = createTabReportStore(browser.storage.session);
  const ownId = browser.runtime.id;
  const loadPackParts = cachedUntilFailure(async () => packParts(await options.loadPackTexts()));

  /**
   * Add the highlight styles to `target`, then inject the in-page UI and the engine (which asks for
   * the pack), each by its own `executeScript`, so that the page compiles them in separate tasks.
   */
  const injectEngine = async (target: { tabId: number; frameIds?: number[] }, force: boolean) => {
    if (force) await browser.scripting.executeScript({ target, func: forceScan });
    await browser.scripting.insertCSS({ target, files: [HIGHLIGHT_CSS_FILE] }).catch(() => {});
    await browser.scripting.executeScript({ target, files: [UI_SCRIPT_FILE] });
    return browser.scripting.executeScript({ target, files: [ENGINE_SCRIPT_FILE] });
  };

  // The engine asks for the pack as it starts in a page, a part per message (lib/content/pack-handoff.ts).
  onMessage('pack:texts', async ({ data, sender }) => {
    if (!isOwnSender(sender, ownId) || !Number.isInteger(data?.part)) return null;
    return (await loadPackParts())[data.part] ?? null;
  });

  const showBadge = async (tabId: number, report: TabReport | null, settings?: Settings) => {
    const mode = (settings ?? (await getSettings())).badge;
    await browser.action.setBadgeText({ tabId, text: badgeText(report, mode) }).catch(() => {});
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f3a5f' }).catch(() => {});
  };

  onMessage('report:set', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!isOwnSender(sender, ownId) || tabId === undefined) return;
    if (data === null) {
      await store.remove(tabId);
      await showBadge(tabId, null);
      return;
    }
    if (!isTabReport(data)) return;
    await store.set(tabId, data, sender.tab?.incognito === true);
    await showBadge(tabId, data);
  });

  onMessage('report:get', async ({ data, sender }) => {
    if (!isOwnSender(sender, ownId) || !isTabRef(data)) return null;
    return store.get(data.tabId);
  });

  onMessage('site:decide', async ({ sender }) => {
    if (!isOwnSender(sender, ownId)) return 'never';
    const [settings, snoozed] = await Promise.all([getSettings(), getSnoozedSites()]);
    return shouldRunOn(sender.url ?? sender.tab?.url ?? '', settings, options.curatedSites, snoozed);
  });

  onMessage('scan:run', async ({ data, sender }) => {
    if (!isOwnSender(sender, ownId) || !isTabRef(data)) return null;
    const target = { tabId: data.tabId };
    // The reader asked for this page: skip the site rules and the cheap gate, then run the same
    // content script (it does nothing twice if it already runs there).
    const [injection] = await injectEngine(target, true);
    // The script resolves with what it found; ask it directly if the browser did not pass that on.
    const report =
      (injection?.result as TabReport | null | undefined) ??
      (await sendMessage('report:now', undefined, data.tabId).catch(() => null));
    if (report && isTabReport(report)) {
      const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
      await store.set(data.tabId, report, tab?.incognito !== false);
      await showBadge(data.tabId, report);
      return report;
    }
    return null;
  });

  // A page passed the gate: if Backstory runs there by itself (the reader's settings, paused sites),
  // inject the engine into that frame. Host access covers exactly where the gate loads by itself:
  // the curated outlets (manifest) and the sites the reader granted.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isGatePassedMessage(message)) return undefined;
    return (async () => {
      const tabId = sender.tab?.id;
      if (!isOwnSender(sender, ownId) || tabId === undefined) return false;
      const [settings, snoozed] = await Promise.all([getSettings(), getSnoozedSites()]);
      const url = sender.url ?? sender.tab?.url ?? '';
      if (shouldRunOn(url, settings, options.curatedSites, snoozed) !== 'auto') return false;
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      // Not awaited: the engine's own run (analysis included) is no reason to keep the gate waiting.
      injectEngine(target, false).catch(() => {});
      return true;
    })().catch(() => false);
  });

  if (options.reinjectOnInstall) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason !== 'install' && reason !== 'update') return;
      void (async () => {
        const [settings, snoozed] = await Promise.all([getSettings(), getSnoozedSites()]);
        const decide = (url: string) => shouldRunOn(url, settings, options.curatedSites, snoozed);
        // The gate goes in, as on a page load; it asks for the engine if the page passes.
        await reinjectOpenTabs(
          () => browser.tabs.query({}),
          decide,
          async (tabId) => {
            await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
          },
        );
      })().catch(() => {});
    });
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    void store.remove(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation starts: the old page's report and badge no longer apply.
    if (change.status === 'loading') {
      void store.remove(tabId);
      void showBadge(tabId, null);
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) {
      sendMessage('panel:toggle', undefined, tab.id).catch(() => {});
    }
  });

  // The badge follows the reader's choice of what it counts.
  watchSettings(async (settings) => {
    for (const [tabId, report] of await store.all()) await showBadge(tabId, report, settings);
  });

  // Pausing a site stands down the pages open on it at once.
  watchSnoozedSites(async (sites) => {
    for (const [tabId, report] of await store.all()) {
      const host = siteOfUrl(report.url);
      if (!host || !sites.some((s) => hostMatchesSite(host, s))) continue;
      await sendMessage('page:stop', undefined, tabId).catch(() => {});
      await store.remove(tabId);
      await showBadge(tabId, null);
    }
  });

  // Sites the reader chose beyond the curated list: register the content script where granted.
  const syncScripts = async () => {
    const [settings, perms] = await Promise.all([getSettings(), browser.permissions.getAll()]);
    // The gate only; the engine and its styles are injected where it passes.
    await syncReaderSiteScript(browser.scripting, readerSiteMatches(settings, perms.origins ?? []), {
      js: CONTENT_SCRIPT_FILE,
    }).catch(() => {
      // A rejected registration (e.g. a pattern the browser refuses) must not break the rest.
    });
  };
  void syncScripts();
  watchSettings(() => void syncScripts());
  browser.permissions.onAdded.addListener(() => void syncScripts());
  browser.permissions.onRemoved.addListener(() => void syncScripts());
}
