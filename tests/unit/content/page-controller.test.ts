import { passageCount, type PageReport } from '../../../lib/report/report';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SETTLED_MARK, startPageController, type PageUi } from '../../../lib/content/page-controller';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

const pack = loadCompiledPack();
const demo = (file: string) => readFileSync(join(import.meta.dirname, '../../fixtures/demo', file), 'utf8');

/** Load a demo page into the test's global document (happy-dom). */
function load(file: string): void {
  const parsed = new DOMParser().parseFromString(demo(file), 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.documentElement.lang = parsed.documentElement.lang;
}

function start(extra: Partial<Parameters<typeof startPageController>[0]> = {}) {
  const onReport = vi.fn();
  const controller = new AbortController();
  const page = startPageController({ document, window, pack, signal: controller.signal, onReport, ...extra });
  return { page, onReport, controller };
}

describe('page controller', () => {
  test('an article about the story is reported with its highlights', async () => {
    load('noem-cecot-visit.html');
    const { page, onReport, controller } = start({ force: true });
    // The first analysis runs in slices: done when `ready` settles.
    await page.ready;
    expect(page.tabReport?.report.topic.onTopic).toBe(true);
    expect(page.tabReport!.highlightCount).toBeGreaterThan(5);
    expect(onReport).toHaveBeenLastCalledWith(page.tabReport);
    controller.abort();
  });

  test('an unrelated article stays silent: no report, no message', () => {
    load('unrelated-harbor-festival.html');
    const { page, onReport, controller } = start();
    expect(page.tabReport).toBeNull();
    expect(onReport).not.toHaveBeenCalled();
    controller.abort();
  });

  test('a page that breaks the DOM API (clobbering) makes it stand down, never throw', () => {
    load('noem-cecot-visit.html');
    const spy = vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
      throw new TypeError('document.querySelectorAll is not a function');
    });
    try {
      const { page, controller } = start({ force: true });
      expect(page.tabReport).toBeNull();
      expect(() => page.refresh()).not.toThrow();
      controller.abort();
    } finally {
      spy.mockRestore();
    }
  });
});

const ours = () => performance.getEntries().filter((e) => e.name.startsWith('backstory:'));

/**
 * Change the article `times` times, letting the rescan that each change schedules run before the
 * next. Timers are fake and moved on well past any pause the watcher can choose (it paces rescans
 * by their real cost, which a loaded machine stretches), so every change gets its own rescan.
 */
async function churn(times: number): Promise<void> {
  const p = document.querySelector('article p')!;
  for (let i = 0; i < times; i++) {
    p.append(document.createTextNode(` Update ${i}: Nayib Bukele spoke again.`));
    await vi.advanceTimersByTimeAsync(60_000);
  }
}

/**
 * Fake timers for each test of the block, and a clean timeline after it. Timers only: faking
 * `performance` too would replace the User Timing these tests read.
 */
function fakeTimersOnly(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    performance.clearMarks();
    performance.clearMeasures();
  });
}

// A page that changes all day is rescanned all day: our User Timing entries must not pile up on
// its performance timeline (no unbounded queues).
describe('page controller: User Timing entries', () => {
  fakeTimersOnly();

  test('many rescans leave one entry per name, and it is the latest', async () => {
    performance.clearMarks();
    performance.clearMeasures();
    load('noem-cecot-visit.html');
    const recorded = vi.spyOn(performance, 'measure');
    const { page, controller } = start({ force: true, minRescanInterval: 5 });
    await page.ready;
    await churn(6);
    controller.abort();
    const rescans = recorded.mock.calls.filter(([name]) => name === 'backstory:rescan').length;
    expect(rescans).toBe(6);
    const names = ours().map((e) => `${e.entryType} ${e.name}`);
    expect(names.length).toBe(new Set(names).size);
    expect(new Set(names)).toEqual(
      new Set([
        'measure backstory:scan',
        'measure backstory:highlight',
        'measure backstory:total',
        'measure backstory:rescan',
        'mark backstory:settled',
      ]),
    );
    // The entry kept is the one recorded last (what DevTools and the e2e tests read).
    const lastRescan = recorded.mock.results.filter((_, i) => recorded.mock.calls[i][0] === 'backstory:rescan').at(-1)!
      .value as PerformanceMeasure;
    expect(performance.getEntriesByName('backstory:rescan')[0].startTime).toBe(lastRescan.startTime);
  });

  test("the page's own marks and measures are left alone", async () => {
    load('noem-cecot-visit.html');
    performance.mark('page:ready');
    performance.measure('page:boot', 'page:ready');
    const { controller } = start({ force: true, minRescanInterval: 5 });
    await churn(3);
    controller.abort();
    expect(performance.getEntriesByName('page:ready')).toHaveLength(1);
    expect(performance.getEntriesByName('page:boot')).toHaveLength(1);
  });

  test('a page that breaks User Timing does not break us', async () => {
    load('noem-cecot-visit.html');
    vi.spyOn(performance, 'clearMeasures').mockImplementation(() => {
      throw new TypeError('clearMeasures is not a function');
    });
    vi.spyOn(performance, 'mark').mockImplementation(() => {
      throw new TypeError('mark is not a function');
    });
    const { page, controller } = start({ force: true, minRescanInterval: 5 });
    await page.ready;
    expect(page.tabReport?.highlightCount).toBeGreaterThan(5);
    await churn(2);
    expect(page.tabReport?.highlightCount).toBeGreaterThan(5);
    controller.abort();
  });
});

// A rescan is a whole analysis, disputed points included: in a fresh tab or on a large page it was
// one task of 100-600 ms. It runs in slices as the first run does, and draws once it is all known.
describe('page controller: rescans', () => {
  fakeTimersOnly();

  test('run in slices, recorded with them, and drawn with what the page says now', async () => {
    load('noem-cecot-visit.html');
    const recorded = vi.spyOn(performance, 'measure');
    const { page, controller } = start({ force: true, minRescanInterval: 5 });
    await page.ready;
    expect(page.tabReport!.report.entities.some((e) => e.id === 'kilmar-abrego-garcia')).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'Kilmar Abrego Garcia, a Salvadoran man who lived in Maryland, was also sent to CECOT.';
    document.querySelector('article')!.append(p);
    await vi.advanceTimersByTimeAsync(60_000);
    const calls = recorded.mock.calls.filter(([name]) => name === 'backstory:rescan');
    expect(calls).toHaveLength(1);
    const options = calls[0][1] as PerformanceMeasureOptions;
    const slices = (options.detail as { slices: number[] }).slices;
    // [start, ms, start, ms, …]: the analysis's slices (it yields between them) and the draw.
    expect(slices.length % 2).toBe(0);
    expect(slices.length).toBeGreaterThanOrEqual(4);
    let sum = 0;
    for (let i = 0; i < slices.length; i += 2) {
      expect(slices[i]).toBeGreaterThanOrEqual(options.start as number);
      sum += slices[i + 1];
    }
    // The measure's duration is the main-thread time: its slices, not the pauses between them.
    expect(options.duration).toBeCloseTo(sum, 6);
    expect(page.tabReport!.report.entities.some((e) => e.id === 'kilmar-abrego-garcia')).toBe(true);
    controller.abort();
  });
});

// What the e2e tests wait on before they read counts: the page says when it is done.
describe('page controller: the settled mark', () => {
  afterEach(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });
  const settled = () => performance.getEntriesByName(SETTLED_MARK);

  test('comes after the idle disputed pass has reached the UI, one task after the last draw', async () => {
    load('noem-cecot-visit.html');
    const disputedShown: number[] = [];
    const mountUi = (): PageUi => ({
      update: (r) => disputedShown.push(r.disputed.length),
      togglePanel() {},
      destroy() {},
    });
    const { page, controller } = start({ gatePassed: true, mountUi });
    await page.ready;
    // The last draw (disputed points included) is done; the mark waits one task for the UI's render.
    expect(settled()).toHaveLength(0);
    expect(disputedShown.at(-1)).toBeGreaterThan(0);
    await vi.waitFor(() => expect(settled()).toHaveLength(1));
    // The report for the popup keeps each point's first passage and the count of all.
    const passages = page.tabReport!.report.disputed.reduce((n, d) => n + passageCount(d), 0);
    expect(passages).toBe(disputedShown.at(-1));
    controller.abort();
  });

  /** A UI that records the publication date of every report it is given, mounted or updated. */
  function datesDrawn() {
    const seen: (string | null | undefined)[] = [];
    const mountUi = (first: PageReport): PageUi => {
      seen.push(first.published);
      return { update: (r) => seen.push(r.published), togglePanel() {}, destroy() {} };
    };
    return { seen, mountUi };
  }

  test('the names are drawn before the date is read; the date reaches the UI and the popup after', async () => {
    load('noem-cecot-visit.html');
    const { seen, mountUi } = datesDrawn();
    const { page, controller } = start({ gatePassed: true, mountUi });
    await page.ready;
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe('2025-03-27');
    expect(page.tabReport!.report.published).toBe('2025-03-27');
    expect(page.tabReport!.report.since?.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(settled()).toHaveLength(1));
    controller.abort();
  });

  test('a later date alone is drawn: the UI hears of it even when the marks stay the same', async () => {
    load('noem-cecot-visit.html');
    // No disputed point on the page: the second draw changes nothing but the date.
    for (const p of document.querySelectorAll('article p'))
      p.textContent = 'Nayib Bukele and Kristi Noem met at CECOT.';
    const { seen, mountUi } = datesDrawn();
    const { page, controller } = start({ gatePassed: true, mountUi });
    await page.ready;
    expect(page.tabReport?.report.topic.onTopic).toBe(true);
    expect(page.tabReport!.report.disputed).toEqual([]);
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe('2025-03-27');
    await vi.waitFor(() => expect(settled()).toHaveLength(1));
    controller.abort();
  });

  test('a run aborted before it finished announces nothing', async () => {
    load('noem-cecot-visit.html');
    const { page, controller } = start({ gatePassed: true });
    controller.abort();
    await page.ready;
    await new Promise((r) => setTimeout(r, 20));
    expect(settled()).toHaveLength(0);
  });

  test('a page the gate turns away is settled too (nothing to do is done)', async () => {
    load('unrelated-harbor-festival.html');
    const { controller } = start();
    await vi.waitFor(() => expect(settled()).toHaveLength(1));
    controller.abort();
  });
});
