/**
 * The parts outside the page, in real browsers: the badge, the popup's counts against the in-page
 * highlights, options that take effect on open pages, corrupt settings repaired, "Scan this page"
 * where Backstory does not run by itself, and (Chromium) a popup that still works after the service
 * worker was stopped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openExtensionPage } from '../../scripts/browser/popup-page';
import { pauseForAbsence, readHighlights, settle, waitForHighlights, waitForSaved } from './support/probes';
import { demoPage, scanFromPopup, startSession, stopChromiumServiceWorker, type E2eSession } from './support/session';

const ARTICLE = demoPage('noem-cecot-visit.html');

interface ExtApi {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { set(o: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
}
const api = () => {
  const g = globalThis as unknown as { browser?: ExtApi; chrome: ExtApi };
  return g.browser ?? g.chrome;
};

describe.each(['chromium', 'firefox'] as const)('%s popup, badge and options', (browserName) => {
  let session: E2eSession;
  let url: string;

  beforeAll(async () => {
    session = await startSession(browserName);
    url = session.proxy.route({ host: 'www.apnews.com', path: '/article/noem-popup', body: ARTICLE });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the popup and the badge agree with the highlights on the page', async () => {
    const page = await session.newPage();
    await page.goto(url);
    const inPage = session.inPage(page);
    await inPage.settled();
    const drawn = await inPage.highlights();
    // Clearly marked sentences and the faintly tinted further ones: every passage drawn for a claim.
    const disputedPassages = drawn.filter(
      (h) => h.name === 'backstory-disputed' || h.name === 'backstory-disputed-more',
    ).length;
    const popup = await session.popupFor(page);
    expect(await popup.highlightCount(drawn.length)).toBe(drawn.length);
    expect(await popup.topicState()).toBeTruthy();
    const badge = await popup.badge();
    // One count everywhere: the badge (disputed points, the default), the launcher on the page and
    // the popup's section all count claims, however many sentences of the page are drawn for them.
    const launcherCount = (await inPage.launcherCounts()).disputed;
    expect(launcherCount).toBeGreaterThan(0);
    expect(Number(badge)).toBe(launcherCount);
    expect(await popup.disputedCount()).toBe(launcherCount);
    expect(launcherCount).toBeLessThanOrEqual(disputedPassages);
    await popup.close();
    await page.close();
  });

  test('turning a listed site off in the options takes effect, and "Scan this page" still works there', async () => {
    const options = await session.newPage();
    await openExtensionPage(options, `${session.launched.extensionOrigin}/options.html`);
    const box = await options.waitForSelector('[data-domain="apnews.com"] input');
    await box!.click();
    await waitForSaved(options);

    const page = await session.newPage();
    await page.goto(url);
    // Paused here: the content script stands aside without announcing anything.
    await pauseForAbsence();
    expect(await readHighlights(page)).toEqual([]);

    const drawn = await scanFromPopup(session, page);
    expect(drawn.map((h) => h.text)).toContain('Kristi Noem');

    // Back on: the next visit runs by itself again.
    await options.bringToFront();
    await (await options.waitForSelector('[data-domain="apnews.com"] input'))!.click();
    await waitForSaved(options);
    await page.bringToFront();
    await page.goto(`${url}?again`);
    await waitForHighlights(page, 5);
    await page.close();
    await options.close();
  });

  test('a settings change applies to an open article without a reload', async () => {
    const page = await session.newPage();
    await page.goto(`${url}?live-settings`);
    await waitForHighlights(page, 5);
    const options = await session.newPage();
    await openExtensionPage(options, `${session.launched.extensionOrigin}/options.html`);
    // The form renders after the page loads (it reads the stored settings first).
    await (await options.waitForSelector('input[name="style"][value="strong"]', { timeout: 10_000 }))!.click();
    await waitForSaved(options);
    await page.bringToFront();
    const inPage = session.inPage(page);
    await inPage.waitForHighlightStyle('backstory-strong-');
    expect(await inPage.highlightNames()).not.toContain('backstory-person');
    await options.bringToFront();
    await options.click('input[name="style"][value="subtle"]');
    await waitForSaved(options);
    await options.close();
    await page.close();
  });

  test('corrupt stored settings are repaired to defaults, and the article still works', async () => {
    const options = await session.newPage();
    await openExtensionPage(options, `${session.launched.extensionOrigin}/options.html`);
    await options.evaluate(async (getApi: string) => {
      const a = new Function(`return (${getApi})()`)() as ExtApi;
      await a.storage.local.set({
        settings: { highlight: 'yes please', style: 42, sites: null },
        settings$: { v: 'x' },
      });
    }, api.toString());
    await openExtensionPage(options, `${session.launched.extensionOrigin}/options.html?reload`);
    const style = await options.waitForSelector('[name="style"]');
    expect(style).not.toBeNull();
    const checked = await options.$$eval('input[type="checkbox"][name^="highlight-"]', (els) =>
      els.map((e) => (e as HTMLInputElement).checked),
    );
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.every(Boolean)).toBe(true);
    const page = await session.newPage();
    await page.goto(`${url}?corrupt`);
    await waitForHighlights(page, 5);
    await page.close();
    await options.close();
  });

  if (browserName === 'firefox') {
    // Chromium cannot answer the permission prompt headless; Firefox can be told to allow it.
    test('"always run on this site" asks for that site only, then runs there by itself', async () => {
      const site = session.proxy.route({ host: 'www.example-blog.test', path: '/posts/cecot-always', body: ARTICLE });
      const options = await session.newPage();
      await openExtensionPage(options, `${session.launched.extensionOrigin}/options.html`);
      await options.type('[data-list="always"] input[type="text"]', 'example-blog.test');
      await options.keyboard.press('Enter');
      await waitForSaved(options);
      const granted = await options.evaluate(async (getApi: string) => {
        const a = new Function(`return (${getApi})()`)() as {
          permissions: { getAll(): Promise<{ origins?: string[] }> };
        };
        return (await a.permissions.getAll()).origins ?? [];
      }, api.toString());
      expect(granted).toContain('*://example-blog.test/*');
      expect(granted).not.toContain('*://*/*');
      const page = await session.newPage();
      await page.goto(site);
      const drawn = await waitForHighlights(page, 5);
      expect(drawn.map((h) => h.text)).toContain('Kristi Noem');
      await page.close();
      await options.close();
    });
  }

  if (browserName === 'chromium') {
    // Firefox has no way for a test to click the toolbar button, which is what grants activeTab.
    test('"Scan this page" works on a site that is not on the list', async () => {
      const unlisted = session.proxy.route({ host: 'www.example-blog.test', path: '/posts/cecot', body: ARTICLE });
      const page = await session.newPage();
      await page.goto(unlisted);
      // No access to this site: no content script, so nothing is announced.
      await pauseForAbsence();
      expect(await readHighlights(page)).toEqual([]);
      await scanFromPopup(session, page);
      await page.close();
    });

    test('the popup still shows the report after the service worker was stopped', async () => {
      const page = await session.newPage();
      await page.goto(`${url}?worker`);
      await waitForHighlights(page, 5);
      await settle(page);
      const drawn = await readHighlights(page);
      // Stop the extension's service worker as Chromium does when it idles (DevTools "Stop").
      const browser = session.launched.browser;
      const swTarget = () =>
        browser
          .targets()
          .find((t) => t.type() === 'service_worker' && t.url().startsWith(session.launched.extensionOrigin));
      expect(swTarget()).toBeDefined();
      await stopChromiumServiceWorker(session);
      const popup = await session.popupFor(page);
      expect(await popup.highlightCount(drawn.length)).toBe(drawn.length);
      await popup.close();
      await page.close();
    });
  }

  test('no uncaught error', () => {
    expect(session.errors).toEqual([]);
  });
});

// Chromium keeps an unpacked extension's storage in the profile; Firefox drops a temporary add-on's
// data when the browser that loaded it closes, so there the question does not arise.
describe('chromium settings across a restart', () => {
  test('a setting saved before the browser closes is there after it restarts', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'backstory-restart-'));
    try {
      const first = await startSession('chromium', { profileDir });
      const options = await first.newPage();
      await openExtensionPage(options, `${first.launched.extensionOrigin}/options.html`);
      await (await options.waitForSelector('input[name="style"][value="underline"]', { timeout: 10_000 }))!.click();
      await waitForSaved(options);
      await first.close();

      const second = await startSession('chromium', { profileDir });
      const again = await second.newPage();
      await openExtensionPage(again, `${second.launched.extensionOrigin}/options.html`);
      await again.waitForSelector('input[name="style"]:checked');
      expect(await again.$eval('input[name="style"]:checked', (el) => (el as HTMLInputElement).value)).toBe(
        'underline',
      );
      await second.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
