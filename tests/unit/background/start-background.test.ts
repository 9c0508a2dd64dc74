/**
 * The background's real handlers, driven as the browser drives them: messages arrive through our
 * own protocol module (mocked at `lib/messages`, so the handlers are the real ones and only the
 * transport is replaced), storage and tab events through WXT's fake browser.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../../../lib/report/report';
import { DYNAMIC_SCRIPT_ID } from '../../../lib/background/site-scripts';
import {
  CONTENT_SCRIPT_FILE,
  ENGINE_SCRIPT_FILE,
  HIGHLIGHT_CSS_FILE,
  startBackground,
  UI_SCRIPT_FILE,
} from '../../../lib/background/start-background';
import { GATE_PASSED } from '../../../lib/messages/gate-passed';
import { onMessage, sendMessage, type ProtocolMap, type TabReport } from '../../../lib/messages/protocol';
import { setSettings, SNOOZE_KEY } from '../../../lib/settings/store';
import newsSites from '../../../assets/dataset/news-sites.json';
import { settle } from '../support/settle';
import { joinPackParts, packTexts, type PackPart } from '../../../lib/pack/pack-texts';
import { handMadePack } from '../match/hand-made-pack';

vi.mock('../../../lib/messages/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messages/protocol')>()),
  sendMessage: vi.fn(async () => undefined),
  onMessage: vi.fn(() => () => {}),
}));

type Sender = { id?: string; url?: string; tab?: { id?: number; incognito?: boolean; url?: string } };
type Handler = (m: { data: unknown; sender: Sender }) => Promise<unknown>;

/** The handlers `startBackground` registered, by message type. */
function handlers(): Record<keyof ProtocolMap, Handler> {
  return Object.fromEntries(
    vi.mocked(onMessage).mock.calls.map(([type, fn]) => [type, fn as unknown as Handler]),
  ) as Record<keyof ProtocolMap, Handler>;
}

function tabReport(url = 'https://apnews.com/article/noem-cecot'): TabReport {
  const report: PageReport = {
    article: true,
    lang: 'en',
    topic: { id: 'cecot', onTopic: true, score: 9, reasons: [] },
    entities: [{ id: 'cecot', name: 'CECOT', type: 'facility', mentions: [{ text: 'CECOT', start: 0, end: 5 }] }],
    disputed: [
      { id: 'gang-membership', title: 't', text: 's', start: 0, end: 1 },
      { id: 'cecot-conditions', title: 't', text: 's', start: 2, end: 3 },
    ],
  } as PageReport;
  return { url, report, highlightCount: 3, at: 1 };
}

/** What the build writes to pack-texts.json, for a tiny pack: the background passes it on unread. */
const TEXTS = packTexts(handMadePack());
const OPTIONS = { curatedSites: newsSites.sites, loadPackTexts: async () => TEXTS };

let own: string;
const from = (tab: Sender['tab'], id = own): Sender => ({ id, tab, url: tab?.url });

beforeEach(() => {
  vi.mocked(onMessage).mockClear();
  vi.mocked(sendMessage).mockClear();
  own = fakeBrowser.runtime.id;
  // APIs the fake browser leaves unimplemented: no commands or permission events, no granted origins.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('startBackground', () => {
  test("a page's report sets its tab's badge (disputed points, by default) and is kept in session storage", async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({
      data: tabReport(),
      sender: from({ id: 7, url: 'https://apnews.com/article/noem-cecot' }),
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain('apnews.com/article/noem-cecot');
    // The popup asks for it by tab.
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: from(undefined) })).toEqual(tabReport());
    // Off topic again (null): report and badge go.
    await handlers()['report:set']({ data: null, sender: from({ id: 7 }) });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: from(undefined) })).toBeNull();
  });

  test('a report from another extension, or a malformed one, changes nothing', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }, 'another-extension') });
    await handlers()['report:set']({ data: { url: 'x' }, sender: from({ id: 8 }) });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBeFalsy();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBeFalsy();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test("a private tab's report stays in memory: the popup gets it, storage.session never sees it", async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 9, incognito: true }) });
    expect(await handlers()['report:get']({ data: { tabId: 9 }, sender: from(undefined) })).toEqual(tabReport());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('2');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('a navigation in a tab clears its report and badge', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    await settle();
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: from(undefined) })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  test('pausing a site stands down the tabs open on it, and only those', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport('https://apnews.com/article/a'), sender: from({ id: 1 }) });
    await handlers()['report:set']({ data: tabReport('https://elfaro.net/es/b'), sender: from({ id: 2 }) });
    await storage.setItem(SNOOZE_KEY, ['apnews.com']);
    await settle();
    expect(sendMessage).toHaveBeenCalledWith('page:stop', undefined, 1);
    expect(sendMessage).not.toHaveBeenCalledWith('page:stop', undefined, 2);
    expect(await handlers()['report:get']({ data: { tabId: 1 }, sender: from(undefined) })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await handlers()['report:get']({ data: { tabId: 2 }, sender: from(undefined) })).toEqual(
      tabReport('https://elfaro.net/es/b'),
    );
    // And new pages there are left to the reader.
    expect(
      await handlers()['site:decide']({ data: undefined, sender: { id: own, url: 'https://apnews.com/article/c' } }),
    ).toBe('on-request');
  });

  test('"Scan this page" forces the engine into the tab and keeps what it found', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation((async (injection: { files?: string[] }) =>
        injection.files
          ? [{ frameId: 0, result: tabReport('https://example-blog.test/posts/cecot') }]
          : [{ frameId: 0, result: null }]) as never);
    const css = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 4, incognito: false } as never);
    const found = await handlers()['scan:run']({ data: { tabId: 4 }, sender: from(undefined) });
    expect(found).toEqual(tabReport('https://example-blog.test/posts/cecot'));
    // First the force flag, then the UI and the engine itself (no gate: the reader asked), all in that tab.
    expect(execute.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: 4 }, func: expect.any(Function) },
      { target: { tabId: 4 }, files: [UI_SCRIPT_FILE] },
      { target: { tabId: 4 }, files: [ENGINE_SCRIPT_FILE] },
    ]);
    expect(css).toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('2');
    expect(await handlers()['report:get']({ data: { tabId: 4 }, sender: from(undefined) })).toEqual(found);
  });

  test('a scan asked for by another extension injects nothing', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(
      await handlers()['scan:run']({ data: { tabId: 4 }, sender: from(undefined, 'another-extension') }),
    ).toBeNull();
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('startBackground: the rest of the protocol', () => {
  test('the popup gets nothing for a malformed tab, or when another extension asks', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    const stranger = from(undefined, 'another-extension');
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: stranger })).toBeNull();
    expect(await handlers()['report:get']({ data: { tabId: -1 }, sender: from(undefined) })).toBeNull();
    expect(await handlers()['report:get']({ data: '7', sender: from(undefined) })).toBeNull();
  });

  test('"may Backstory run here?": yes on a curated outlet, on request elsewhere, never to a stranger', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const decide = (sender: Sender) => handlers()['site:decide']({ data: undefined, sender });
    expect(await decide({ id: own, url: 'https://apnews.com/article/x' })).toBe('auto');
    // A frame without its own URL is judged by its tab's.
    expect(await decide({ id: own, tab: { id: 3, url: 'https://apnews.com/article/x' } })).toBe('auto');
    expect(await decide({ id: own, url: 'https://example-blog.test/post' })).toBe('on-request');
    expect(await decide({ id: own })).toBe('never');
    expect(await decide({ id: 'another-extension', url: 'https://apnews.com/article/x' })).toBe('never');
    // The reader's "never" list wins over the curated one.
    await setSettings({ sites: { never: ['apnews.com'] } });
    expect(await decide({ id: own, url: 'https://apnews.com/article/x' })).toBe('never');
  });

  test('a scan whose injection result is lost asks the page itself; a private tab keeps it in memory', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: undefined }] as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, incognito: true } as never);
    const page = async (type: string) => (type === 'report:now' ? tabReport() : undefined);
    vi.mocked(sendMessage).mockImplementation(page as never);
    expect(await handlers()['scan:run']({ data: { tabId: 5 }, sender: from(undefined) })).toEqual(tabReport());
    expect(sendMessage).toHaveBeenCalledWith('report:now', undefined, 5);
    expect(await handlers()['report:get']({ data: { tabId: 5 }, sender: from(undefined) })).toEqual(tabReport());
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('a scan of a tab that cannot say whether it is private keeps the report out of storage', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: tabReport() }] as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('no styles here'));
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 6'));
    // A refused stylesheet does not stop the scan either.
    expect(await handlers()['scan:run']({ data: { tabId: 6 }, sender: from(undefined) })).toEqual(tabReport());
    expect(await handlers()['report:get']({ data: { tabId: 6 }, sender: from(undefined) })).toEqual(tabReport());
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('a scan that finds nothing (or gets a malformed answer) keeps nothing and sets no badge', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    execute.mockResolvedValue([{ frameId: 0, result: null }] as never);
    vi.mocked(sendMessage).mockRejectedValue(new Error('Could not establish connection'));
    expect(await handlers()['scan:run']({ data: { tabId: 4 }, sender: from(undefined) })).toBeNull();
    execute.mockResolvedValue([{ frameId: 0, result: { url: 'x' } }] as never);
    expect(await handlers()['scan:run']({ data: { tabId: 4 }, sender: from(undefined) })).toBeNull();
    expect(await handlers()['scan:run']({ data: { tabId: 'x' }, sender: from(undefined) })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBeFalsy();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('startBackground: a page that passed the gate', () => {
  /** The gate's plain message, as the browser delivers it to the background's listeners. */
  async function gatePassed(sender: Sender & { frameId?: number }, message: unknown = { type: GATE_PASSED }) {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    return answers.find((a) => a !== undefined);
  }

  test('gets the engine and its styles in that frame where Backstory runs by itself', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const css = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const sender = { ...from({ id: 3, url: 'https://apnews.com/article/x' }), frameId: 2 };
    expect(await gatePassed(sender)).toBe(true);
    await settle();
    const target = { tabId: 3, frameIds: [2] };
    expect(css).toHaveBeenCalledWith({ target, files: [HIGHLIGHT_CSS_FILE] });
    // The UI, then the engine, each compiled in its own task; the engine asks for the pack itself,
    // and the gate already passed.
    expect(execute.mock.calls.map(([injection]) => injection)).toEqual([
      { target, files: [UI_SCRIPT_FILE] },
      { target, files: [ENGINE_SCRIPT_FILE] },
    ]);
  });

  test('gets nothing on a paused site, a site left to the reader, or from another extension', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await storage.setItem(SNOOZE_KEY, ['apnews.com']);
    expect(await gatePassed(from({ id: 3, url: 'https://apnews.com/article/x' }))).toBe(false);
    expect(await gatePassed(from({ id: 3, url: 'https://example-blog.test/post' }))).toBe(false);
    expect(await gatePassed(from({ id: 3, url: 'https://elfaro.net/es/x' }, 'another-extension'))).toBe(false);
    expect(await gatePassed(from(undefined))).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });

  test("an engine that fails to load leaves the answer standing; other messages are not this listener's", async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Frame was removed'));
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('Frame was removed'));
    expect(await gatePassed(from({ id: 3, url: 'https://apnews.com/article/x' }))).toBe(true);
    expect(await gatePassed(from({ id: 3, url: 'https://apnews.com/article/x' }), { type: 'other' })).toBeUndefined();
    await settle();
  });
});

describe('startBackground: the pack for the engine', () => {
  test('an engine of this extension gets the pack texts; another extension gets nothing', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const ask = (part: unknown, sender = from({ id: 3 })) => handlers()['pack:texts']({ data: { part }, sender });
    const first = (await ask(0)) as PackPart;
    expect(first.count).toBeGreaterThanOrEqual(1);
    const parts = [first];
    for (let i = 1; i < first.count; i++) parts.push((await ask(i)) as PackPart);
    expect(joinPackParts(parts)).toEqual(TEXTS);
    expect(await ask(0, from({ id: 3 }, 'another-extension'))).toBeNull();
    // A part that does not exist, or a request without one, gets nothing.
    expect(await ask(first.count)).toBeNull();
    expect(await ask('0')).toBeNull();
    expect(await handlers()['pack:texts']({ data: undefined, sender: from({ id: 3 }) })).toBeNull();
  });

  test('the pack is read once, and read again after a failed read', async () => {
    const load = vi.fn(async () => TEXTS).mockRejectedValueOnce(new Error('pack-texts.json: 404'));
    startBackground(fakeBrowser as never, { ...OPTIONS, loadPackTexts: load });
    const ask = () => handlers()['pack:texts']({ data: { part: 0 }, sender: from({ id: 3 }) });
    await expect(ask()).rejects.toThrow('404');
    const part = await ask();
    expect(part).toMatchObject({ fields: { meta: TEXTS.meta } });
    expect(await ask()).toBe(part);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('startBackground: install and update', () => {
  async function openTabs() {
    const news = await fakeBrowser.tabs.create({ url: 'https://apnews.com/article/x' });
    const blog = await fakeBrowser.tabs.create({ url: 'https://example-blog.test/post' });
    return { news: news.id!, blog: blog.id! };
  }

  test.each(['install', 'update'] as const)('on %s, the gate goes into the tabs it would run in', async (reason) => {
    startBackground(fakeBrowser as never, { ...OPTIONS, reinjectOnInstall: true });
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const { news } = await openTabs();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
    await settle();
    expect(execute.mock.calls).toEqual([[{ target: { tabId: news }, files: [CONTENT_SCRIPT_FILE] }]]);
  });

  test('a browser update, or a browser that injects by itself (Firefox), re-injects nothing', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await openTabs();
    startBackground(fakeBrowser as never, { ...OPTIONS, reinjectOnInstall: true });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    fakeBrowser.runtime.onInstalled.removeAllListeners();
    startBackground(fakeBrowser as never, OPTIONS);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('startBackground: tabs, shortcut and settings', () => {
  test('a closed tab loses its report', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 8 }) });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: from(undefined) })).toBeNull();
    expect(await handlers()['report:get']({ data: { tabId: 8 }, sender: from(undefined) })).toEqual(tabReport());
  });

  test('a tab that finished loading (not a new navigation) keeps its report', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as never);
    await settle();
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: from(undefined) })).toEqual(tabReport());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
  });

  test('the panel shortcut toggles the panel in its tab; other commands do nothing', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    const [[onCommand]] = vi.mocked(fakeBrowser.commands.onCommand.addListener).mock.calls;
    onCommand('toggle-panel', { id: 12 } as never);
    onCommand('toggle-panel', undefined);
    onCommand('something-else', { id: 12 } as never);
    expect(vi.mocked(sendMessage).mock.calls).toEqual([['panel:toggle', undefined, 12]]);
  });

  test("the badge follows the reader's choice of what it counts", async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    await setSettings({ badge: 'entities' });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
  });
});

describe('startBackground: sites the reader added', () => {
  const BLOG = ['*://example-blog.test/*', '*://*.example-blog.test/*'];
  const registered = () =>
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mock.calls.map(([scripts]) => scripts);

  test('at start, the gate is registered for the "always" sites whose access the reader granted', async () => {
    await setSettings({ sites: { always: ['example-blog.test', 'not-granted.test'] } });
    vi.mocked(fakeBrowser.permissions.getAll).mockResolvedValue({ origins: BLOG });
    startBackground(fakeBrowser as never, OPTIONS);
    await settle();
    expect(registered()).toEqual([[expect.objectContaining({ matches: BLOG, js: [CONTENT_SCRIPT_FILE] })]]);
  });

  test('a site added in the settings is registered once its access is granted; a revoked one goes', async () => {
    startBackground(fakeBrowser as never, OPTIONS);
    await settle();
    expect(registered()).toEqual([]);
    const [[onAdded]] = vi.mocked(fakeBrowser.permissions.onAdded.addListener).mock.calls;
    const [[onRemoved]] = vi.mocked(fakeBrowser.permissions.onRemoved.addListener).mock.calls;
    // The settings change first (nothing granted yet: nothing registered), then the grant arrives.
    await setSettings({ sites: { always: ['example-blog.test'] } });
    await settle();
    expect(registered()).toEqual([]);
    const origins = BLOG;
    vi.mocked(fakeBrowser.permissions.getAll).mockResolvedValue({ origins });
    onAdded({ origins });
    await settle();
    expect(registered()).toEqual([[expect.objectContaining({ matches: origins })]]);
    // Revoked in the browser's own settings: the registration goes.
    const held = [{ id: DYNAMIC_SCRIPT_ID, matches: origins }];
    vi.mocked(fakeBrowser.scripting.getRegisteredContentScripts).mockResolvedValue(held as never);
    vi.mocked(fakeBrowser.permissions.getAll).mockResolvedValue({ origins: [] });
    onRemoved({ origins });
    await settle();
    expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [DYNAMIC_SCRIPT_ID] });
    expect(registered()).toHaveLength(1);
  });

  test('a registration the browser refuses breaks nothing else', async () => {
    await setSettings({ sites: { always: ['example-blog.test'] } });
    vi.mocked(fakeBrowser.permissions.getAll).mockResolvedValue({ origins: BLOG });
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValue(new Error('Invalid match pattern'));
    startBackground(fakeBrowser as never, OPTIONS);
    await settle();
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
  });
});
