/**
 * One e2e session per browser: the proxy with the test pages, the browser with the built extension,
 * and error collection from every page, the popup and (in Chromium) the service worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { InPage } from './in-page';
import { PopupPage } from './popup';
import { waitForHighlights } from './probes';
import { openPopupFor } from '../../../scripts/browser/popup-page';
import {
  keepExtensionWorkerRunning,
  launchWithExtension,
  type BrowserName,
  type LaunchedBrowser,
} from '../../../scripts/browser/browsers';
import { startProxyServer, type ProxyServer } from '../../../scripts/browser/proxy-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DEMO_DIR = join(ROOT, 'tests/fixtures/demo');

export function extensionDirFor(name: BrowserName): string {
  const dir = join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${dir}. Run "npm run build" and "npm run build:firefox" first (npm test does).`,
    );
  }
  return dir;
}

export interface E2eSession {
  launched: LaunchedBrowser;
  proxy: ProxyServer;
  /** Uncaught errors seen anywhere, as "where: message". */
  errors: string[];
  newPage(): Promise<Page>;
  /** Open the popup for the tab showing `articlePage`, as a page of its own. */
  openPopupFor(articlePage: Page): Promise<Page>;
  /** The same, as a page object. */
  popupFor(articlePage: Page): Promise<PopupPage>;
  /** The page object for Backstory on `page`. */
  inPage(page: Page): InPage;
  close(): Promise<void>;
}

export async function startSession(
  name: BrowserName,
  options: {
    profileDir?: string;
    extraChromiumArgs?: string[];
    extraFirefoxPrefs?: Record<string, string | number | boolean>;
  } = {},
): Promise<E2eSession> {
  const proxy = await startProxyServer();
  const errors: string[] = [];
  const start = async () => {
    const launched = await launchWithExtension(name, {
      extensionDir: extensionDirFor(name),
      proxyPort: proxy.port,
      profileDir: options.profileDir,
      extraChromiumArgs: options.extraChromiumArgs,
      extraFirefoxPrefs: options.extraFirefoxPrefs,
    });
    try {
      // Start from no tabs of our own: the popup helper relies on knowing which tabs exist.
      for (const p of await launched.browser.pages()) await p.close().catch(() => {});
      // Chromium: our service worker, watched for uncaught errors and let run after each restart.
      const stopKeeping = await keepExtensionWorkerRunning(launched, (message) => errors.push(message));
      return { launched, stopKeeping };
    } catch (error) {
      await launched.close();
      throw error;
    }
  };
  // A browser that fails to start on a loaded machine (a launch or worker wait timing out) is the
  // machine's fault, not a finding: one more try, said aloud. A second failure fails the file's hook.
  const { launched, stopKeeping } = await start().catch((error: unknown) => {
    console.warn(`${name} did not start with the extension (${String(error)}); trying once more`);
    return start();
  });
  const watch = (page: Page, where: string) => {
    page.on('pageerror', (err) => errors.push(`${where}: ${err instanceof Error ? err.message : String(err)}`));
  };

  return {
    launched,
    proxy,
    errors,
    async newPage() {
      const page = await launched.browser.newPage();
      watch(page, 'page');
      return page;
    },
    async openPopupFor(articlePage) {
      const popup = await openPopupFor(launched.browser, launched.extensionOrigin, articlePage);
      watch(popup, 'popup');
      return popup;
    },
    async popupFor(articlePage) {
      const popup = await openPopupFor(launched.browser, launched.extensionOrigin, articlePage);
      watch(popup, 'popup');
      return new PopupPage(popup, articlePage);
    },
    inPage(page) {
      return new InPage(page, name);
    },
    async close() {
      // Teardown must not fail the file after its tests passed: each step runs whatever the others do.
      stopKeeping();
      await launched.close();
      await proxy.close().catch((error: unknown) => {
        console.warn(`could not close the test proxy: ${String(error)}`);
      });
    },
  };
}

export function demoPage(file: string): string {
  return readFileSync(join(DEMO_DIR, file), 'utf8');
}

/**
 * Stop the extension's service worker as Chromium does when it idles, with the "Stop" button of
 * chrome://serviceworker-internals (what a developer would press), and wait until it reports so.
 * A worker that is not running (stopped, or still starting after a stop) is left as it is.
 */
export async function stopChromiumServiceWorker(session: E2eSession): Promise<void> {
  const origin = session.launched.extensionOrigin;
  const internals = await session.launched.browser.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    const outcome = await internals.evaluate(async (o: string) => {
      for (let i = 0; i < 50; i++) {
        for (const entry of document.querySelectorAll('.serviceworker-registration')) {
          if (!entry.textContent?.includes(o)) continue;
          if (/Running Status:\s*(STOPPED|STARTING)/i.test(entry.textContent ?? '')) return 'not running';
          const stop = [...entry.querySelectorAll('cr-button, button')].find((b) => b.textContent?.trim() === 'Stop');
          if (stop) {
            (stop as HTMLElement).click();
            return 'stopping';
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return 'not found';
    }, origin);
    if (outcome === 'not found') {
      const text = await internals.evaluate(() => document.body.innerText.slice(0, 1500));
      throw new Error(`No service worker of ${origin} in chrome://serviceworker-internals: ${text}`);
    }
    if (outcome === 'not running') return;
    await internals.waitForFunction(
      (o: string) =>
        [...document.querySelectorAll('.serviceworker-registration')].some(
          (e) => e.textContent?.includes(o) && /Running Status:\s*STOPPED/i.test(e.textContent ?? ''),
        ),
      { timeout: 10_000, polling: 100 },
      origin,
    );
  } finally {
    await internals.close();
  }
}

/**
 * Firefox: switch on "Run in Private Windows" for our add-on, as a reader does in about:addons
 * (Firefox grants it to no extension by default), then reload the add-on so the grant applies. Runs
 * in the browser's own chrome scope, which `--remote-allow-system-access` opens to WebDriver BiDi.
 */
export async function allowFirefoxPrivateBrowsing(
  session: E2eSession,
  addonId = 'backstory@backstory-extension.org',
): Promise<void> {
  type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
  const connection = (session.launched.browser as unknown as { connection: Bidi }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No Firefox chrome window to grant private browsing from');
  const r = (
    await connection.send('script.evaluate', {
      expression: `(async () => {
        const { ExtensionPermissions } = ChromeUtils.importESModule("resource://gre/modules/ExtensionPermissions.sys.mjs");
        const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
        await ExtensionPermissions.add(${JSON.stringify(addonId)}, { permissions: ["internal:privateBrowsingAllowed"], origins: [] });
        const addon = await AddonManager.getAddonByID(${JSON.stringify(addonId)});
        await addon.reload();
        return addon.id;
      })()`,
      target: { context },
      awaitPromise: true,
    })
  ).result as { type: string };
  if (r.type !== 'success') throw new Error(`Could not allow ${addonId} in private windows: ${JSON.stringify(r)}`);
}

/** Open the popup for `page`, press "Scan this page", and check the popup counts what gets drawn. */
export async function scanFromPopup(session: E2eSession, page: Page) {
  const inPage = session.inPage(page);
  const before = await inPage.lastSettled();
  const popup = await session.popupFor(page);
  await popup.scan();
  await waitForHighlights(page, 5);
  // Count once the scan's work is all done (an earlier run may have announced itself already).
  await inPage.settled({ since: before });
  const drawn = await inPage.highlights();
  expect(await popup.highlightCount(drawn.length)).toBe(drawn.length);
  await popup.close();
  return drawn;
}

/**
 * Chromium: switch on "Allow in Incognito" for our extension on chrome://extensions, as a reader
 * does. Flipping it reloads the extension, which an extension loaded over DevTools comes back from
 * disabled; it is enabled again here, as the page's own switch would.
 */
export async function allowChromiumIncognito(session: E2eSession): Promise<void> {
  const id = session.launched.extensionOrigin.slice('chrome-extension://'.length);
  const page = await session.launched.browser.newPage();
  try {
    await page.goto('chrome://extensions/');
    const state = await page.evaluate(async (extensionId: string) => {
      const chrome = (globalThis as unknown as { chrome: unknown }).chrome;
      type Info = { state: string; incognitoAccess: { isActive: boolean } };
      const g = chrome as unknown as {
        developerPrivate: {
          updateExtensionConfiguration(c: object): Promise<void>;
          getExtensionInfo(id: string): Promise<Info>;
        };
        management: { setEnabled(id: string, on: boolean): Promise<void> };
      };
      await g.developerPrivate.updateExtensionConfiguration({ extensionId, incognitoAccess: true });
      for (let i = 0; i < 50 && (await g.developerPrivate.getExtensionInfo(extensionId)).state === 'ENABLED'; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      // The change reloads the extension, and the reload can still be going on (the state passing
      // through DISABLED) after the first `setEnabled` (CI on 2026-12-05 and a local run on a loaded
      // machine ended DISABLED). So enable it until it reports enabled, for up to 15 s.
      let info = await g.developerPrivate.getExtensionInfo(extensionId);
      for (let i = 0; i < 75 && !(info.state === 'ENABLED' && info.incognitoAccess.isActive); i++) {
        if (info.state !== 'ENABLED') await g.management.setEnabled(extensionId, true).catch(() => {});
        await new Promise((r) => setTimeout(r, 200));
        info = await g.developerPrivate.getExtensionInfo(extensionId);
      }
      return { state: info.state, incognito: info.incognitoAccess.isActive };
    }, id);
    if (state.state !== 'ENABLED' || !state.incognito)
      throw new Error(`Could not allow ${id} in incognito: ${JSON.stringify(state)}`);
  } finally {
    await page.close();
  }
}

/** Chromium: open `url` in a new incognito window (from one of our extension pages) and return its page. */
export async function openChromiumIncognito(session: E2eSession, url: string): Promise<Page> {
  const opener = await session.launched.browser.newPage();
  try {
    await opener.goto(`${session.launched.extensionOrigin}/options.html`);
    await opener.evaluate(async (u: string) => {
      const chrome = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome;
      await chrome.windows.create({ incognito: true, url: u });
    }, url);
  } finally {
    await opener.close();
  }
  const target = await session.launched.browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
  const page = await target.page();
  if (!page) throw new Error(`No page for the incognito window at ${url}`);
  page.on('pageerror', (err) =>
    session.errors.push(`incognito page: ${err instanceof Error ? err.message : String(err)}`),
  );
  return page;
}
