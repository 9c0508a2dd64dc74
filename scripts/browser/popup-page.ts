/**
 * Open the extension's popup as a page of its own, pointed at the tab that shows `articlePage`
 * (headless browsers have no toolbar button to click). Shared by the e2e tests and the demo.
 */
import type { Browser, Page } from 'puppeteer-core';
import { evaluateIn, pollIn } from './evaluate';
import type { ExtTabsApi } from './tabs-api';

/**
 * Navigate to an extension page. Firefox (153, WebDriver BiDi) loads moz-extension:// pages but
 * never reports the navigation as finished, so there we wait for the document itself. Nor does it
 * report one that went nowhere: a navigation sent while the tab's previous one is still settling
 * (a new tab's first about:blank, an extension page whose own navigation was never reported done)
 * can be dropped, leaving the tab on its old document with nothing to say so. Waiting on, as this
 * helper once did, could only end in its timeout; a tab that after a few seconds is not even on
 * `url` is sent there again (three navigations at most), while one that is loading `url` is waited for.
 */
export async function openExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  if (url.startsWith('chrome-extension://')) {
    await page.goto(url);
    return;
  }
  const deadline = Date.now() + timeout;
  let seen: TabState | null = null;
  for (let navigation = 1; ; navigation++) {
    void page.goto(url, { timeout: 60_000 }).catch(() => {});
    const resendAt = Date.now() + 4_000;
    for (;;) {
      seen = await tabState(page);
      if (seen && seen.href === url && seen.ready === 'complete') return;
      const onUrl = seen !== null && seen.href === url;
      if (Date.now() > deadline) {
        const last = seen ? `${seen.href} (${seen.ready})` : 'no answer (its document was being replaced)';
        throw new Error(
          `${url} did not load within ${timeout} ms (${navigation} navigation(s)); the tab last showed ${last}`,
        );
      }
      if (!onUrl && navigation < 3 && Date.now() > resendAt) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const showed = seen?.href ?? 'nothing';
    console.warn(`[openExtensionPage] the tab was not on ${url} after 4 s (it showed ${showed}); navigating again`);
  }
}

interface TabState {
  href: string;
  ready: DocumentReadyState;
}

/**
 * What the tab shows now, or null when its document does not answer within 2 s (Firefox never
 * answers an evaluation pending in a document that is replaced; the next call asks the new one).
 */
async function tabState(page: Page): Promise<TabState | null> {
  return Promise.race([
    evaluateIn(page, () => ({ href: location.href, ready: document.readyState })).catch(() => null),
    new Promise<null>((r) => setTimeout(() => r(null), 2_000)),
  ]);
}

/** The browser's id for the tab showing `page`, asked from inside an extension page. */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  const title = await page.title();
  return evaluateIn(
    extensionPage,
    async (wanted: string) => {
      const api = (globalThis as unknown as { chrome: ExtTabsApi }).chrome;
      const tabs = await api.tabs.query({});
      const own = await api.tabs.getCurrent();
      // Our own extension pages (options, other popups) are not it; their URLs are always readable.
      const others = tabs.filter((t) => t.id !== own?.id && !t.url?.startsWith(location.origin));
      // Titles are readable where we hold host access; otherwise the only other tab is the one.
      const match = others.find((t) => t.title === wanted) ?? (others.length === 1 ? others[0] : undefined);
      return match?.id ?? -1;
    },
    title,
  );
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
  const target = await browser.waitForTarget((t) => t.url().startsWith(`${extensionOrigin}/popup.html`), {
    timeout: 10_000,
  });
  return target.asPage();
}

export async function openPopupFor(
  browser: Browser,
  extensionOrigin: string,
  articlePage: Page,
  popup?: Page,
): Promise<Page> {
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
