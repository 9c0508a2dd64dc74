import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ORPHAN_CHECK_MS } from '../../../lib/content/lifecycle';
import {
  BACKGROUND_TIMEOUT_MS,
  startContentScript,
  type ContentScriptOptions,
} from '../../../lib/content/start-content-script';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { sendMessage } from '../../../lib/messages/protocol';
import { mountInPageUi } from '../../../components/inpage/mount';
import newsSites from '../../../assets/dataset/news-sites.json';
import { forgetOwnHost, ownHostsIn } from '../../../lib/dom/own-ui';
import { UI_HOST_ROTATE_MS } from '../../../lib/settings/ui-host';

/** Our UI hosts in the page, known by identity as the engine knows them (they have no stable name). */
const hosts = () => ownHostsIn(document);

/**
 * What the entrypoint passes besides the page: the UI mount bound to its stylesheet, the
 * highlights' stylesheet and the curated outlets.
 */
const IN_PAGE_CSS = readFileSync(join(process.cwd(), 'assets/styles/inpage-ui.css'), 'utf8');
const entry: Pick<ContentScriptOptions, 'mountUi' | 'highlightCss' | 'curatedSites'> = {
  mountUi: (options) => mountInPageUi({ ...options, css: IN_PAGE_CSS }),
  highlightCss: readFileSync(join(process.cwd(), 'assets/styles/highlights.css'), 'utf8'),
  curatedSites: newsSites.sites,
};

// Our own protocol module stands in for the background: what the content script asks and is told,
// in our message names and types, whatever wire format the messaging library uses underneath.
vi.mock('../../../lib/messages/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messages/protocol')>()),
  sendMessage: vi.fn(),
  onMessage: vi.fn(() => () => {}),
}));
const ask = vi.mocked(sendMessage);

/** The background's answer to "may Backstory run here?" (other messages are just taken). */
function backgroundDecides(decision: 'auto' | 'never'): void {
  ask.mockImplementation((async (type: string) => (type === 'site:decide' ? decision : undefined)) as never);
}

const pack = loadCompiledPack();
const loadPack = async () => pack;

function load(file: string): void {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/demo', file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

describe('startContentScript', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => {
    ask.mockReset();
    // Timers only: the page controller's User Timing stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    ctx?.abort();
    (globalThis as { __backstoryRunning?: unknown }).__backstoryRunning = undefined;
    for (const h of hosts()) {
      h.remove();
      forgetOwnHost(h);
    }
  });

  test('a page off the story costs no storage read and no message to the background', async () => {
    load('unrelated-harbor-festival.html');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    ctx = new ContentScriptContext('content');
    const result = await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    expect(result).toBeNull();
    expect(get).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
  });

  test('a page that passes the cheap check asks the background whether to run here', async () => {
    load('noem-cecot-visit.html');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    backgroundDecides('never');
    ctx = new ContentScriptContext('content');
    const result = await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    expect(get).toHaveBeenCalled();
    expect(ask).toHaveBeenCalledWith('site:decide');
    // The background said "never": nothing runs.
    expect(result).toBeNull();
  });

  test('left without its extension (reload or update), a running instance takes its UI down', async () => {
    load('noem-cecot-visit.html');
    backgroundDecides('auto');
    ctx = new ContentScriptContext('content');
    const result = await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    expect(result?.report.topic.onTopic).toBe(true);
    expect(hosts()).toHaveLength(1);
    const id = fakeBrowser.runtime.id;
    try {
      // What Chromium does to an orphaned content script: the extension API loses its id.
      (fakeBrowser.runtime as { id?: string }).id = undefined;
      // At the latest by its next periodic check, the instance has noticed.
      await vi.advanceTimersByTimeAsync(ORPHAN_CHECK_MS);
      expect(ctx.isInvalid).toBe(true);
      expect(hosts()).toHaveLength(0);
      expect((globalThis as { __backstoryRunning?: unknown }).__backstoryRunning).toBeUndefined();
    } finally {
      (fakeBrowser.runtime as { id?: string }).id = id;
    }
  });

  test('a newer instance (re-injected after an update) replaces the running one: one UI, the new one', async () => {
    load('noem-cecot-visit.html');
    backgroundDecides('auto');
    const older = new ContentScriptContext('content');
    await startContentScript({ ctx: older, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    const olderHost = hosts()[0];
    // WXT's context announces a new script of the same name; the older one stands down at once.
    ctx = new ContentScriptContext('content');
    expect(older.isInvalid).toBe(true);
    const result = await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    expect(result?.report.topic.onTopic).toBe(true);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).not.toBe(olderHost);
    // The older one's late clean-up (its own abort) does not unregister the newer instance.
    older.abort();
    expect((globalThis as { __backstoryRunning?: unknown }).__backstoryRunning).toBeDefined();
  });

  test('the host is named by a random token kept in storage.local: no "backstory", new per install', async () => {
    load('noem-cecot-visit.html');
    backgroundDecides('auto');
    const tagOfFreshInstall = async () => {
      ctx?.abort();
      for (const h of hosts()) h.remove();
      // A fresh install: empty storage.
      fakeBrowser.reset();
      backgroundDecides('auto');
      ctx = new ContentScriptContext('content');
      await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
      const [host] = hosts();
      const stored = (await fakeBrowser.storage.local.get('ui-host'))['ui-host'] as { current: string };
      expect(host.localName).toBe(stored.current);
      expect(host.getAttributeNames()).toEqual(['style']);
      expect(host.outerHTML.toLowerCase()).not.toContain('backstory');
      expect(document.querySelector('backstory-ui, [data-backstory-ui]')).toBeNull();
      return host.localName;
    };
    const first = await tagOfFreshInstall();
    const second = await tagOfFreshInstall();
    expect(second).not.toBe(first);
  });

  test('a host left by a dead older version (Firefox after an update) is found by the stored name and replaced', async () => {
    load('noem-cecot-visit.html');
    backgroundDecides('auto');
    const older = new ContentScriptContext('content');
    await startContentScript({ ctx: older, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    const olderHost = hosts()[0];
    // The older script died with its world: nothing of it knows its host any more, it stays in the page.
    forgetOwnHost(olderHost);
    (globalThis as { __backstoryRunning?: unknown }).__backstoryRunning = undefined;
    ctx = new ContentScriptContext('content');
    await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    expect(olderHost.isConnected).toBe(false);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0].localName).toBe(olderHost.localName);
    older.abort();
  });

  test('the name rotates after a day; the one before is still recognised', async () => {
    load('noem-cecot-visit.html');
    backgroundDecides('auto');
    await fakeBrowser.storage.local.set({
      'ui-host': { current: 'qwert-yuiop', since: Date.now() - UI_HOST_ROTATE_MS - 1 },
    });
    const dead = document.createElement('qwert-yuiop');
    document.documentElement.prepend(dead);
    ctx = new ContentScriptContext('content');
    await startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry });
    const stored = (await fakeBrowser.storage.local.get('ui-host'))['ui-host'] as { current: string; previous: string };
    expect(stored.previous).toBe('qwert-yuiop');
    expect(stored.current).not.toBe('qwert-yuiop');
    expect(dead.isConnected).toBe(false);
    expect(hosts()[0].localName).toBe(stored.current);
  });

  test('a background that never answers (a worker stuck starting) does not keep the page waiting', async () => {
    load('noem-cecot-visit.html');
    let asked!: () => void;
    const question = new Promise<void>((r) => (asked = r));
    ask.mockImplementation((() => {
      asked();
      return new Promise(() => {});
    }) as never);
    const happyDom = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    const before = location.href;
    happyDom.setURL('https://apnews.com/article/noem-cecot');
    try {
      ctx = new ContentScriptContext('content');
      let done = false;
      const started = startContentScript({ ctx, loadPack, document, window, uiLanguage: () => 'en', ...entry }).finally(
        () => (done = true),
      );
      await question;
      // It gives the background its full time, then decides by itself: a listed outlet, so it runs.
      await vi.advanceTimersByTimeAsync(BACKGROUND_TIMEOUT_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const result = await started;
      expect(result?.report.topic.onTopic).toBe(true);
    } finally {
      happyDom.setURL(before);
    }
  });
});
