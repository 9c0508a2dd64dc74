/**
 * "Since this article was published" in real browsers: in the reading panel (reached and walked
 * with the keyboard), in the popup (from the tab report the background keeps) and on an entity
 * card, for an old dated article (the demo article, 27 March 2025), an undated one, and one newer
 * than the pack's review. The undated and newer pages are the demo article with its dates taken
 * out or moved, so only the date differs.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventsSince } from '../../lib/analysis/since';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { evaluateIn } from '../../scripts/browser/evaluate';
import { InPage } from './support/in-page';
import { settle, waitForHighlights } from './support/probes';
import { demoPage, startSession, type E2eSession } from './support/session';
import { findAll, hasClass, type UiNode } from './support/ui-tree';

const pack = loadCompiledPack();

/** `html` with `from` replaced by `to`; throws when `from` is not there, so a changed demo page cannot hollow the test out. */
function swap(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`the demo page no longer contains ${JSON.stringify(from)}`);
  return html.replace(from, to);
}

const OLD = demoPage('noem-cecot-visit.html');
const OLD_DAY = '2025-03-27';
const UNDATED = swap(
  swap(OLD, ',"datePublished":"2025-03-27T09:00:00Z"', ''),
  'By the Demo Desk · March 27, 2025',
  'By the Demo Desk',
);
const NEWER = swap(
  swap(OLD, '"datePublished":"2025-03-27T09:00:00Z"', '"datePublished":"2026-06-10T09:00:00Z"'),
  'March 27, 2025',
  'June 10, 2026',
);
const SPANISH = demoPage('es-repatriacion-venezolanos.html');

const LATER = eventsSince(pack.timeline, OLD_DAY);
const eventText = new Map(pack.timeline.map((e) => [e.text.en, e]));

const byClass = (tree: UiNode | null, cls: string) => findAll(tree, (n) => hasClass(n, cls));

/** The element focused inside our closed shadow root, as "tag.class|text" (read through the automation protocol). */
async function focusedInUi(page: Page, browserName: 'chromium' | 'firefox', tree: UiNode): Promise<string> {
  const shadow = findAll(tree, (n) => n.tag === '#shadow-root')[0];
  const fn = `function () { const a = this.activeElement; return a ? a.localName + '.' + a.className + '|' + (a.textContent || '').trim().slice(0, 60) : ''; }`;
  if (browserName === 'chromium') {
    const cdp = await page.createCDPSession();
    try {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId! });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: fn,
        returnByValue: true,
      });
      return result.value as string;
    } finally {
      await cdp.detach();
    }
  }
  const connection = (
    page.browser() as unknown as {
      connection: { send(m: string, p: object): Promise<{ result: { result: { value?: string } } }> };
    }
  ).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const r = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    this: { sharedId: shadow.sharedId },
    target: { context },
    awaitPromise: false,
  });
  return r.result.result.value ?? '';
}

describe.each(['chromium', 'firefox'] as const)('%s since this article was published', (browserName) => {
  let session: E2eSession;
  const url: Record<string, string> = {};

  beforeAll(async () => {
    session = await startSession(browserName);
    url.old = session.proxy.route({ host: 'www.apnews.com', path: '/article/since-old', body: OLD });
    url.undated = session.proxy.route({ host: 'www.apnews.com', path: '/article/since-undated', body: UNDATED });
    url.newer = session.proxy.route({ host: 'www.apnews.com', path: '/article/since-newer', body: NEWER });
    url.spanish = session.proxy.route({ host: 'elfaro.net', path: '/es/since-repatriacion', body: SPANISH });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Open `target`, wait until Backstory is done, and open the panel from the keyboard (Tab to the launcher, Enter). */
  async function openWithPanel(target: string): Promise<{ page: Page; inPage: InPage; tree: UiNode | null }> {
    const page = await session.newPage();
    await page.goto(target);
    await waitForHighlights(page, 3);
    await settle(page);
    const inPage = new InPage(page, browserName);
    await evaluateIn(page, () => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const tree = await inPage.waitForUi('the reading panel', (t) => byClass(t, 'bs-panel').length > 0);
    return { page, inPage, tree };
  }

  test('an old article: the panel lists the events after its date, with dates and sources, reachable by keyboard', async () => {
    const { page, inPage, tree } = await openWithPanel(url.old);
    const section = byClass(tree, 'bs-since')[0];
    expect(section, 'a since section in the panel').toBeDefined();
    const heading = findAll(section, (n) => n.tag === 'h3')[0];
    expect(heading.text).toBe('Since this article was published');
    expect(section.attrs['aria-labelledby']).toBe(heading.attrs.id);
    expect(byClass(section, 'bs-since__date')[0].text).toBe('This article was published on Mar 27, 2025.');
    expect(findAll(section, (n) => n.tag === 'h4')[0].text).toBe(`${LATER.length} later events`);
    expect(byClass(section, 'bs-since__notice')).toEqual([]);

    const shown = (t: UiNode | null) => byClass(byClass(t, 'bs-since__events')[0] ?? null, 'bs-timeline__event');
    expect(shown(tree)).toHaveLength(4);
    for (const li of shown(tree)) {
      const time = findAll(li, (n) => n.tag === 'time')[0];
      expect(time.attrs.datetime > OLD_DAY).toBe(true);
      expect(byClass(li, 'bs-sources')).toHaveLength(1);
    }

    // Tab from the panel's first stop to "Show all", reading focus inside our closed root.
    let focused = '';
    for (let i = 0; i < 120 && !focused.includes('bs-since__more'); i++) {
      await page.keyboard.press('Tab');
      focused = await focusedInUi(page, browserName, (await inPage.ui())!);
    }
    expect(focused).toContain(`Show all ${LATER.length}`);
    await page.keyboard.press('Enter');
    const all = await inPage.waitForUi('every later event', (t) => shown(t).length === LATER.length);
    // Exactly the pack's events after the article's day: the same list the analyze CLI prints.
    const ids = shown(all).map((li) => eventText.get(byClass(li, 'bs-timeline__text')[0].text)?.id);
    expect([...ids].sort()).toEqual(LATER.map((e) => e.id).sort());
    expect(byClass(all, 'bs-since__more')[0].attrs['aria-expanded']).toBe('true');
    expect(await focusedInUi(page, browserName, all!)).toContain('Show fewer');

    // Disputed points on the page whose status moved on after the article, with what changed.
    const claims = byClass(all, 'bs-since__claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      const claim = pack.claims.find((x) => x.id === c.attrs['data-claim'])!;
      expect(claim.status.date > OLD_DAY).toBe(true);
      expect(c.text).toContain(claim.status.note.en);
    }
    await page.close();
  });

  test('an old article: the popup shows the same section, from the tab report', async () => {
    const page = await session.newPage();
    await page.goto(url.old);
    await waitForHighlights(page, 3);
    await settle(page);
    const popup = await session.openPopupFor(page);
    await popup.waitForSelector('section.bs-since', { timeout: 10_000 });
    const read = await evaluateIn(popup, () => {
      const s = document.querySelector('section.bs-since')!;
      return {
        heading: s.querySelector('h2')?.textContent,
        labelled: document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent,
        date: s.querySelector('.bs-since__date')?.textContent,
        sub: [...s.querySelectorAll('h3')].map((h) => h.textContent),
        events: [...s.querySelectorAll('.bs-timeline__event > time')].map((t) => t.getAttribute('datetime')),
        sources: s.querySelectorAll('.bs-timeline__event .bs-sources').length,
      };
    });
    expect(read.heading).toBe('Since this article was published');
    expect(read.labelled).toBe(read.heading);
    expect(read.date).toBe('This article was published on Mar 27, 2025.');
    expect(read.sub[0]).toBe(`${LATER.length} later events`);
    expect(read.events).toHaveLength(4);
    expect(read.events.every((d) => d! > OLD_DAY)).toBe(true);
    expect(read.sources).toBe(4);
    await popup.close();
    await page.close();
  });

  test('an old article: Kristi Noem’s card says her role then and since', async () => {
    const page = await session.newPage();
    await page.goto(url.old);
    await waitForHighlights(page, 3);
    const card = await new InPage(page, browserName).openCard('backstory-person', { exact: 'Kristi Noem' });
    const line = findAll(card, (n) => n.attrs['data-testid'] === 'role-then-now')[0];
    expect(line?.text).toBe(
      'US Secretary of Homeland Security when this article was published, until Mar 2026; since Mar 2026, Special Envoy for the Shield of the Americas',
    );
    await page.close();
  });

  test('an undated article: "date unknown" and no since section, in the panel, the popup and on cards', async () => {
    const { page, inPage, tree } = await openWithPanel(url.undated);
    expect(byClass(tree, 'bs-since')).toEqual([]);
    expect(byClass(tree, 'bs-since-unknown')[0]?.text).toMatch(/^Publication date unknown/);
    await page.keyboard.press('Escape');
    const card = await inPage.openCard('backstory-person', { exact: 'Kristi Noem' });
    expect(findAll(card, (n) => n.attrs['data-testid'] === 'role-then-now')).toEqual([]);
    const popup = await session.openPopupFor(page);
    await popup.waitForSelector('[data-since="undated"]', { timeout: 10_000 });
    expect(await popup.$('.bs-since')).toBeNull();
    await popup.close();
    await page.close();
  });

  test('an article newer than the pack: says plainly that later developments may be missing', async () => {
    const { page, tree } = await openWithPanel(url.newer);
    const section = byClass(tree, 'bs-since')[0];
    expect(section.attrs['data-since']).toBe('newer-than-pack');
    expect(byClass(section, 'bs-since__notice')[0].text).toBe(
      'This article is newer than Backstory’s data, last reviewed on Mar 31, 2026: later developments may be missing.',
    );
    expect(byClass(section, 'bs-since__events')).toEqual([]);
    const popup = await session.openPopupFor(page);
    await popup.waitForSelector('[data-testid="since-newer-than-pack"]', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  test('a Spanish article: the section in Spanish', async () => {
    const { page, tree } = await openWithPanel(url.spanish);
    const section = byClass(tree, 'bs-since')[0];
    expect(findAll(section, (n) => n.tag === 'h3')[0].text).toBe('Desde que se publicó este artículo');
    expect(byClass(section, 'bs-since__date')[0].text).toBe('Este artículo se publicó el 19 jul 2025.');
    const later = eventsSince(pack.timeline, '2025-07-19');
    expect(findAll(section, (n) => n.tag === 'h4')[0].text).toBe(`${later.length} hechos posteriores`);
    await page.close();
  });

  test('no uncaught error', () => {
    expect(session.errors).toEqual([]);
  });
});
