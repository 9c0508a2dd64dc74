/**
 * The in-page experience in real browsers: cards open from the highlighted text and close with
 * Escape, disputed points show every position, the page's CSS cannot restyle our closed shadow UI,
 * and (Chromium, where DevTools can reach into the closed root) the panel passes axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { InPage } from './support/in-page';
import { UI_HOST, waitForHighlights } from './support/probes';
import { demoPage, startSession, type E2eSession } from './support/session';
import { findAll, hasClass, waitForUi } from './support/ui-tree';

const pack = loadCompiledPack();
const ARTICLE = demoPage('noem-cecot-visit.html');
const HOSTILE = ARTICLE.replace(
  '</head>',
  `<style>
    * { all: unset !important; }
    html { font-size: 40px !important; }
    :root > :not(head):not(body), ${UI_HOST} { display: none !important; font-size: 50px !important; color: red !important; }
    :root { --bs-bg: red; }
  </style></head>`,
);

describe.each(['chromium', 'firefox'] as const)('%s in-page UI', (browserName) => {
  let session: E2eSession;
  let url: string;
  let hostileUrl: string;

  beforeAll(async () => {
    session = await startSession(browserName);
    url = session.proxy.route({ host: 'www.apnews.com', path: '/article/noem-ui', body: ARTICLE });
    hostileUrl = session.proxy.route({ host: 'www.apnews.com', path: '/article/noem-hostile', body: HOSTILE });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the launcher summarises what was found', async () => {
    const page = await session.newPage();
    await page.goto(url);
    await waitForHighlights(page, 5);
    // Read once the page is settled: the disputed points are counted after an idle pass.
    const launcher = await new InPage(page, browserName).launcherText();
    expect(launcher).toMatch(/Backstory/);
    expect(launcher).toMatch(/\d+ names/);
    expect(launcher).toMatch(/\d+ disputed points?/);
    await page.close();
  });

  test('clicking a highlighted name opens its card, and Escape closes it', async () => {
    const page = await session.newPage();
    await page.goto(url);
    await waitForHighlights(page, 5);
    const inPage = new InPage(page, browserName);
    const card = await inPage.openCard('backstory-person', { exact: 'Kristi Noem' });
    expect(card.attrs['data-target']).toBe('entity:kristi-noem');
    expect(card.attrs.role).toBe('dialog');
    expect(card.text).toContain('Kristi Noem');
    expect(card.text).toMatch(/as of/i);
    // Sources are links out, to https only, opened safely.
    const links = findAll(card, (n) => n.tag === 'a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.attrs.href).toMatch(/^https:\/\//);
      expect(a.attrs.rel).toContain('noopener');
    }
    await inPage.closeCard();
    await page.close();
  });

  test('a disputed sentence opens a card with every position and who holds it', async () => {
    const page = await session.newPage();
    await page.goto(url);
    await waitForHighlights(page, 5);
    // (Disputed sentences are drawn in an idle pass after the names: openCard waits for it.)
    const card = await new InPage(page, browserName).openCard('backstory-disputed');
    expect(card.attrs['data-target']).toMatch(/^claim:/);
    const claimId = card.attrs['data-target'].slice('claim:'.length);
    const claim = pack.claims.find((c) => c.id === claimId)!;
    expect(claim).toBeDefined();
    for (const position of claim.positions) expect(card.text).toContain(position.holder.en);
    await page.close();
  });

  test('a hostile page stylesheet neither hides nor restyles the UI', async () => {
    const page = await session.newPage();
    await page.goto(hostileUrl);
    await waitForHighlights(page, 5);
    const inPage = new InPage(page, browserName);
    expect((await inPage.openCard('backstory-person', { exact: 'Kristi Noem' })).attrs['data-target']).toBe(
      'entity:kristi-noem',
    );
    const tree = await inPage.ui();
    if (browserName === 'chromium') {
      const cdp = await page.createCDPSession();
      await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const sizeOf = async (backendNodeId: number) => {
        const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] });
        const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0] });
        const get = (p: string) => computedStyle.find((s) => s.name === p)?.value;
        return { fontSize: get('font-size'), display: get('display') };
      };
      await cdp.send('CSS.enable');
      const title = findAll(tree, (n) => n.attrs.id === 'bs-card-title')[0];
      const style = await sizeOf(title.backendNodeId!);
      // Our card title keeps its own px size: neither `html { font-size: 40px }` nor the host rule reach it.
      expect(style.fontSize).not.toBe('40px');
      expect(style.fontSize).not.toBe('50px');
      expect(style.display).not.toBe('none');
      await cdp.detach();
    }
    await page.close();
  });

  if (browserName === 'chromium') {
    test('the reading panel lists what was found and axe-core finds no violations in it', async () => {
      const page = await session.newPage();
      await page.goto(url);
      await waitForHighlights(page, 5);
      // The panel is checked with everything in it: once the page says its analysis is done.
      await session.inPage(page).settled();
      const tree = await waitForUi(
        page,
        browserName,
        (t) => findAll(t, (n) => hasClass(n, 'bs-launcher__open')).length > 0,
      );
      const open = findAll(tree, (n) => hasClass(n, 'bs-launcher__open'))[0];
      const cdp = await page.createCDPSession();
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: open.backendNodeId! });
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      const withPanel = await waitForUi(
        page,
        browserName,
        (t) => findAll(t, (n) => hasClass(n, 'bs-panel')).length > 0,
      );
      const panel = findAll(withPanel, (n) => hasClass(n, 'bs-panel'))[0];
      expect(panel.attrs.role).toBe('dialog');
      expect(panel.text).toContain('Kristi Noem');
      expect(panel.text).toContain('Nayib Bukele');

      // axe-core, evaluated in the page (not added to its DOM), run on our mount inside the closed root.
      const require = createRequire(import.meta.url);
      const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
      await page.evaluate(axeSource);
      // axe walks open shadow roots through `host.shadowRoot`; this test page lends it our closed one.
      const shadow = findAll(withPanel, (n) => n.tag === '#shadow-root')[0];
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId! });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `async function () {
          const root = this;
          Object.defineProperty(root.host, 'shadowRoot', { get: () => root });
          const r = await window.axe.run({ include: [[${JSON.stringify(UI_HOST)}]] }, { resultTypes: ['violations'] });
          return JSON.stringify(r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help })));
        }`,
        awaitPromise: true,
        returnByValue: true,
      });
      expect(exceptionDetails?.exception?.description ?? null).toBeNull();
      expect(JSON.parse(result.value as string)).toEqual([]);
      await cdp.detach();
      await page.close();
    });
  }

  test('no uncaught error', () => {
    expect(session.errors).toEqual([]);
  });
});
