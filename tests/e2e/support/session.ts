/**
 * One e2e session per browser: the proxy with the test pages, the browser with the built extension,
 * and error collection from every page, the popup and (in Chromium) the service worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openPopupFor } from '../../../scripts/browser/popup-page';
import { launchWithExtension, type BrowserName, type LaunchedBrowser } from '../../../scripts/browser/browsers';
import { startProxyServer, type ProxyServer } from '../../../scripts/browser/proxy-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DEMO_DIR = join(ROOT, 'tests/fixtures/demo');

export function extensionDirFor(name: BrowserName): string {
  const dir = join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run "npm run build" and "npm run build:firefox" first (npm test does).`);
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
  close(): Promise<void>;
}

export async function startSession(
  name: BrowserName,
  options: { profileDir?: string; extraChromiumArgs?: string[] } = {},
): Promise<E2eSession> {
  const proxy = await startProxyServer();
  const launched = await launchWithExtension(name, {
    extensionDir: extensionDirFor(name),
    proxyPort: proxy.port,
    profileDir: options.profileDir,
    extraChromiumArgs: options.extraChromiumArgs,
  });
  const errors: string[] = [];
  // Start from no tabs of our own: the popup helper relies on knowing which tabs exist.
  for (const p of await launched.browser.pages()) await p.close().catch(() => {});
  const watch = (page: Page, where: string) => {
    page.on('pageerror', (err) => errors.push(`${where}: ${err instanceof Error ? err.message : String(err)}`));
  };

  if (name === 'chromium') {
    const sw = await launched.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(launched.extensionOrigin),
      { timeout: 10_000 },
    );
    const cdp = await sw.createCDPSession();
    cdp.on('Runtime.exceptionThrown', (e) => errors.push(`service worker: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`));
    await cdp.send('Runtime.enable');
  }

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
    async close() {
      await launched.close();
      await proxy.close();
    },
  };
}

export function demoPage(file: string): string {
  return readFileSync(join(DEMO_DIR, file), 'utf8');
}
