/** The gate's hand-off to the background: asked again, with longer waits, when no answer comes. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  ENGINE_REQUEST_ATTEMPTS,
  ENGINE_REQUEST_TIMEOUT_MS,
  gateOnce,
  NAVIGATION_CHECK_MS,
  startGate,
} from '../../../lib/content/gate-script';
import { foldGateTerms } from '../../../lib/detect/gate';

const TERMS = foldGateTerms(['cecot', 'bukele']);

function onTopicPage(): void {
  document.title = 'Noem visits CECOT, the prison Bukele built';
  document.body.innerHTML = '<h1>Noem visits CECOT</h1><p>Kristi Noem toured the prison in El Salvador.</p>';
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  onTopicPage();
});
afterEach(() => {
  vi.useRealTimers();
  (globalThis as { __backstoryGate?: unknown }).__backstoryGate = undefined;
});

function run(requestEngine: () => Promise<boolean>) {
  return gateOnce({ document, window, gateTerms: TERMS, extensionAlive: () => true, requestEngine });
}

test('a background that answers late is still heard: each wait is twice the one before', async () => {
  const asked: number[] = [];
  const started = Date.now();
  // The background answers only the last ask, and only after most of that longer wait.
  const requestEngine = () => {
    asked.push(Date.now() - started);
    const last = asked.length === ENGINE_REQUEST_ATTEMPTS;
    return new Promise<boolean>((resolve) => {
      if (last) setTimeout(() => resolve(true), ENGINE_REQUEST_TIMEOUT_MS * 2 ** (asked.length - 1) - 10);
    });
  };
  const result = run(requestEngine);
  await vi.runAllTimersAsync();
  expect(await result).toBe(true);
  expect(asked).toEqual([0, ENGINE_REQUEST_TIMEOUT_MS, 3 * ENGINE_REQUEST_TIMEOUT_MS]);
});

test('a background that never answers is asked a bounded number of times, then the page is left alone', async () => {
  const requestEngine = vi.fn(() => new Promise<boolean>(() => {}));
  const result = run(requestEngine);
  await vi.runAllTimersAsync();
  expect(await result).toBe(false);
  expect(requestEngine).toHaveBeenCalledTimes(ENGINE_REQUEST_ATTEMPTS);
});

test('a background that says no is not asked again', async () => {
  const requestEngine = vi.fn(async () => false);
  const result = run(requestEngine);
  await vi.runAllTimersAsync();
  expect(await result).toBe(false);
  expect(requestEngine).toHaveBeenCalledTimes(1);
});

test('the engine is asked for in a task after the gate, not in the one the gate ran in', async () => {
  const alive = vi.fn(() => true);
  const requestEngine = vi.fn(async () => true);
  const result = gateOnce({ document, window, gateTerms: TERMS, extensionAlive: alive, requestEngine });
  // The gate has decided (its measure is there), but the extension API is not touched yet.
  await Promise.resolve();
  expect(performance.getEntriesByName('backstory:gate').length).toBeGreaterThan(0);
  expect(alive).not.toHaveBeenCalled();
  expect(requestEngine).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(0);
  expect(await result).toBe(true);
  expect(requestEngine).toHaveBeenCalledTimes(1);
});

test("the extension API's first touch is spread over tasks, in order, before the engine is asked for", async () => {
  // Each entry says how many timer tasks had run when it happened.
  let tasks = 0;
  const realSetTimeout = window.setTimeout;
  const spy = vi.spyOn(window, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) =>
    realSetTimeout(() => {
      tasks++;
      fn();
    }, ms)) as typeof window.setTimeout);
  try {
    const seen: string[] = [];
    const result = gateOnce({
      document,
      window,
      gateTerms: TERMS,
      touchApi: [() => seen.push(`browser@${tasks}`), () => seen.push(`runtime@${tasks}`)],
      extensionAlive: () => (seen.push(`id@${tasks}`), true),
      requestEngine: async () => (seen.push(`ask@${tasks}`), true),
    });
    await vi.runAllTimersAsync();
    expect(await result).toBe(true);
    expect(seen).toEqual(['browser@1', 'runtime@2', 'id@3', 'ask@3']);
  } finally {
    spy.mockRestore();
  }
});

test('an off-topic page never touches the extension API', async () => {
  document.title = 'Harbor festival draws crowds';
  document.body.innerHTML = '<h1>Harbor festival</h1><p>Boats and music by the water all weekend long.</p>';
  const touch = vi.fn();
  const result = gateOnce({
    document,
    window,
    gateTerms: TERMS,
    touchApi: [touch],
    extensionAlive: touch,
    requestEngine: async () => true,
  });
  await vi.runAllTimersAsync();
  expect(await result).toBe(false);
  expect(touch).not.toHaveBeenCalled();
});

describe('single-page navigation', () => {
  function offTopicPage(): void {
    document.title = 'Harbor festival returns';
    document.body.innerHTML = '<h1>Harbor festival returns</h1><p>Tall ships came back to the old quay.</p>';
  }

  /** The window the gate sees: the test's own, with an address we move and, optionally, a Navigation API. */
  function fakeWindow(withNavigation: boolean) {
    const location = { href: 'https://www.apnews.com/article/harbor' };
    const navigation = withNavigation ? new EventTarget() : undefined;
    const win = {
      location,
      navigation,
      performance,
      setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
      clearTimeout: (t: ReturnType<typeof setTimeout>) => clearTimeout(t),
      setInterval: (f: () => void, ms: number) => setInterval(f, ms),
      clearInterval: (t: ReturnType<typeof setInterval>) => clearInterval(t),
    } as unknown as Window & typeof globalThis;
    /** What a single-page app does: new content, a new address, and (with the API) a navigate event. */
    const navigate = (path: string) => {
      navigation?.dispatchEvent(new Event('navigate'));
      onTopicPage();
      location.href = `https://www.apnews.com${path}`;
    };
    return { win, navigate };
  }

  /** The gate started on an off-topic page; `alive` is what the extension API says. */
  async function startOffTopic(api: boolean, alive: boolean) {
    offTopicPage();
    const { win, navigate } = fakeWindow(api);
    const requestEngine = vi.fn(async () => true);
    await startGate({ document, window: win, gateTerms: TERMS, extensionAlive: () => alive, requestEngine });
    return { navigate, requestEngine };
  }

  test.each([true, false])(
    'an off-topic page that navigates to the story is gated again (Navigation API: %s)',
    async (api) => {
      const { navigate, requestEngine } = await startOffTopic(api, true);
      expect(requestEngine).not.toHaveBeenCalled();
      // With the API, nothing is scheduled while the page stays where it is; without, the polling is.
      expect(vi.getTimerCount()).toBe(api ? 0 : 1);
      await vi.advanceTimersByTimeAsync(5 * NAVIGATION_CHECK_MS);
      expect(requestEngine).not.toHaveBeenCalled();
      navigate('/article/noem-cecot');
      // The check a second later, then the engine asked for one task after the gate passed.
      await vi.advanceTimersByTimeAsync(NAVIGATION_CHECK_MS + 1);
      expect(requestEngine).toHaveBeenCalledTimes(1);
    },
  );

  test.each([true, false])(
    'once the extension is gone, a navigation is not gated (Navigation API: %s)',
    async (api) => {
      const { navigate, requestEngine } = await startOffTopic(api, false);
      navigate('/article/noem-cecot');
      await vi.advanceTimersByTimeAsync(3 * NAVIGATION_CHECK_MS);
      expect(requestEngine).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    },
  );
});
