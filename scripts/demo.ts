/**
 * `npm run demo`: build the extension, serve the bundled demo articles (an English article about
 * Noem's CECOT visit, a Spanish one on the July 2025 repatriation, an unrelated one) as if they were
 * on listed news sites, and open them in Chromium with Backstory loaded.
 * With a display it opens headed and stays open until Ctrl-C. Without one, or with `--headless`, it
 * writes screenshots to `demo-output/`, prints what was found, and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openPopupFor } from './browser/popup-page';
import { launchWithExtension } from './browser/browsers';
import { startProxyServer } from './browser/proxy-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;

const PAGES = [
  { host: 'www.apnews.com', path: '/article/noem-cecot-visit', file: 'noem-cecot-visit.html', shot: 'article' },
  { host: 'elfaro.net', path: '/es/repatriacion', file: 'es-repatriacion-venezolanos.html', shot: 'article-es' },
  {
    host: 'www.apnews.com',
    path: '/article/harbor-festival',
    file: 'unrelated-harbor-festival.html',
    shot: 'unrelated',
  },
];

function build(): void {
  if (args.has('--no-build')) return;
  console.log('Building the extension (wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('wxt build failed');
}

interface Found {
  highlights: number;
  byKind: Record<string, number>;
}

async function readFound(page: Page): Promise<Found> {
  return page.evaluate(() => {
    const byKind: Record<string, number> = {};
    let highlights = 0;
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    registry?.forEach((h, name) => {
      if (!name.startsWith('backstory-') || name === 'backstory-flash') return;
      byKind[name.slice('backstory-'.length)] = h.size;
      highlights += h.size;
    });
    return { highlights, byKind };
  });
}

async function waitForRun(page: Page): Promise<void> {
  await page
    .waitForFunction(() => performance.getEntriesByName('backstory:total').length > 0, { timeout: 5_000, polling: 100 })
    .catch(() => new Promise((r) => setTimeout(r, 2_000)));
}

/** The middle of the first highlighted person name, in CSS pixels. */
async function firstPersonPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const first = registry?.get('backstory-person')?.values().next().value;
    if (!first) return null;
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
}

/** Click the first highlighted person name, as a reader would, to open its card. */
async function openFirstCard(page: Page): Promise<boolean> {
  const point = await firstPersonPoint(page);
  if (!point) return false;
  await page.mouse.click(point.x, point.y);
  return page
    .waitForFunction(() => document.querySelector('[style*="--bs-sheet: 0"]') !== null, { timeout: 3_000 })
    .then(() => new Promise((r) => setTimeout(r, 600)))
    .then(() => true)
    .catch(() => false);
}

/** Scroll the reading panel to its "since this article" section; false when there is none. */
async function scrollToSince(page: Page): Promise<boolean> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { searchId, resultCount } = await cdp.send('DOM.performSearch', {
      query: '.bs-since',
      includeUserAgentShadowDOM: true,
    });
    if (resultCount === 0) return false;
    const { nodeIds } = await cdp.send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: 1 });
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: nodeIds[0] });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { this.scrollIntoView({ block: "start" }); }',
    });
    await new Promise((r) => setTimeout(r, 300));
    return true;
  } finally {
    await cdp.detach();
  }
}

async function main(): Promise<void> {
  build();
  const proxy = await startProxyServer();
  const urls = PAGES.map((p) =>
    proxy.route({ host: p.host, path: p.path, body: readFileSync(join(ROOT, 'tests/fixtures/demo', p.file), 'utf8') }),
  );
  const launched = await launchWithExtension('chromium', {
    extensionDir: join(ROOT, '.output/chrome-mv3'),
    proxyPort: proxy.port,
    headless,
  });
  const { browser } = launched;

  if (!headless) {
    for (const url of urls) await (await browser.newPage()).goto(url);
    console.log('Backstory demo is open. Demo pages:');
    for (const url of urls) console.log(`  ${url}`);
    console.log('Press Ctrl-C to quit.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await launched.close();
    await proxy.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  // Only the demo's own tabs: the popup finds the article's tab among them.
  for (const p of await browser.pages()) await p.close().catch(() => {});
  const shots: string[] = [];
  for (const [i, p] of PAGES.entries()) {
    const page = await browser.newPage();
    await page.goto(urls[i], { waitUntil: 'load' });
    await waitForRun(page);
    const found = await readFound(page);
    const file = join(OUT, `${p.shot}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    const kinds = Object.entries(found.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    console.log(
      `${p.file}: ${found.highlights > 0 ? 'on topic' : 'nothing shown'} — ${found.highlights} highlights${kinds ? ` (${kinds})` : ''}`,
    );

    if (i === 0) {
      if (await openFirstCard(page)) {
        const cardFile = join(OUT, 'card.png');
        await page.screenshot({ path: cardFile });
        shots.push(cardFile);
      } else {
        console.log('  (no card opened: the in-page cards are not available)');
      }
      await page.keyboard.press('Escape');
      // A hover preview: the pointer comes to rest on a name.
      const hover = await firstPersonPoint(page);
      if (hover) {
        await page.mouse.move(hover.x - 40, hover.y, { steps: 4 });
        await page.mouse.move(hover.x, hover.y, { steps: 4 });
        await new Promise((r) => setTimeout(r, 900));
        const previewFile = join(OUT, 'hover-preview.png');
        await page.screenshot({ path: previewFile });
        shots.push(previewFile);
        await page.mouse.move(5, 5);
        await new Promise((r) => setTimeout(r, 600));
      }
      // The reading panel, reached from the keyboard: the launcher is the page's first Tab stop.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await new Promise((r) => setTimeout(r, 800));
      const panelFile = join(OUT, 'panel.png');
      await page.screenshot({ path: panelFile });
      shots.push(panelFile);
      // The panel scrolled to "Since this article was published" (DevTools search reaches our closed root).
      if (await scrollToSince(page)) {
        const sinceFile = join(OUT, 'since.png');
        await page.screenshot({ path: sinceFile });
        shots.push(sinceFile);
      } else {
        console.log('  (no "since this article" section in the panel)');
      }
      await page.keyboard.press('Escape');
      // A click on a name on a HiDPI screen (device scale factor 2): the right card opens.
      await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 2 });
      await new Promise((r) => setTimeout(r, 400));
      if (await openFirstCard(page)) {
        const hidpiFile = join(OUT, 'card-hidpi.png');
        await page.screenshot({ path: hidpiFile });
        shots.push(hidpiFile);
        await page.keyboard.press('Escape');
      } else {
        console.log('  (no card opened at device scale factor 2)');
      }
      await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
      // The toolbar button's own popup, as a reader sees it (Chromium can click it headless).
      const popup = await openPopupFor(browser, launched.extensionOrigin, page);
      await popup.waitForSelector('[data-testid="highlight-count"]', { timeout: 10_000 }).catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
      const popupFile = join(OUT, 'popup.png');
      await popup.screenshot({ path: popupFile });
      shots.push(popupFile);
      await popup.close();
    }
    await page.close();
  }
  console.log(`Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  await launched.close();
  await proxy.close();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
