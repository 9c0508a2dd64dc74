/**
 * Checking aid (not part of `npm run bench`): what the gate costs an off-topic page in the browser.
 * The built extension runs in Chromium and Firefox ESR; each of the real saved pages
 * (`../shared/realpages-data/`, every tenth one unless `--every N` or `--all`) is served from a listed outlet's host
 * and loaded in a fresh tab, so the gate runs in a fresh content-script world each time and pays its
 * cold start (first element wrapper, first regular expression) as a reader's tab does. Prints the
 * gate's own time (`backstory:gate`) per browser: median, mean, p90 and max, and how many pages it let
 * through to the engine. Firefox rounds `performance.now()` to whole milliseconds.
 *
 *   npm run build && npm run build:firefox
 *   npx tsx scripts/bench/gate-worlds.ts [--all | --every N] [--chromium | --firefox] [--build DIR ...]
 *
 * `--build DIR` (repeatable) measures the builds in DIR (holding chrome-mv3 and firefox-mv3) instead
 * of `.output`: one browser per build, side by side, the builds taking turns on each page, so two
 * versions of the gate are compared in the same run.
 */
import type { Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realPages, realPagesDir } from '../../tests/unit/support/real-layouts';
import { keepExtensionWorkerRunning, launchWithExtension } from '../browser/browsers';
import { startProxyServer } from '../browser/proxy-server';

const ROOT = resolve(import.meta.dirname, '../..');
const LISTED_HOST = 'www.apnews.com';
const args = new Set(process.argv.slice(2));
const browsers = (['chromium', 'firefox'] as const).filter(
  (b) => !args.has(b === 'chromium' ? '--firefox' : '--chromium'),
);

const dir = realPagesDir();
if (!dir) throw new Error('the real pages archive (../shared/realpages-data/real-pages.tar.xz) is missing');
/** Every `--every N`th page (10 unless given), or all of them with `--all`. */
const every = Number(process.argv[process.argv.indexOf('--every') + 1]) || 10;
const pages = realPages(dir).filter((_, i) => args.has('--all') || i % every === 0);

/**
 * The saved pages without their own scripts (JSON-LD kept), as in tests/e2e/real-layouts.test.ts:
 * offline they only throw, and some navigate away. The markup the gate reads is unchanged.
 */
const withoutScripts = (html: string): string =>
  html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

/** Firefox's whole milliseconds make its median coarse: the mean tells builds apart. */
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The gate's measure on a freshly loaded page, or null if it never ran; and whether the engine came. */
async function gateOn(page: Page, url: string): Promise<{ ms: number | null; passed: boolean }> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // In a list: Firefox rounds to whole milliseconds, and a 0 ms gate must not read as "not yet".
  const ms = await page
    .waitForFunction(
      () => {
        const entry = performance.getEntriesByName('backstory:gate')[0];
        return entry ? [entry.duration] : false;
      },
      { timeout: 10_000, polling: 50 },
    )
    .then(async (h) => ((await h.jsonValue()) as number[])[0])
    .catch(() => null);
  // A turned-away page records `backstory:total` at once; one let through gets the engine's scan first.
  await page
    .waitForFunction(() => performance.getEntriesByName('backstory:total').length > 0, { timeout: 10_000, polling: 50 })
    .catch(() => {});
  const passed = await page.evaluate(() => performance.getEntriesByName('backstory:scan').length > 0);
  return { ms, passed };
}

/** Builds to compare (folders holding chrome-mv3 and firefox-mv3): `--build DIR`, repeatable; else .output. */
const builds = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--build' ? [resolve(a)] : []));
if (builds.length === 0) builds.push(join(ROOT, '.output'));

interface Run {
  build: string;
  launched: Awaited<ReturnType<typeof launchWithExtension>>;
  times: number[];
  passed: string[];
  missing: string[];
}

const proxy = await startProxyServer();
try {
  for (const name of browsers) {
    // One browser per build, open side by side; pages load one at a time, builds taking turns.
    const runs: Run[] = [];
    try {
      for (const build of builds) {
        const extensionDir = join(build, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
        if (!existsSync(join(extensionDir, 'manifest.json')))
          throw new Error(`no build in ${extensionDir}: run "npm run build" and "npm run build:firefox" first`);
        const launched = await launchWithExtension(name, { extensionDir, proxyPort: proxy.port });
        await keepExtensionWorkerRunning(launched);
        runs.push({ build, launched, times: [], passed: [], missing: [] });
      }
      for (const [i, [page, html]] of pages.entries()) {
        const url = proxy.route({ host: LISTED_HOST, path: `/article/gate-worlds-${i}`, body: withoutScripts(html) });
        for (const run of i % 2 ? [...runs].reverse() : runs) {
          const tab = await run.launched.browser.newPage();
          try {
            const r = await gateOn(tab, url);
            if (r.ms === null) run.missing.push(page);
            else run.times.push(r.ms);
            if (r.passed) run.passed.push(page);
          } catch (error) {
            run.missing.push(page);
            console.log(`  ${name}: ${page} not measured (${error instanceof Error ? error.message : String(error)})`);
          } finally {
            await tab.close();
          }
        }
      }
      for (const run of runs) {
        console.log(
          `${name} (${await run.launched.browser.version()}), ${run.build}: gate on ${run.times.length} off-topic real pages, fresh tabs: ` +
            `median ${quantile(run.times, 0.5).toFixed(2)} ms, mean ${mean(run.times).toFixed(2)} ms, p90 ${quantile(run.times, 0.9).toFixed(2)} ms, max ${quantile(run.times, 1).toFixed(2)} ms; ` +
            `passed to the engine: ${run.passed.join(', ') || 'none'}; without a gate measure: ${run.missing.join(', ') || 'none'}`,
        );
      }
    } finally {
      for (const run of runs) await run.launched.close();
    }
  }
} finally {
  await proxy.close();
}
// The browsers' helpers keep handles open after closing; the figures are printed.
process.exit(0);
