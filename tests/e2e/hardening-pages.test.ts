/**
 * Hostile and unusual pages, in real Chromium and Firefox: a strict page CSP, a
 * page enforcing Trusted Types, markup, `javascript:`, emoji, bidi and zero-width characters in the
 * article, a 1 MB text node, 5,000-deep nesting, an article in a modal `<dialog>` or in the page's
 * own shadow root, iframes of every kind, documents that are not HTML (text, JSON, XML, SVG, PDF,
 * about:blank, the browser's own pages), a page that keeps removing our UI, a page that patches
 * the DOM APIs we use before we run, and one that claims our host's tag name. Each shows the right
 * thing, and nothing throws anywhere. Fixtures: `tests/fixtures/hostile/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { InPage } from './support/in-page';
import { readHighlights, settle, UI_HOST, waitForHighlights } from './support/probes';
import { demoPage, ROOT, startSession, type E2eSession } from './support/session';
import { cardOf, computedStyleOf, findAll, hasClass, type UiNode, uiNodeRect, waitForUi } from './support/ui-tree';

type BrowserName = 'chromium' | 'firefox';
const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile');
const hostile = (file: string) => readFileSync(join(HOSTILE_DIR, file), 'utf8');
const ARTICLE = demoPage('noem-cecot-visit.html');
const withHeadScript = (html: string, script: string) => html.replace('<head>', `<head><script>${script}</script>`);

/** Click the first highlighted range of `name` whose text contains `contains`, and return the card that opens. */
const openCard = (page: Page, browserName: BrowserName, name: string, contains?: string): Promise<UiNode> =>
  new InPage(page, browserName).openCard(name, contains === undefined ? {} : { contains });

/** Our sheet reached the card: it is laid out as our CSS says, not as an unstyled element. */
async function expectStyledCard(page: Page, browserName: BrowserName, card: UiNode): Promise<void> {
  const style = await computedStyleOf(page, browserName, card, ['position', 'display']);
  expect(style).toEqual({ position: 'fixed', display: 'flex' });
}

/** What a frame holds of ours: UI hosts and highlight ranges. */
async function ownTracesIn(frame: Frame): Promise<{ ui: number; highlights: number }> {
  return frame.evaluate((sel) => {
    let highlights = 0;
    (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach((h, n) => {
      if (n.startsWith('backstory-')) highlights += h.size;
    });
    return { ui: document.querySelectorAll(`${sel}, backstory-ui`).length, highlights };
  }, UI_HOST);
}

const evaluateWithin = <T>(p: Promise<T>, ms: number): Promise<T | 'no answer'> =>
  Promise.race([p, new Promise<'no answer'>((r) => setTimeout(() => r('no answer'), ms))]);

describe.each(['chromium', 'firefox'] as const)('%s on hostile and unusual pages', (browserName) => {
  let session: E2eSession;
  const url: Record<string, string> = {};
  /** Main-thread ms the 1 MB text node cost us (the longest of `total` and the summed highlight passes). */
  let hugeNodeCost = 0;

  beforeAll(async () => {
    session = await startSession(browserName);
    const route = (
      key: string,
      path: string,
      body: string,
      extra: { host?: string; contentType?: string; headers?: Record<string, string> } = {},
    ) => {
      url[key] = session.proxy.route({
        host: extra.host ?? 'www.apnews.com',
        path,
        body,
        contentType: extra.contentType,
        headers: extra.headers,
      });
    };
    route('csp', '/article/strict-csp', ARTICLE, {
      headers: { 'content-security-policy': "default-src 'none'; style-src 'none'" },
    });
    route(
      'trustedTypes',
      '/article/trusted-types',
      withHeadScript(
        ARTICLE,
        // Proves the policy is in force in this browser: a plain string into innerHTML must throw.
        `try { document.createElement('div').innerHTML = '<b>x</b>'; window.__tt = 'not enforced'; } catch (e) { window.__tt = 'enforced'; }`,
      ),
      { headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" } },
    );
    route('markup', '/article/markup-as-text', hostile('markup-as-text.html'));
    route('frames', '/article/iframes', hostile('iframes.html'));
    // A single 1 MB text node (names every ~2 KB), and the article's last paragraph 5,000 elements
    // deep (built by script: the HTML parser would flatten such nesting). The levels are
    // `display: contents`: Chromium's own layout stalls for minutes on a few hundred nested boxes,
    // with or without the extension (measured on an unlisted site), while the DOM depth is what we walk.
    const filler = 'The ministry published its weekly figures and the committee met again without a decision. ';
    let big = '';
    while (big.length < 1_000_000) big += `${filler.repeat(22)}Kristi Noem spoke about CECOT in El Salvador. `;
    route(
      'hugeTextNode',
      '/article/huge-text-node',
      ARTICLE.replace('</article>', `<p id="huge">${big}</p></article>`),
    );
    route(
      'deepNesting',
      '/article/deep-nesting',
      ARTICLE.replace(
        '</article>',
        `<div id="deep-root"></div></article><script>
          let node = document.getElementById('deep-root');
          for (let i = 0; i < 5000; i++) {
            node = node.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
            node.style.display = 'contents';
          }
          node.textContent = 'Deep inside the page, Nayib Bukele answered questions about CECOT.';
        </script>`,
      ),
    );
    route('shadowArticle', '/article/open-shadow', hostile('open-shadow-article.html'));
    route('dialog', '/article/modal-dialog', hostile('modal-dialog.html'));
    for (const path of ['/article/frame-inner', '/article/frame-inner-sandboxed', '/article/frame-inner-scripts']) {
      route(path, path, hostile('frame-article.html'));
    }
    route('crossFrame', '/world/frame-inner', hostile('frame-article.html'), { host: 'www.reuters.com' });
    route('text', '/data/cecot.txt', hostile('cecot.txt'), { contentType: 'text/plain; charset=utf-8' });
    route('json', '/data/cecot.json', hostile('cecot.json'), { contentType: 'application/json; charset=utf-8' });
    route('xml', '/data/cecot.xml', hostile('cecot.xml'), { contentType: 'application/xml; charset=utf-8' });
    route('svg', '/data/cecot.svg', hostile('cecot.svg'), { contentType: 'image/svg+xml' });
    route('pdf', '/data/cecot.pdf', hostile('cecot.pdf'), { contentType: 'application/pdf' });
    route(
      'remover',
      '/article/removes-ui',
      withHeadScript(
        ARTICLE,
        `window.__removals = 0;
         new MutationObserver(() => {
           for (const el of document.querySelectorAll('${UI_HOST}')) { el.remove(); window.__removals++; }
         }).observe(document.documentElement, { childList: true, subtree: true });`,
      ),
    );
    route(
      'removeOnce',
      '/article/removes-ui-once',
      withHeadScript(
        ARTICLE,
        `window.__removals = 0;
         const mo = new MutationObserver(() => {
           const el = document.querySelector('${UI_HOST}');
           if (el) { el.remove(); window.__removals++; mo.disconnect(); }
         });
         mo.observe(document.documentElement, { childList: true, subtree: true });`,
      ),
    );
    route(
      'patched',
      '/article/patched-globals',
      withHeadScript(
        ARTICLE,
        // Each replacement fails (and is noted) when called from extension code, and otherwise
        // hands over to the original, so the page and the test tooling keep working.
        `window.__patchCalls = [];
         const fromExtension = () => (new Error().stack || '').includes('-extension://');
         const trap = (owner, key, label) => {
           const original = owner[key];
           owner[key] = function (...args) {
             if (fromExtension()) { window.__patchCalls.push(label); throw new Error('page: ' + label + ' blocked'); }
             return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
           };
         };
         trap(Element.prototype, 'attachShadow', 'attachShadow');
         trap(Element.prototype, 'append', 'Element.append');
         trap(Element.prototype, 'closest', 'Element.closest');
         trap(Element.prototype, 'querySelectorAll', 'Element.querySelectorAll');
         trap(Document.prototype, 'createElement', 'Document.createElement');
         trap(window, 'MutationObserver', 'MutationObserver');
         trap(window, 'StaticRange', 'StaticRange');
         trap(window, 'Highlight', 'Highlight');
         trap(HighlightRegistry.prototype, 'set', 'HighlightRegistry.set');
         trap(CSSStyleSheet.prototype, 'replaceSync', 'replaceSync');`,
      ),
    );
    route(
      'customElement',
      '/article/custom-element',
      withHeadScript(
        ARTICLE,
        // The page claims our old fixed tag name first; our host's name is random now, so it also
        // claims that name as soon as the host appears (upgrading it with its own class), and tries
        // to get at the shadow root we attach.
        `window.__ce = { constructed: 0, stolen: 0, defined: [] };
         const thief = () => class extends HTMLElement {
           constructor() { super(); window.__ce.constructed++; }
           attachShadow(init) { const root = super.attachShadow({ ...init, mode: 'open' }); window.__ce.stolen++; window.__ceRoot = root; return root; }
         };
         customElements.define('backstory-ui', thief());
         new MutationObserver(() => {
           const name = document.documentElement.firstElementChild?.localName ?? '';
           if (!name.includes('-') || customElements.get(name)) return;
           window.__ce.defined.push(name);
           customElements.define(name, thief());
         }).observe(document.documentElement, { childList: true });`,
      ),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  test("a strict page CSP (default-src 'none'; style-src 'none'): highlights drawn, the card opens styled", async () => {
    const page = await session.newPage();
    await page.goto(url.csp);
    // The policy is in force: the page's own <style> (body margin 0) was refused.
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('8px');
    await waitForHighlights(page, 5);
    const card = await openCard(page, browserName, 'backstory-person', 'Kristi Noem');
    expect(card?.attrs['data-target']).toBe('entity:kristi-noem');
    await expectStyledCard(page, browserName, card!);
    await page.close();
  });

  test('a page enforcing Trusted Types: highlights drawn, the card opens styled', async () => {
    const page = await session.newPage();
    await page.goto(url.trustedTypes);
    const enforcement = await page.evaluate(() => (window as unknown as { __tt?: string }).__tt);
    // Both browsers enforce it now (Firefox since 144); if one did not, this test would prove less.
    expect(enforcement).toBe('enforced');
    await waitForHighlights(page, 5);
    const card = await openCard(page, browserName, 'backstory-person', 'Kristi Noem');
    expect(card?.attrs['data-target']).toBe('entity:kristi-noem');
    await expectStyledCard(page, browserName, card!);
    await page.keyboard.press('Escape');
    const claim = await openCard(page, browserName, 'backstory-disputed', 'Relatives of many');
    expect(claim?.attrs['data-target']).toBe('claim:gang-membership');
    await page.close();
  });

  test('markup and javascript: in the article are quoted as text in the card and never run', async () => {
    const page = await session.newPage();
    await page.goto(url.markup);
    await waitForHighlights(page, 5);
    const card = await openCard(page, browserName, 'backstory-disputed', 'onerror');
    expect(card?.attrs['data-target']).toBe('claim:cecot-conditions');
    const quote = findAll(card!, (n) => hasClass(n, 'bs-excerpt__text'))[0];
    expect(quote.text).toContain(`<img src=x onerror="window.__executed.push('img')">`);
    expect(quote.text).toContain(`<script>window.__executed.push('script')</script>`);
    expect(quote.text).toContain(`(javascript:window.__executed.push('js-text'))`);
    // Only text: no element the quote could have turned into.
    expect(findAll(quote, (n) => n.tag !== '#text' && n !== quote)).toEqual([]);
    expect(findAll(card!, (n) => ['img', 'script', 'iframe', 'object', 'embed'].includes(n.tag))).toEqual([]);

    await page.keyboard.press('Escape');
    await waitForUi(page, browserName, (t) => !cardOf(t));
    const linked = await openCard(page, browserName, 'backstory-disputed', 'The flights were');
    expect(linked?.attrs['data-target']).toBe('claim:aea-invasion');
    expect(findAll(linked!, (n) => hasClass(n, 'bs-excerpt__text'))[0].text).toContain(
      'declaring that Tren de Aragua was invading the country',
    );
    for (const a of findAll(linked!, (n) => n.tag === 'a')) expect(a.attrs.href).toMatch(/^https:\/\//);
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => (window as unknown as { __executed: string[] }).__executed)).toEqual([]);

    // Names next to emoji, bidi marks and zero-width characters: found, and the highlight covers
    // the name only, never the invisible or pictographic neighbours.
    const drawn = await readHighlights(page);
    const inUnicodeParagraph = await page.evaluate(() => {
      const p = document.getElementById('unicode')!;
      const out: string[] = [];
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, n) => {
        if (!n.startsWith('backstory-') || n.includes('-disputed')) return;
        h.forEach((r) => {
          if (p.contains(r.startContainer)) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            out.push(range.toString());
          }
        });
      });
      return out;
    });
    expect(drawn.length).toBeGreaterThan(5);
    expect(inUnicodeParagraph).toContain('Nayib Bukele');
    for (const text of inUnicodeParagraph) {
      expect(text, JSON.stringify(text)).not.toMatch(
        /^[\u200b-\u200f\u00ad\s]|[\u200b-\u200f\u00ad\s]$|\p{Extended_Pictographic}/u,
      );
    }
    await page.close();
  });

  // An emoji glued to a name must not hide it (UTF-16 surrogates once counted as letters, so the
  // word-boundary check failed next to "🙂").
  test('a name glued to an emoji ("🙂Bukele🙂") is found', async () => {
    const page = await session.newPage();
    await page.goto(url.markup);
    await waitForHighlights(page, 5);
    const texts = await page.evaluate(() => {
      const p = document.getElementById('unicode')!;
      const out: string[] = [];
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights
        .get('backstory-person')
        ?.forEach((r) => {
          if (p.contains(r.startContainer))
            out.push(`${r.startContainer.textContent?.slice(r.startOffset - 2, r.startOffset)}|`);
        });
      return out;
    });
    await page.close();
    // The highlight right after the glued emoji.
    expect(texts).toContain('🙂|');
  });

  test('an article in a modal <dialog>: highlights drawn, names split across elements found, the card opens on top', async () => {
    const page = await session.newPage();
    await page.goto(url.dialog);
    const drawn = await waitForHighlights(page, 5);
    // "<b>Donald</b> <i>Trump</i>": one highlight across both elements.
    expect(drawn.map((h) => h.text)).toContain('Donald Trump');
    const card = await openCard(page, browserName, 'backstory-person', 'Kristi Noem');
    expect(card?.attrs['data-target']).toBe('entity:kristi-noem');
    // The modal dialog sits in the top layer and makes the rest of the page inert: the card must be
    // above it, or the reader sees nothing and cannot reach it.
    const rect = await uiNodeRect(page, browserName, card!);
    const onTop = await page.evaluate(
      (x: number, y: number, sel: string) => document.elementFromPoint(x, y)?.matches(sel) ?? false,
      rect.x + rect.width / 2,
      rect.y + Math.min(rect.height / 2, 40),
      UI_HOST,
    );
    expect(onTop).toBe(true);
    // When the dialog closes, the UI goes back to the root (else it would hide with the dialog).
    await page.evaluate(() => (document.getElementById('reader') as HTMLDialogElement).close());
    await page.waitForFunction(
      (sel: string) => document.querySelector(sel)?.parentNode === document.documentElement,
      {
        timeout: 5_000,
        polling: 100,
      },
      UI_HOST,
    );
    await page.close();
  });

  test('a single 1 MB text node: analysed and drawn, the page stays responsive', async () => {
    const page = await session.newPage();
    await page.goto(url.hugeTextNode);
    const drawn = await waitForHighlights(page, 400, 30_000);
    expect(drawn.filter((h) => h.text === 'Kristi Noem').length).toBeGreaterThan(400);
    // The page answers at once afterwards: nothing of ours keeps its main thread busy.
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - t0).toBeLessThan(1_000);
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('backstory:'))
        .map((e) => [e.name, Math.round(e.duration)] as const),
    );
    hugeNodeCost = measures
      .filter(([n]) => n === 'backstory:total' || n === 'backstory:highlight')
      .reduce((a, [n, d]) => (n === 'backstory:total' ? Math.max(a, d) : a), 0);
    hugeNodeCost = Math.max(
      hugeNodeCost,
      measures.filter(([n]) => n === 'backstory:highlight').reduce((a, [, d]) => a + d, 0),
    );
    console.info(`[hardening] ${browserName} 1 MB text node, ${drawn.length} highlights: ${JSON.stringify(measures)}`);
    await page.close();
  });

  // Firefox used to spend 10-15 s here: Gecko copies a 1 MB text node's string on every `.data`
  // read, and the text index read it twice per highlight; it now keeps each node's length. This is
  // a guard against that quadratic regression only, with room for a loaded machine (1.2-2.1 s seen
  // here); what the reader pays is measured by `npm run bench`, against a control, as ratios.
  test('the 1 MB text node does not go quadratic again (well under the 10 s it once cost)', () => {
    expect(hugeNodeCost).toBeGreaterThan(0);
    expect(hugeNodeCost).toBeLessThan(6_000);
  });

  test('5,000-deep nesting: the deepest name is highlighted and its card opens', async () => {
    const page = await session.newPage();
    await page.goto(url.deepNesting);
    await waitForHighlights(page, 5);
    await page.waitForFunction(
      () => {
        let found = false;
        (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights
          .get('backstory-person')
          ?.forEach((r) => {
            if (r.startContainer.parentElement?.textContent?.startsWith('Deep inside')) found = true;
          });
        return found;
      },
      { timeout: 10_000, polling: 100 },
    );
    const card = await openCard(page, browserName, 'backstory-person', 'Nayib Bukele');
    expect(card?.attrs['data-target']).toBe('entity:nayib-bukele');
    await page.close();
  });

  test("an article inside the page's own open shadow root is highlighted, styled and clickable", async () => {
    const page = await session.newPage();
    await page.goto(url.shadowArticle);
    await waitForHighlights(page, 3);
    await settle(page);
    const shadowHtml = () => page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.innerHTML);
    const before = await shadowHtml();
    // Every range lies in the component's shadow tree, and our rules were adopted there.
    const where = await page.evaluate(() => {
      const host = document.querySelector('news-article')!;
      let inShadow = 0;
      let elsewhere = 0;
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
        if (!name.startsWith('backstory-')) return;
        h.forEach((r) => ((r.startContainer.getRootNode() as ShadowRoot).host === host ? inShadow++ : elsewhere++));
      });
      const sheets = host.shadowRoot!.adoptedStyleSheets.length;
      return { inShadow, elsewhere, sheets };
    });
    expect(where.inShadow).toBeGreaterThanOrEqual(3);
    expect(where.elsewhere).toBe(0);
    expect(where.sheets).toBeGreaterThanOrEqual(1);
    // A click on a highlighted name inside the component opens its card.
    expect((await openCard(page, browserName, 'backstory-person', 'Kristi Noem'))?.attrs['data-target']).toBe(
      'entity:kristi-noem',
    );
    // The component's own markup is untouched.
    expect(await shadowHtml()).toBe(before);
    // A paragraph the component adds later is read too (its shadow root is watched).
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Secretary of State Marco Rubio said more flights would follow.';
      document.querySelector('news-article')!.shadowRoot!.querySelector('article')!.append(p);
    });
    await page.waitForFunction(
      () =>
        [
          ...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('backstory-person') ??
            []),
        ].some((r) => (r.startContainer as Text).data?.slice(r.startOffset, r.endOffset) === 'Marco Rubio'),
      { timeout: 10_000, polling: 100 },
    );
    await page.close();
  });

  test('iframes of every kind (same-origin, cross-origin, sandboxed, srcdoc) get no UI and no highlights', async () => {
    const page = await session.newPage();
    await page.goto(url.frames);
    await waitForHighlights(page, 5);
    await settle(page);
    await new Promise((r) => setTimeout(r, 1_000));
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(5);
    const seen: Record<string, unknown> = {};
    for (const frame of frames) {
      // A frame without script permission may offer no context to evaluate in: then the parent's
      // view of it (below) and the top-frame-only manifest are the evidence.
      seen[frame.url()] = await evaluateWithin(ownTracesIn(frame), 3_000).catch((e: Error) => `error: ${e.message}`);
    }
    for (const [frameUrl, traces] of Object.entries(seen)) {
      if (typeof traces === 'string') continue;
      expect(traces, frameUrl).toEqual({ ui: 0, highlights: 0 });
    }
    // Frames we can read into from the top document: same-origin and srcdoc.
    const fromParent = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll('iframe')].map((f) => {
          const d = f.contentDocument;
          return { id: f.id, readable: !!d, ui: d ? d.querySelectorAll(`${sel}, backstory-ui`).length : 0 };
        }),
      UI_HOST,
    );
    for (const f of fromParent) expect(f.ui, f.id).toBe(0);
    expect(fromParent.filter((f) => f.readable).map((f) => f.id)).toEqual(
      expect.arrayContaining(['same-origin', 'srcdoc']),
    );
    expect(Object.values(seen).filter((t) => typeof t !== 'string').length).toBeGreaterThanOrEqual(3);
    // The top document has exactly one UI host.
    expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, UI_HOST)).toBe(1);
    await page.close();
  });

  test.each(['text', 'json', 'xml', 'svg'])(
    'a %s document on a listed site: nothing injected, nothing thrown',
    async (kind) => {
      const page = await session.newPage();
      await page.goto(url[kind]);
      // The content script would have run by now (it runs at document idle, in well under a second).
      await new Promise((r) => setTimeout(r, 1_500));
      const traces = await page.evaluate((sel) => {
        let highlights = 0;
        (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach((h, n) => {
          if (n.startsWith('backstory-')) highlights += h.size;
        });
        return {
          ui: document.querySelectorAll(`${sel}, backstory-ui`).length,
          highlights,
          ran: performance.getEntriesByName('backstory:total').length,
          contentType: document.contentType,
        };
      }, UI_HOST);
      expect({ ui: traces.ui, highlights: traces.highlights }, JSON.stringify(traces)).toEqual({
        ui: 0,
        highlights: 0,
      });
      await page.close();
    },
  );

  test("a PDF on a listed site and the browser's own pages: nothing injected, nothing thrown", async () => {
    const page = await session.newPage();
    const visited: Record<string, unknown> = {};
    const ownPage = browserName === 'chromium' ? 'chrome://version/' : 'about:license';
    for (const target of [url.pdf, ownPage]) {
      // A headless browser may hand a PDF to its viewer or treat it as a download: either is fine.
      // (Firefox over WebDriver BiDi loads about: pages but may never report them loaded.)
      const navigation = await page.goto(target, { timeout: 5_000 }).then(
        () => 'loaded',
        (e: Error) => `not loaded: ${e.message.split('\n')[0]}`,
      );
      await new Promise((r) => setTimeout(r, 1_500));
      const frames: unknown[] = [];
      for (const frame of page.frames()) {
        frames.push(
          await evaluateWithin(
            frame.evaluate((sel) => document.querySelectorAll(`${sel}, backstory-ui`).length, UI_HOST),
            3_000,
          ).catch(() => 'not readable'),
        );
      }
      visited[target] = { navigation, frames };
      for (const n of frames) if (typeof n === 'number') expect(n, `${target}: ${JSON.stringify(visited)}`).toBe(0);
    }
    console.info(`[hardening] ${browserName} PDF and own pages:`, JSON.stringify(visited));
    await page.close();
  });

  test('about:blank: nothing injected, nothing thrown', async () => {
    const page = await session.newPage();
    await page.goto('about:blank');
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, UI_HOST)).toBe(0);
    await page.close();
  });

  test('a page that keeps removing our UI: a bounded number of re-mounts, then we stand down', async () => {
    const page = await session.newPage();
    await page.goto(url.remover);
    await waitForHighlights(page, 5);
    const removals = () => page.evaluate(() => (window as unknown as { __removals: number }).__removals);
    await page.waitForFunction(() => (window as unknown as { __removals: number }).__removals > 0, {
      timeout: 10_000,
      polling: 100,
    });
    const atStart = await removals();
    await new Promise((r) => setTimeout(r, 1_500));
    const midway = await removals();
    await new Promise((r) => setTimeout(r, 1_500));
    const after3s = await removals();
    expect(after3s).toBeGreaterThanOrEqual(atStart);
    expect(after3s).toBeLessThanOrEqual(5);
    // It has stopped, not merely slowed down.
    expect(after3s).toBe(midway);
    // The page is still responsive and its text is ours to leave alone; highlights stay drawn.
    expect((await readHighlights(page)).length).toBeGreaterThan(5);
    await page.close();
  });

  test('a page that removes our UI once: it comes back, and cards still open', async () => {
    const page = await session.newPage();
    await page.goto(url.removeOnce);
    await waitForHighlights(page, 5);
    await page.waitForFunction(() => (window as unknown as { __removals: number }).__removals === 1, {
      timeout: 10_000,
      polling: 100,
    });
    await page.waitForFunction(
      (sel: string) => document.querySelector(sel) !== null,
      { timeout: 5_000, polling: 100 },
      UI_HOST,
    );
    const card = await openCard(page, browserName, 'backstory-person', 'Kristi Noem');
    expect(card?.attrs['data-target']).toBe('entity:kristi-noem');
    await page.close();
  });

  test('main-world patches of attachShadow, MutationObserver, CSS.highlights and Element do not reach us', async () => {
    const page = await session.newPage();
    await page.goto(url.patched);
    // Our content script runs in its own world (Chromium) or through Xray wrappers (Firefox): the
    // page's replacements are invisible to it, so it draws and mounts as usual.
    await waitForHighlights(page, 5);
    const card = await openCard(page, browserName, 'backstory-person', 'Kristi Noem');
    expect(card?.attrs['data-target']).toBe('entity:kristi-noem');
    await expectStyledCard(page, browserName, card!);
    // Later content is still picked up: our MutationObserver is the real one.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later on Wednesday, Kristi Noem posted a video recorded inside CECOT.';
      Node.prototype.appendChild.call(document.querySelector('article'), p);
    });
    await page.waitForFunction(
      () => {
        let n = 0;
        (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights
          .get('backstory-person')
          ?.forEach((r) => {
            if (r.startContainer.parentElement?.textContent?.startsWith('Later on Wednesday')) n++;
          });
        return n > 0;
      },
      { timeout: 10_000, polling: 100 },
    );
    expect(await page.evaluate(() => (window as unknown as { __patchCalls: string[] }).__patchCalls)).toEqual([]);
    await page.close();
  });

  test("a page that defines our host's tag as its own custom element cannot open our shadow root", async () => {
    const page = await session.newPage();
    await page.goto(url.customElement);
    await waitForHighlights(page, 5);
    const card = await openCard(page, browserName, 'backstory-person', 'Kristi Noem');
    expect(card?.attrs['data-target']).toBe('entity:kristi-noem');
    const ce = await page.evaluate((sel) => {
      const w = window as unknown as {
        __ce: { constructed: number; stolen: number; defined: string[] };
        __ceRoot?: ShadowRoot;
      };
      const host = document.querySelector(sel);
      return { ...w.__ce, tag: host?.localName, hostShadowRoot: host?.shadowRoot != null, rootReadable: !!w.__ceRoot };
    }, UI_HOST);
    expect(ce).toMatchObject({ stolen: 0, hostShadowRoot: false, rootReadable: false });
    // The page did claim our random name once it saw it (and upgraded our host): the UI still works.
    expect(ce.defined).toContain(ce.tag);
    await page.close();
  });

  test('no uncaught error in any page, frame or worker', () => {
    // Firefox reports the page CSP's refusals of the page's own resources as errors too: the demo
    // page's one inline <style>, its favicon, and the Trusted Types page's own probe. Any refusal
    // of ours would add to these (a second inline style, a second sink), so they are counted.
    const csp = session.errors.filter((e) => e.startsWith('page: Content-Security-Policy:'));
    expect(session.errors.filter((e) => !csp.includes(e))).toEqual([]);
    expect(csp.filter((e) => /blocked an inline style/.test(e)).length).toBeLessThanOrEqual(1);
    expect(csp.filter((e) => /injection sink/.test(e)).length).toBeLessThanOrEqual(1);
    expect(csp.filter((e) => !/blocked an inline style|injection sink|favicon\.ico/.test(e))).toEqual([]);
  });
});
