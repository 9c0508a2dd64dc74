/**
 * What the popup needs from the browser, behind one interface so that tests render the popup with
 * plain functions instead of a live extension.
 */
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;
import { sendMessage, withTimeout, type TabReport } from '../../lib/messages/protocol';

/** The tab the popup was opened on. `url` is known thanks to `activeTab` (no `tabs` permission). */
export interface ActiveTab {
  id: number;
  url?: string;
  /** The tab is in a private (incognito) window. */
  incognito?: boolean;
}

export interface PopupServices {
  activeTab(): Promise<ActiveTab | null>;
  /** The background's last report for the tab (null: nothing found or never analysed). */
  getReport(tabId: number): Promise<TabReport | null>;
  /** Ask the background to inject and analyse the tab; rejects when the page cannot be scanned. */
  scan(tabId: number): Promise<TabReport | null>;
  /** Show or hide the reading panel in the tab (the content script answers `panel:toggle`). */
  togglePanel(tabId: number): Promise<void>;
  /** The browser's UI language (BCP 47). */
  uiLanguage(): string;
  openOptions(): void;
  /** Ask the reader for host access (the browser's own prompt); absent where it cannot be asked. */
  requestOrigins?(origins: string[]): Promise<boolean>;
}

const REPORT_TIMEOUT_MS = 3000;

/**
 * The popup's services on a real browser. `forTabId` (from `popup.html?tabId=N`) points the popup at
 * a given tab when it is opened as a page of its own, where the active tab would be itself: the e2e
 * tests and the demo open it that way, since headless browsers have no toolbar to click.
 */
export function browserPopupServices(browser: Browser, forTabId?: number): PopupServices {
  return {
    async activeTab() {
      if (forTabId !== undefined) {
        const tab = await browser.tabs.get(forTabId).catch(() => undefined);
        return tab?.id === undefined ? null : { id: tab.id, url: tab.url, incognito: tab.incognito };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url, incognito: tab.incognito };
    },
    // A background that does not answer in time (a worker being torn down) must not leave the
    // popup spinning: ask the page's own content script instead.
    getReport: (tabId) =>
      withTimeout(sendMessage('report:get', { tabId }), REPORT_TIMEOUT_MS).catch(() =>
        sendMessage('report:now', undefined, tabId).catch(() => null),
      ),
    scan: (tabId) => sendMessage('scan:run', { tabId }),
    async togglePanel(tabId) {
      await sendMessage('panel:toggle', undefined, tabId);
      window.close();
    },
    uiLanguage: () => browser.i18n.getUILanguage(),
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    openOptions() {
      void browser.runtime.openOptionsPage();
      // The popup stays open over the new tab in some browsers; close it like a link would.
      window.close();
    },
  };
}
