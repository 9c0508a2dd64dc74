import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_MAX_SHARE, DEFAULT_MIN_INTERVAL, watchPage } from '../../../lib/dom/page-watcher';
import { isInOwnHost, registerOwnHost } from '../../../lib/dom/own-ui';

// Fake time, `performance.now` included: the watcher's pauses are counted exactly, on any machine.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function setup(minInterval = 20) {
  document.body.innerHTML = '<article><p>First paragraph.</p></article><div id="ours"></div>';
  // Our UI host is known by identity (it has no stable name), as the page controller knows it.
  registerOwnHost(document.getElementById('ours')!);
  const controller = new AbortController();
  const watcher = watchPage({
    root: document.body,
    window,
    signal: controller.signal,
    rescan: () => 0,
    isOwnNode: isInOwnHost,
    minInterval,
  });
  return { watcher, controller };
}

describe('watchPage', () => {
  test('a paragraph that arrives later triggers one rescan', async () => {
    const { watcher, controller } = setup();
    const p = document.createElement('p');
    p.textContent = 'Lazy paragraph about CECOT.';
    document.querySelector('article')!.append(p);
    await wait(60);
    expect(watcher.rescans).toBe(1);
    controller.abort();
  });

  test('a shadow root it was asked to observe is watched too (its changes never reach the body)', async () => {
    const { watcher, controller } = setup();
    const host = document.querySelector('article')!.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside a component.</p>';
    await wait(60);
    const before = watcher.rescans;
    shadow.querySelector('p')!.append(' More about CECOT.');
    await wait(60);
    expect(watcher.rescans).toBe(before);
    watcher.observe(shadow);
    watcher.observe(shadow);
    shadow.querySelector('p')!.append(' Still more.');
    await wait(60);
    expect(watcher.rescans).toBe(before + 1);
    controller.abort();
  });

  test('a burst of mutations is coalesced into few rescans', async () => {
    const { watcher, controller } = setup(50);
    const article = document.querySelector('article')!;
    for (let i = 0; i < 500; i++) article.append(document.createTextNode(` ${i}`));
    await wait(120);
    expect(watcher.rescans).toBe(1);
    controller.abort();
  });

  test('changes inside our own UI are ignored', async () => {
    const { watcher, controller } = setup();
    document.getElementById('ours')!.append(document.createElement('span'));
    await wait(60);
    expect(watcher.rescans).toBe(0);
    controller.abort();
  });

  test('nothing runs after abort', async () => {
    const { watcher, controller } = setup();
    controller.abort();
    document.querySelector('article')!.append(document.createElement('p'));
    await wait(60);
    expect(watcher.rescans).toBe(0);
  });

  // A page that changes thousands of times a second gets at most one rescan per
  // interval (a count bound, whatever the machine's speed), and still gets them.
  test('a mutation storm gets at most one rescan per interval', async () => {
    const { watcher, controller } = setup(20);
    const text = document.querySelector('article p')!.firstChild as Text;
    const t0 = performance.now();
    const storm = setInterval(() => {
      for (let i = 0; i < 50; i++) text.data = `Update ${i}: Nayib Bukele spoke.`;
      document.querySelector('article')!.append(document.createElement('span'));
    }, 1);
    await wait(200);
    clearInterval(storm);
    await wait(60);
    const elapsed = performance.now() - t0;
    controller.abort();
    expect(watcher.rescans).toBeGreaterThanOrEqual(2);
    expect(watcher.rescans).toBeLessThanOrEqual(Math.floor(elapsed / 20) + 1);
  });

  test('defaults: a rescan at most every 250 ms, at most 10 % of the main thread', () => {
    expect([DEFAULT_MIN_INTERVAL, DEFAULT_MAX_SHARE]).toEqual([250, 0.1]);
  });

  test('an expensive rescan spaces out the next ones', async () => {
    document.body.innerHTML = '<article><p>x</p></article>';
    const controller = new AbortController();
    let clock = 0;
    const fakeWin = Object.assign(Object.create(window), {
      performance: { now: () => clock },
      setTimeout: (fn: () => void, ms: number) => {
        delays.push(ms);
        return window.setTimeout(fn, 0);
      },
      clearTimeout: (id: number) => window.clearTimeout(id),
      MutationObserver: window.MutationObserver,
    }) as Window & typeof globalThis;
    const delays: number[] = [];
    watchPage({
      root: document.body,
      window: fakeWin,
      signal: controller.signal,
      rescan: () => 40,
      minInterval: 10,
      maxShare: 0.1,
    });
    document.body.append(document.createElement('p'));
    await wait(20);
    clock += 1; // 1 ms after the first rescan, which cost 40 ms
    document.body.append(document.createElement('p'));
    await wait(20);
    // 40 ms of work at a 10 % share: the next rescan waits until 400 ms after the last one.
    expect(delays[1]).toBe(399);
    controller.abort();
  });
  // A rescan that runs in slices (the page controller's) is one rescan until it settles: the page
  // changing under it asks for one more after it, never a second one beside it.
  test('a sliced rescan: none starts beside it, and changes made meanwhile get one rescan after it', async () => {
    document.body.innerHTML = '<article><p>x</p></article>';
    const controller = new AbortController();
    const finish: ((cost: number) => void)[] = [];
    const watcher = watchPage({
      root: document.body,
      window,
      signal: controller.signal,
      rescan: () => new Promise<number>((resolve) => finish.push(resolve)),
      minInterval: 10,
      maxShare: 0.1,
    });
    const article = document.querySelector('article')!;
    article.append(document.createElement('p'));
    await wait(20);
    expect(finish.length).toBe(1);
    // The page keeps changing while the first rescan is under way: nothing more starts.
    for (let i = 0; i < 5; i++) {
      article.append(document.createElement('p'));
      await wait(50);
    }
    expect(finish.length).toBe(1);
    expect(watcher.rescans).toBe(0);
    // It settles having cost 3 ms: one more rescan follows, paced by that cost (10 ms minimum here).
    finish[0](3);
    await wait(20);
    expect(watcher.rescans).toBe(1);
    expect(finish.length).toBe(2);
    finish[1](3);
    await wait(50);
    // No change since the second one started: nothing more.
    expect(watcher.rescans).toBe(2);
    expect(finish.length).toBe(2);
    controller.abort();
  });

  test('a sliced rescan that fails still lets the next one run', async () => {
    document.body.innerHTML = '<article><p>x</p></article>';
    const controller = new AbortController();
    let calls = 0;
    const watcher = watchPage({
      root: document.body,
      window,
      signal: controller.signal,
      rescan: () => (++calls === 1 ? Promise.reject(new Error('the page broke it')) : Promise.resolve(1)),
      minInterval: 10,
    });
    document.body.append(document.createElement('p'));
    await wait(20);
    document.body.append(document.createElement('p'));
    await wait(20);
    expect(calls).toBe(2);
    expect(watcher.rescans).toBe(2);
    controller.abort();
  });
});
