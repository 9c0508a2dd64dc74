/** The gate's hand-off to the background: asked again, with longer waits, when no answer comes. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ENGINE_REQUEST_ATTEMPTS, ENGINE_REQUEST_TIMEOUT_MS, gateOnce } from '../../../lib/content/gate-script';
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
  expect(await run(requestEngine)).toBe(false);
  expect(requestEngine).toHaveBeenCalledTimes(1);
});
