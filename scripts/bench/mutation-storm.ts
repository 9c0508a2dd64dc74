/**
 * Mutation-storm benchmark, in real Chromium and Firefox ESR with the built
 * extension: a page changes its DOM thousands of times a second for 10 s. The same page is stormed
 * twice in one browser session — on a listed news site (Backstory runs) and on an unlisted one (it
 * does not: the baseline) — and the bench prints what the page got with us beside what it got
 * without us, as ratios, then PASS/FAIL lines for the budget checks. Exit status 1 on a FAIL.
 *
 * Our main-thread time is read from the `backstory:rescan` measures (one per rescan, the whole
 * rescan: analysis, highlights and UI), which the storm page collects with a PerformanceObserver.
 * Memory: Chromium through CDP on the page (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`:
 * the page's V8 heap, which holds the content script's isolated world too); Firefox through its
 * memory reporters from `about:memory` (after `minimizeMemoryUsage`: the JS heap of the content
 * process that holds the page and our content script, and the page window's own DOM and layout).
 */
import type { Browser, Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_SHARE, DEFAULT_MIN_INTERVAL } from '../../lib/dom/page-watcher';
import { keepExtensionWorkerRunning, launchWithExtension, type BrowserName } from '../browser/browsers';
import { startProxyServer } from '../browser/proxy-server';
import { stormPage, type StormResult } from './storm-page';

const ROOT = resolve(import.meta.dirname, '../..');
const STORM_MS = 10_000;
/** A listed news site (the content script runs) and an unlisted one (it does not). */
const LISTED_HOST = 'www.apnews.com';
const UNLISTED_HOST = 'www.storm-baseline.test';

/**
 * Tolerances, chosen so that a loaded 2-core machine passes and a real regression does not:
 * the share is paced start-to-start by the watcher, so only edge effects and cost jitter (a rescan
 * costing more than the one before it, which set the pause) can push it over the budget.
 */
const SHARE_TOLERANCE = 1.25;
/** Any 1 s window may hold a rescan at each edge: at most (1 s / min interval + 1) rescans. */
const WINDOW_TOLERANCE = 1.5;
/**
 * Heap growth with us beyond the baseline's: over the second half of the storm (a leak keeps
 * growing there), and over the whole storm (which may include one-time warm-up: JIT code, the
 * disputed-point patterns compiled by the first full rescan).
 */
const HEAP_EXTRA_STEADY_MB = 1;
const HEAP_EXTRA_TOTAL_MB = 3;

interface HeapSample {
  at: string;
  /** JS heap in use after a full GC, bytes. */
  js: number;
  /** The rest we can attribute to the page (Chromium: Blink's heap; Firefox: the window's DOM, layout and style). */
  dom: number;
}

interface RunResult {
  storm: StormResult;
  heap: HeapSample[];
  /** `backstory:*` entries left on the page's performance timeline after the storm (name → count). */
  timeline: Record<string, number>;
}

interface BrowserReport {
  name: BrowserName;
  version: string;
  baseline: RunResult;
  extension: RunResult;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Memory probes: what each browser can tell us about one page's heap after a full GC. */
interface MemoryProbe {
  sample(page: Page, host: string, at: string): Promise<HeapSample>;
  close(): Promise<void>;
}

async function chromiumMemory(): Promise<MemoryProbe> {
  return {
    async sample(page, _host, at) {
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
      await cdp.detach();
      return { at, js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
    },
    async close() {},
  };
}

/**
 * Firefox has no `performance.memory` and no CDP; its memory reporters (what about:memory shows)
 * are reachable from a privileged page, which the launch flag `--remote-allow-system-access` lets
 * WebDriver BiDi script.
 */
async function firefoxMemory(browser: Browser): Promise<MemoryProbe> {
  const tab = await browser.newPage();
  // about:memory never reports "load" to WebDriver BiDi; the page is usable all the same.
  await tab.goto('about:memory', { timeout: 3_000 }).catch(() => {});
  return {
    async sample(page, host, at) {
      const r = await tab.evaluate(async (hostName: string) => {
        const w = window as unknown as {
          Cc: Record<string, { getService(i: unknown): unknown }>;
          Ci: { nsIMemoryReporterManager: unknown };
        };
        const mgr = w.Cc['@mozilla.org/memory-reporter-manager;1'].getService(w.Ci.nsIMemoryReporterManager) as {
          minimizeMemoryUsage(done: () => void): void;
          getReports(
            handle: (process: string, path: string, kind: number, units: number, amount: number) => void,
            a: null,
            done: () => void,
            b: null,
            anonymize: boolean,
          ): void;
        };
        await new Promise<void>((done) => mgr.minimizeMemoryUsage(done));
        const jsByProcess = new Map<string, number>();
        let pageProcess = '';
        let dom = 0;
        await new Promise<void>((done) =>
          mgr.getReports(
            (process, path, _kind, _units, amount) => {
              if (path.startsWith('js-main-runtime-gc-heap-committed/used/'))
                jsByProcess.set(process, (jsByProcess.get(process) ?? 0) + amount);
              // Window paths spell URLs with backslashes: top(http:\\host\path, id=…).
              if (path.startsWith(`explicit/window-objects/top(http:\\\\${hostName}\\`)) {
                pageProcess = process;
                if (!path.includes('/js-')) dom += amount;
              }
            },
            null,
            () => done(),
            null,
            false,
          ),
        );
        return { js: jsByProcess.get(pageProcess) ?? 0, dom, pageProcess };
      }, host);
      if (!r.pageProcess) throw new Error(`Firefox memory reporters show no window for ${host}`);
      await page.bringToFront();
      return { at, js: r.js, dom: r.dom };
    },
    close: () => tab.close().catch(() => {}),
  };
}

async function stormOnce(
  browser: Browser,
  memory: MemoryProbe,
  url: string,
  host: string,
  expectExtension: boolean,
): Promise<RunResult> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  if (expectExtension) {
    await page
      .waitForFunction(() => performance.getEntriesByName('backstory:total').length > 0, {
        timeout: 15_000,
        polling: 100,
      })
      .catch(() => {
        throw new Error(
          `Backstory did not run on ${url} (no backstory:total measure): is the build in .output current?`,
        );
      });
  }
  // Both runs rest the same time after load: the extension's idle pass has finished by then.
  await sleep(1_000);
  const heap = [await memory.sample(page, host, 'start')];
  const done = page.evaluate(() =>
    (window as unknown as { __storm: { start(): Promise<StormResult> } }).__storm.start(),
  );
  await sleep(STORM_MS / 2);
  heap.push(await memory.sample(page, host, '5 s'));
  const storm = await done;
  heap.push(await memory.sample(page, host, '10 s'));
  // A rescan may follow the storm's last change; then count what is left on the timeline.
  await sleep(DEFAULT_MIN_INTERVAL * 4);
  const { measures, timeline } = await page.evaluate(() => {
    const t: Record<string, number> = {};
    for (const e of performance.getEntries())
      if (e.name.startsWith('backstory:')) t[`${e.entryType} ${e.name}`] = (t[`${e.entryType} ${e.name}`] ?? 0) + 1;
    return {
      measures: (window as unknown as { __storm: { result(): StormResult } }).__storm.result().measures,
      timeline: t,
    };
  });
  await page.close();
  if (errors.length) throw new Error(`uncaught errors on ${url}: ${errors.join('; ')}`);
  return { storm: { ...storm, measures }, heap, timeline };
}

async function benchBrowser(name: BrowserName): Promise<BrowserReport> {
  const dir = join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run "npm run build" and "npm run build:firefox" first.`);
  }
  const proxy = await startProxyServer();
  const launched = await launchWithExtension(name, { extensionDir: dir, proxyPort: proxy.port });
  await keepExtensionWorkerRunning(launched);
  try {
    for (const p of await launched.browser.pages()) await p.close().catch(() => {});
    const body = stormPage({ durationMs: STORM_MS });
    const listed = proxy.route({ host: LISTED_HOST, path: '/article/mutation-storm', body });
    const unlisted = proxy.route({ host: UNLISTED_HOST, path: '/article/mutation-storm', body });
    const memory = name === 'chromium' ? await chromiumMemory() : await firefoxMemory(launched.browser);
    const baseline = await stormOnce(launched.browser, memory, unlisted, UNLISTED_HOST, false);
    const extension = await stormOnce(launched.browser, memory, listed, LISTED_HOST, true);
    await memory.close();
    return { name, version: await launched.browser.version(), baseline, extension };
  } finally {
    await launched.close();
    await proxy.close();
  }
}

/** The most of any `width`-ms window that the intervals cover. */
export function worstWindow(intervals: { start: number; end: number }[], width: number): number {
  let worst = 0;
  for (const w of intervals) {
    const from = w.start;
    const to = from + width;
    let used = 0;
    for (const x of intervals) used += Math.max(0, Math.min(x.end, to) - Math.max(x.start, from));
    worst = Math.max(worst, used);
  }
  return worst;
}

interface Check {
  ok: boolean;
  text: string;
}

function analyse(r: BrowserReport): { lines: string[]; checks: Check[] } {
  const { baseline: base, extension: ext } = r;
  const s = ext.storm;
  const elapsed = s.endedAt - s.startedAt;
  // Rescans that the storm caused: from its start until our trailing rescan after its last change.
  // A rescan runs in slices (tasks with pauses between them), listed in its measure's detail; its
  // duration is their sum, the main-thread time. A measure without slices is one task.
  const rescans = s.measures
    .filter((m) => m.name === 'backstory:rescan' && m.startTime >= s.startedAt)
    .map((m) => {
      const list = m.detail?.slices ?? [m.startTime, m.duration];
      const slices: { start: number; end: number }[] = [];
      for (let i = 0; i + 1 < list.length; i += 2) slices.push({ start: list[i], end: list[i] + list[i + 1] });
      return { start: m.startTime, busy: m.duration, slices, draw: slices.length > 1 ? list[list.length - 1] : 0 };
    });
  const during = rescans.filter((x) => x.start <= s.endedAt);
  const tasks = rescans.flatMap((x) => x.slices);
  const busy = during
    .flatMap((x) => x.slices)
    .reduce((a, x) => a + Math.max(0, Math.min(x.end, s.endedAt) - x.start), 0);
  const longest = rescans.reduce((a, x) => Math.max(a, x.busy), 0);
  const longestTask = tasks.reduce((a, x) => Math.max(a, x.end - x.start), 0);
  const share = busy / elapsed;
  // Per frame: each task of a rescan must fit in a frame, most of the time. Not all: the memory
  // samples at 5 s and 10 s force a GC, and a task caught in one is charged for it.
  const sorted = during.map((x) => x.busy).sort((a, b) => a - b);
  const taskLengths = during
    .flatMap((x) => x.slices)
    .map((x) => x.end - x.start)
    .sort((a, b) => a - b);
  const p90 = taskLengths.length
    ? taskLengths[Math.min(taskLengths.length - 1, Math.floor(taskLengths.length * 0.9))]
    : 0;
  const FRAME_MS = 1000 / 60;
  const w16 = worstWindow(tasks, 1000 / 60);
  const w100 = worstWindow(tasks, 100);
  const w1000 = worstWindow(tasks, 1000);
  const maxRescans = Math.floor(elapsed / DEFAULT_MIN_INTERVAL) + 1;
  const entries = Object.values(ext.timeline).reduce((a, n) => a + n, 0);
  const kinds = Object.keys(ext.timeline).length;
  const total = (h: HeapSample) => h.js + h.dom;
  const growth = (run: RunResult, from = 0) => total(run.heap[2]) - total(run.heap[from]);
  const extraGrowth = growth(ext) - growth(base);
  const extraSteady = growth(ext, 1) - growth(base, 1);
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  const heapLine = (run: RunResult) => run.heap.map((h) => `${h.at} ${mb(h.js)} JS + ${mb(h.dom)} DOM`).join(', ');
  const heapWord =
    r.name === 'chromium'
      ? 'V8 heap used + Blink heap (CDP, after GC)'
      : 'content-process JS heap + page window DOM/layout (memory reporters, after minimizeMemoryUsage)';

  const medianMax = (d: number[]) => {
    d.sort((a, b) => a - b);
    return d.length ? `${d[Math.floor(d.length / 2)].toFixed(1)}/${d[d.length - 1].toFixed(1)} ms` : 'n/a';
  };
  const phase = (name: string) =>
    medianMax(
      s.measures
        .filter((m) => m.name === name && m.startTime >= s.startedAt && m.startTime <= s.endedAt)
        .map((m) => m.duration),
    );
  const lines = [
    `${r.name} ${r.version}: ${STORM_MS / 1000} s storm, demo article, watcher min interval ${DEFAULT_MIN_INTERVAL} ms, budget ${pct(DEFAULT_MAX_SHARE)} of the main thread`,
    `  page's DOM operations     baseline ${base.storm.mutations} (${Math.round(base.storm.mutations / ((base.storm.endedAt - base.storm.startedAt) / 1000))}/s)   with us ${s.mutations}   ratio ${ratio(s.mutations, base.storm.mutations)}`,
    `  page's animation frames   baseline ${base.storm.frames}   with us ${s.frames}   ratio ${ratio(s.frames, base.storm.frames)}`,
    `  page's longest frame      baseline ${base.storm.longestFrameMs.toFixed(1)} ms   with us ${s.longestFrameMs.toFixed(1)} ms   (includes the forced GCs of the memory samples, in both)`,
    `  our rescans               ${during.length} in ${(elapsed / 1000).toFixed(2)} s (bound ${maxRescans}), ${rescans.length - during.length} after; the costliest ${longest.toFixed(1)} ms of main-thread time`,
    `  our main-thread time      ${busy.toFixed(1)} ms = ${pct(share)} of the storm`,
    `  rescan main-thread time   median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, in ${taskLengths.length} tasks (slices); the tasks: 90th percentile ${p90.toFixed(1)} ms, longest ${longestTask.toFixed(1)} ms (a frame is ${FRAME_MS.toFixed(1)} ms)`,
    `  rescan phases (median/max) ${medianMax(during.map((x) => x.busy - x.draw))} analysis   ${phase('backstory:highlight')} highlights`,
    `  worst windows             16.7 ms: ${w16.toFixed(1)} ms (${pct(w16 / (1000 / 60))})   100 ms: ${w100.toFixed(1)} ms (${pct(w100 / 100)})   1 s: ${w1000.toFixed(1)} ms (${pct(w1000 / 1000)})`,
    `  timeline after the storm  ${entries} backstory:* entries (${Object.entries(ext.timeline)
      .map(([k, n]) => `${k}${n > 1 ? ` ×${n}` : ''}`)
      .join(', ')})`,
    `  heap (${heapWord})`,
    `    baseline  ${heapLine(base)}   growth ${mb(growth(base))}, ${ratio(base.heap[2].js + base.heap[2].dom, base.heap[0].js + base.heap[0].dom)}×`,
    `    with us   ${heapLine(ext)}   growth ${mb(growth(ext))}, ${ratio(ext.heap[2].js + ext.heap[2].dom, ext.heap[0].js + ext.heap[0].dom)}×`,
  ];
  const checks: Check[] = [
    {
      ok: base.storm.measures.length === 0,
      text: `baseline is clean: no backstory:* measures on the unlisted site (${base.storm.measures.length})`,
    },
    { ok: during.length > 0, text: `the extension rescanned during the storm (${during.length} rescans)` },
    {
      ok: share <= DEFAULT_MAX_SHARE * SHARE_TOLERANCE,
      text: `share within budget: ${pct(share)} ≤ ${pct(DEFAULT_MAX_SHARE)} × ${SHARE_TOLERANCE}`,
    },
    {
      ok: p90 <= FRAME_MS,
      text: `per frame: 90 % of our rescans' tasks fit in one frame: ${p90.toFixed(1)} ms ≤ ${FRAME_MS.toFixed(1)} ms`,
    },
    {
      ok: w1000 <= 1000 * DEFAULT_MAX_SHARE * WINDOW_TOLERANCE,
      text: `worst 1 s window within budget: ${w1000.toFixed(1)} ms ≤ ${(1000 * DEFAULT_MAX_SHARE * WINDOW_TOLERANCE).toFixed(0)} ms`,
    },
    {
      ok: during.length <= maxRescans,
      text: `rescans bounded: ${during.length} ≤ ${maxRescans} (storm time / min interval + 1)`,
    },
    {
      ok: entries === kinds && kinds <= 6,
      text: `timeline bounded: ${entries} entries, one per name (${kinds} names), whatever the number of rescans`,
    },
    {
      ok: extraSteady <= HEAP_EXTRA_STEADY_MB * 1024 * 1024,
      text: `memory stable, 5 s → 10 s: heap growth with us ${mb(growth(ext, 1))} vs baseline ${mb(growth(base, 1))} (extra ${mb(extraSteady)} ≤ ${HEAP_EXTRA_STEADY_MB} MB)`,
    },
    {
      ok: extraGrowth <= HEAP_EXTRA_TOTAL_MB * 1024 * 1024,
      text: `memory stable, start → 10 s: heap growth with us ${mb(growth(ext))} vs baseline ${mb(growth(base))} (extra ${mb(extraGrowth)} ≤ ${HEAP_EXTRA_TOTAL_MB} MB, warm-up included)`,
    },
  ];
  return { lines, checks };
}

/** Run the storm in each browser, print the figures and checks; resolves false if a check failed. */
export async function runStormBench(browsers: BrowserName[] = ['chromium', 'firefox']): Promise<boolean> {
  let ok = true;
  for (const name of browsers) {
    const report = await benchBrowser(name);
    const { lines, checks } = analyse(report);
    console.log(`\n${lines.join('\n')}`);
    for (const c of checks) {
      console.log(`  ${c.ok ? 'PASS' : 'FAIL'} ${name}: ${c.text}`);
      ok &&= c.ok;
    }
  }
  return ok;
}
