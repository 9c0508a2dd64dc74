/**
 * The background's wiring: message handlers, badge upkeep and the panel shortcut. All state lives
 * in `storage.session` (see tab-reports.ts); handlers validate every payload.
 */
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { isOwnSender, isTabRef, isTabReport, onMessage, sendMessage, type TabReport } from '../messages';
import { badgeText, createTabReportStore } from './tab-reports';

/** Path of the built content script, as WXT emits it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const HIGHLIGHT_CSS_FILE = '/content-scripts/content.css';

export function startBackground(browser: Browser): void {
  const store = createTabReportStore(browser.storage.session);
  const ownId = browser.runtime.id;

  const showBadge = async (tabId: number, report: TabReport | null) => {
    await browser.action.setBadgeText({ tabId, text: badgeText(report) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f3a5f' });
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
    await store.set(tabId, data);
    await showBadge(tabId, data);
  });

  onMessage('report:get', async ({ data, sender }) => {
    if (!isOwnSender(sender, ownId) || !isTabRef(data)) return null;
    return store.get(data.tabId);
  });

  onMessage('scan:run', async ({ data, sender }) => {
    if (!isOwnSender(sender, ownId) || !isTabRef(data)) return null;
    const target = { tabId: data.tabId };
    // The reader asked for this page: skip the cheap gate, then run the same content script.
    await browser.scripting.executeScript({
      target,
      func: () => {
        (globalThis as { __backstoryForce?: boolean }).__backstoryForce = true;
      },
    });
    await browser.scripting.insertCSS({ target, files: [HIGHLIGHT_CSS_FILE] }).catch(() => {});
    await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] });
    const report = await sendMessage('report:now', undefined, data.tabId);
    if (report && isTabReport(report)) {
      await store.set(data.tabId, report);
      await showBadge(data.tabId, report);
    }
    return report ?? null;
  });

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
}
