/**
 * The built extension in real browsers (Chromium and Firefox ESR), as a reader meets it: highlights
 * on an article about the story, silence elsewhere, and the popup's count.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeHtml } from '../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { evaluateIn, pollIn } from '../../scripts/browser/evaluate';
import { hasBackstoryUi, pageText, popupText, readHighlights, settle, waitForHighlights } from './support/probes';
import { demoPage, startSession, type E2eSession } from './support/session';

const pack = loadCompiledPack();
const ARTICLE = demoPage('noem-cecot-visit.html');
const SPANISH = demoPage('es-repatriacion-venezolanos.html');
const UNRELATED = demoPage('unrelated-harbor-festival.html');

/** What the same engine finds in Node: the browser must draw exactly this. */
function expectedHighlightCount(html: string, url: string): number {
  const report = analyzeHtml(html, pack, url);
  return report.entities.reduce((n, e) => n + e.mentions.length, 0) + report.disputed.length;
}

describe.each(['chromium', 'firefox'] as const)('%s', (browserName) => {
  let session: E2eSession;
  let articleUrl: string;
  let spanishUrl: string;
  let unrelatedUrl: string;

  beforeAll(async () => {
    session = await startSession(browserName);
    articleUrl = session.proxy.route({ host: 'www.apnews.com', path: '/article/noem-cecot-visit', body: ARTICLE });
    spanishUrl = session.proxy.route({ host: 'elfaro.net', path: '/es/repatriacion', body: SPANISH });
    unrelatedUrl = session.proxy.route({ host: 'www.apnews.com', path: '/article/harbor-festival', body: UNRELATED });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('highlights the demo article with the expected count, without changing its text', async () => {
    const page = await session.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    const expected = expectedHighlightCount(ARTICLE, articleUrl);
    await waitForHighlights(page, expected);
    await settle(page);
    const drawn = await readHighlights(page);
    expect(drawn.length).toBe(expected);
    const texts = new Set(drawn.map((h) => h.text));
    for (const name of ['Kristi Noem', 'CECOT', 'Nayib Bukele', 'MS-13', 'Tren de Aragua']) {
      expect(texts, `"${name}" highlighted`).toContain(name);
    }
    // The page's text is the same as the file's: nothing was inserted into or changed in the DOM text.
    const original = await evaluateIn(
      page,
      (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '',
      ARTICLE,
    );
    expect(await pageText(page)).toBe(original);
    await page.close();
  });

  test('highlights the Spanish article', async () => {
    const page = await session.newPage();
    await page.goto(spanishUrl, { waitUntil: 'load' });
    const expected = expectedHighlightCount(SPANISH, spanishUrl);
    expect(expected).toBeGreaterThan(0);
    await waitForHighlights(page, expected);
    await settle(page);
    const drawn = await readHighlights(page);
    expect(drawn.length).toBe(expected);
    expect(drawn.map((h) => h.text)).toContain('Centro de Confinamiento del Terrorismo');
    await page.close();
  });

  test('does nothing on an unrelated article', async () => {
    const page = await session.newPage();
    await page.goto(unrelatedUrl, { waitUntil: 'load' });
    await settle(page);
    expect(await readHighlights(page)).toEqual([]);
    expect(await hasBackstoryUi(page)).toBe(false);
    await page.close();
  });

  test('an off-topic page that navigates to the story in place is read again and highlighted', async () => {
    // A single-page app: the story's article replaces the harbor festival, and the address changes.
    const body = ARTICLE.slice(ARTICLE.indexOf('<body'), ARTICLE.indexOf('</body>') + 7);
    const js = (value: string) => JSON.stringify(value).replace(/<\//g, '<\\/');
    const spa = UNRELATED.replace(
      '</body>',
      `<script>
        window.goStory = () => {
          const doc = new DOMParser().parseFromString(${js(`<html><head><title>x</title></head>${body}</html>`)}, 'text/html');
          document.title = ${js(/<title>([^<]*)<\/title>/.exec(ARTICLE)?.[1] ?? '')};
          document.body.replaceWith(document.adoptNode(doc.body));
          history.pushState({}, '', '/article/noem-cecot-visit-spa');
        };
      </script></body>`,
    );
    const spaUrl = session.proxy.route({
      host: 'www.apnews.com',
      path: '/article/harbor-festival-spa-start',
      body: spa,
    });
    const page = await session.newPage();
    await page.goto(spaUrl, { waitUntil: 'load' });
    await settle(page);
    expect(await readHighlights(page)).toEqual([]);
    await evaluateIn(page, () => (window as unknown as { goStory(): void }).goStory());
    const drawn = await waitForHighlights(page, 5);
    expect(drawn.map((h) => h.text)).toContain('Kristi Noem');
    await page.close();
  });

  test('rescans content that arrives after load, and follows single-page navigation', async () => {
    // The same article, its last paragraph added by the page's script after load.
    const lazy = ARTICLE.replace(
      '</body>',
      `<script>
        setTimeout(() => {
          const p = document.createElement('p');
          p.textContent = 'Later on Wednesday, Kristi Noem posted a video recorded inside CECOT.';
          document.querySelector('article').append(p);
        }, 400);
        window.goUnrelated = () => {
          document.querySelector('article').innerHTML = '<h1>Harbor festival returns</h1><p>Tall ships and a lantern parade came back to the old quay this weekend.</p>';
          document.title = 'Harbor festival returns';
          history.pushState({}, '', '/article/harbor-festival-spa');
        };
      </script></body>`,
    );
    const lazyUrl = session.proxy.route({ host: 'www.apnews.com', path: '/article/noem-cecot-visit-live', body: lazy });
    const page = await session.newPage();
    await page.goto(lazyUrl, { waitUntil: 'load' });
    const before = expectedHighlightCount(ARTICLE, articleUrl);
    const drawn = await waitForHighlights(page, before + 2);
    expect(drawn.filter((h) => h.text === 'Kristi Noem')).toHaveLength(2);
    await evaluateIn(page, () => (window as unknown as { goUnrelated(): void }).goUnrelated());
    await pollIn(page, 'every highlight cleared after the in-page navigation', { timeout: 10_000 }, () => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      let n = 0;
      registry?.forEach((h, name) => {
        if (name.startsWith('backstory-')) n += h.size;
      });
      return n === 0;
    });
    await page.close();
  });

  test('the popup shows the number of highlights in the current tab', async () => {
    const page = await session.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    const expected = expectedHighlightCount(ARTICLE, articleUrl);
    await waitForHighlights(page, expected);
    await settle(page);
    const popup = await session.openPopupFor(page);
    // The page reports names first and disputed points after: wait for the count to arrive.
    const text = await popupText(popup, 'highlight-count', String(expected));
    expect(text).toContain(String(expected));
    await popup.close();
    await page.close();
  });

  test('no uncaught error in the pages, the popup or the worker', () => {
    expect(session.errors).toEqual([]);
  });
});
