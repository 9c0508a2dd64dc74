/**
 * Open the extension's popup as a page of its own, pointed at the tab that shows `articlePage`
 * (headless browsers have no toolbar button to click). Shared by the e2e tests and the demo.
 */
import type { Browser, Page } from 'puppeteer-core';
import { evaluateIn, pollIn } from './evaluate';
import type { ExtTabsApi } from './tabs-api';

/**
 * Navigate to an extension page. Firefox (153, WebDriver BiDi) loads moz-extension:// pages but
 * never reports the navigation as finished, so there we wait for the document itself.
 */
export async function openExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  if (url.startsWith('chrome-extension://')) {
    await page.goto(url);
    return;
  }
  void page.goto(url, { timeout: 60_000 }).catch(() => {});
  await waitForDocument(page, url, timeout);
}

/**
 * Wait until the tab holds `url`, fully loaded, with `pollIn`: one short evaluation at a time, each
 * sent to whatever document the tab holds then. Opening an extension page in Firefox passes through
 * two short-lived documents first (realm created, destroyed, created again within ~100 ms), and an
 * evaluation pending in a replaced document is never answered; see `pollIn`.
 */
async function waitForDocument(page: Page, url: string, timeout: number): Promise<void> {
  await pollIn(page, `${url} loaded`, { timeout }, (wanted: string) => location.href === wanted && document.readyState === 'complete', url);
}

/** The browser's id for the tab showing `page`, asked from inside an extension page. */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  const title = await page.title();
  return evaluateIn(extensionPage, async (wanted: string) => {
    const api = (globalThis as unknown as { chrome: ExtTabsApi }).chrome;
    const tabs = await api.tabs.query({});
    const own = await api.tabs.getCurrent();
    // Our own extension pages (options, other popups) are not it; their URLs are always readable.
    const others = tabs.filter((t) => t.id !== own?.id && !t.url?.startsWith(location.origin));
    // Titles are readable where we hold host access; otherwise the only other tab is the one.
    const match = others.find((t) => t.title === wanted) ?? (others.length === 1 ? others[0] : undefined);
    return match?.id ?? -1;
  }, title);
}

/**
 * Chromium: click the toolbar button, as a reader does (which also grants `activeTab`), and return
 * the popup that opens. Null where the browser cannot do that.
 */
async function clickToolbarButton(browser: Browser, extensionOrigin: string, articlePage: Page): Promise<Page | null> {
  if (!extensionOrigin.startsWith('chrome-extension://')) return null;
  const extension = (await browser.extensions()).get(extensionOrigin.slice('chrome-extension://'.length));
  if (!extension) return null;
  await articlePage.bringToFront();
  await articlePage.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url().startsWith(`${extensionOrigin}/popup.html`), { timeout: 10_000 });
  return target.asPage();
}

export async function openPopupFor(browser: Browser, extensionOrigin: string, articlePage: Page, popup?: Page): Promise<Page> {
  const clicked = await clickToolbarButton(browser, extensionOrigin, articlePage);
  if (clicked) {
    await popup?.close();
    return clicked;
  }
  // Firefox (WebDriver BiDi) has no way to click the toolbar: open the popup as a page for the tab.
  const page = popup ?? (await browser.newPage());
  await openExtensionPage(page, `${extensionOrigin}/popup.html`);
  const tabId = await tabIdOf(page, articlePage);
  await openExtensionPage(page, `${extensionOrigin}/popup.html?tabId=${tabId}`);
  await pollIn(page, `the popup for tab ${tabId} rendered`, {}, () => document.querySelector('.popup') !== null);
  return page;
}
