/**
 * The background's real handlers, driven as the browser drives them: messages arrive through our
 * own protocol module (mocked at `lib/messages`, so the handlers are the real ones and only the
 * transport is replaced), storage and tab events through WXT's fake browser.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../../../lib/report/report';
import { ENGINE_SCRIPT_FILE, startBackground } from '../../../lib/background/start-background';
import { onMessage, sendMessage, type ProtocolMap, type TabReport } from '../../../lib/messages/protocol';
import { SNOOZE_KEY } from '../../../lib/settings/store';
import newsSites from '../../../assets/dataset/news-sites.json';

vi.mock('../../../lib/messages/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messages/protocol')>()),
  sendMessage: vi.fn(async () => undefined),
  onMessage: vi.fn(() => () => {}),
}));

type Sender = { id?: string; url?: string; tab?: { id?: number; incognito?: boolean; url?: string } };
type Handler = (m: { data: unknown; sender: Sender }) => Promise<unknown>;

/** The handlers `startBackground` registered, by message type. */
function handlers(): Record<keyof ProtocolMap, Handler> {
  return Object.fromEntries(vi.mocked(onMessage).mock.calls.map(([type, fn]) => [type, fn as unknown as Handler])) as Record<keyof ProtocolMap, Handler>;
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

/** Let the background's storage listeners and async handlers run to the end. */
const drain = () => new Promise((r) => setTimeout(r, 0));

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
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7, url: 'https://apnews.com/article/noem-cecot' }) });
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
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }, 'another-extension') });
    await handlers()['report:set']({ data: { url: 'x' }, sender: from({ id: 8 }) });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBeFalsy();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBeFalsy();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test("a private tab's report stays in memory: the popup gets it, storage.session never sees it", async () => {
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 9, incognito: true }) });
    expect(await handlers()['report:get']({ data: { tabId: 9 }, sender: from(undefined) })).toEqual(tabReport());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('2');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('a navigation in a tab clears its report and badge', async () => {
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    await handlers()['report:set']({ data: tabReport(), sender: from({ id: 7 }) });
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    await drain();
    expect(await handlers()['report:get']({ data: { tabId: 7 }, sender: from(undefined) })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  test('pausing a site stands down the tabs open on it, and only those', async () => {
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    await handlers()['report:set']({ data: tabReport('https://apnews.com/article/a'), sender: from({ id: 1 }) });
    await handlers()['report:set']({ data: tabReport('https://elfaro.net/es/b'), sender: from({ id: 2 }) });
    await storage.setItem(SNOOZE_KEY, ['apnews.com']);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith('page:stop', undefined, 1));
    await drain();
    expect(sendMessage).not.toHaveBeenCalledWith('page:stop', undefined, 2);
    expect(await handlers()['report:get']({ data: { tabId: 1 }, sender: from(undefined) })).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await handlers()['report:get']({ data: { tabId: 2 }, sender: from(undefined) })).toEqual(tabReport('https://elfaro.net/es/b'));
    // And new pages there are left to the reader.
    expect(await handlers()['site:decide']({ data: undefined, sender: { id: own, url: 'https://apnews.com/article/c' } })).toBe('on-request');
  });

  test('"Scan this page" forces the engine into the tab and keeps what it found', async () => {
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[] }) =>
      injection.files ? [{ frameId: 0, result: tabReport('https://example-blog.test/posts/cecot') }] : [{ frameId: 0, result: null }]) as never);
    const css = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 4, incognito: false } as never);
    const found = await handlers()['scan:run']({ data: { tabId: 4 }, sender: from(undefined) });
    expect(found).toEqual(tabReport('https://example-blog.test/posts/cecot'));
    // First the force flag, then the engine itself (no gate: the reader asked), both in that tab.
    expect(execute).toHaveBeenCalledTimes(2);
    expect(execute.mock.calls[0][0]).toMatchObject({ target: { tabId: 4 }, func: expect.any(Function) });
    expect(execute.mock.calls[1][0]).toEqual({ target: { tabId: 4 }, files: [ENGINE_SCRIPT_FILE] });
    expect(css).toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('2');
    expect(await handlers()['report:get']({ data: { tabId: 4 }, sender: from(undefined) })).toEqual(found);
  });

  test('a scan asked for by another extension injects nothing', async () => {
    startBackground(fakeBrowser as never, { curatedSites: newsSites.sites });
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await handlers()['scan:run']({ data: { tabId: 4 }, sender: from(undefined, 'another-extension') })).toBeNull();
    expect(execute).not.toHaveBeenCalled();
  });
});
