/**
 * Profiling aid (not part of `npm run bench`): load one bench page in a fresh Chromium tab with the
 * built extension, record a trace (timeline + V8 sampling profile), and print where the renderer's
 * main thread spent its time: top-level tasks over a threshold with their biggest children, script
 * evaluation and compile per URL, and self time per function of extension code.
 *
 *   npx tsx scripts/bench/trace.ts off-topic|article|big [--runs 3] [--control] [--samples] [--ext DIR]
 *
 * `--ext DIR` loads another build (e.g. a copy of `.output/chrome-mv3` made before a change), to
 * compare two builds in the same session.
 *
 * `--samples` adds the V8 sampling profiler, which slows script down a lot: use it for where, not how long.
 * Build with `BACKSTORY_NO_MINIFY=1 npx wxt build` first to read function names in the samples. Each
 * task of 20 ms or more is printed with its time from the gate's start and, with samples, the
 * functions sampled most inside it.
 *
 * To place a task in our own code, build with temporary `performance.mark('DBG …')` calls: marks
 * whose names start with "DBG" are printed with their times from the gate's start.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { keepExtensionWorkerRunning, launchWithExtension } from '../browser/browsers';
import { startProxyServer } from '../browser/proxy-server';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { aliasTexts } from './engine';
import { bigArticle, controlExtension, LISTED_HOST, withProbe } from './page-cost';
import { rendererMainThread, threadEvents, type TraceEvent as Ev } from './trace-tasks';

const ROOT = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const which = argv[0] ?? 'off-topic';
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 1;
const useControl = argv.includes('--control');
const extOption = argv.includes('--ext') ? argv[argv.indexOf('--ext') + 1] : undefined;
const demo = (file: string) => readFileSync(join(ROOT, 'tests/fixtures/demo', file), 'utf8');
const bodies: Record<string, () => string> = {
  'off-topic': () => demo('unrelated-harbor-festival.html'),
  article: () => withProbe(demo('noem-cecot-visit.html')),
  big: () => withProbe(bigArticle(aliasTexts(loadCompiledPack()))),
};

const proxy = await startProxyServer();
const url = proxy.route({ host: LISTED_HOST, path: `/${which}`, body: bodies[which]() });
const extDir = useControl ? controlExtension() : resolve(extOption ?? join(ROOT, '.output/chrome-mv3'));
const launched = await launchWithExtension('chromium', { extensionDir: extDir, proxyPort: proxy.port });
if (!useControl) await keepExtensionWorkerRunning(launched);
const ready = useControl
  ? "performance.getEntriesByName('control:ran').length > 0"
  : "performance.getEntriesByName('backstory:total').length > 0";
try {
  // Warm the browser (first tab ever is slower for reasons that have nothing to do with us).
  {
    const p = await launched.browser.newPage();
    await p.goto(url, { waitUntil: 'load' });
    await p.waitForFunction(ready, { timeout: 90_000, polling: 50 }).catch(() => {});
    await p.close();
  }
  for (let r = 0; r < runs; r++) {
    const page = await launched.browser.newPage();
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.compile',
        ...(argv.includes('--samples') ? ['disabled-by-default-v8.cpu_profiler'] : []),
        'blink.user_timing',
        'toplevel',
      ],
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(ready, { timeout: 60_000, polling: 50 });
    await new Promise((r) => setTimeout(r, 300));
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((e) => `${e.name} ${e.startTime.toFixed(1)}+${e.duration.toFixed(1)}`),
    );
    const buf = await page.tracing.stop();
    await page.close();
    const trace = JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: Ev[] } | Ev[];
    const events: Ev[] = Array.isArray(trace) ? trace : trace.traceEvents;
    summarize(events, measures);
  }
} finally {
  await launched.close();
  await proxy.close();
}

function summarize(events: Ev[], measures: string[]): void {
  const main = rendererMainThread(events, LISTED_HOST);
  if (!main) {
    console.log('no renderer main thread found');
    return;
  }
  const { pid, tid } = main;
  const mine = threadEvents(events, main);
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  console.log(`\n=== ${which} run: ${measures.join(' | ')}`);
  // Script evaluation per URL.
  const perUrl = new Map<string, { evalMs: number; compileMs: number; callMs: number; n: number }>();
  const add = (u: string, k: 'evalMs' | 'compileMs' | 'callMs', ms: number) => {
    const row = perUrl.get(u) ?? { evalMs: 0, compileMs: 0, callMs: 0, n: 0 };
    row[k] += ms;
    row.n++;
    perUrl.set(u, row);
  };
  for (const e of mine) {
    const u = String(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '');
    if (e.name === 'EvaluateScript') add(u, 'evalMs', (e.dur ?? 0) / 1000);
    else if (e.name === 'v8.compile' || e.name === 'V8.CompileCode' || e.name === 'v8.compileModule')
      add(u || e.name, 'compileMs', (e.dur ?? 0) / 1000);
    else if (e.name === 'FunctionCall') add(u, 'callMs', (e.dur ?? 0) / 1000);
  }
  for (const [u, r] of perUrl)
    if (r.evalMs + r.compileMs + r.callMs > 0.3)
      console.log(
        `  ${u.slice(-60).padEnd(60)} eval ${r.evalMs.toFixed(1)}  compile ${r.compileMs.toFixed(1)}  calls ${r.callMs.toFixed(1)} (${r.n})`,
      );
  // Long top-level tasks and their main children.
  const total = tasks.reduce((a, t) => a + (t.dur ?? 0), 0) / 1000;
  console.log(`  tasks on main: ${tasks.length}, ${total.toFixed(1)} ms`);
  const timed = sampleTimes(events, pid, tid);
  // Times are printed from the gate's start (its User Timing measure in the trace), else the first task.
  const t0 = events.find((e) => e.name === 'backstory:gate' && e.pid === pid)?.ts ?? tasks[0]?.ts ?? 0;
  for (const e of events)
    if (e.pid === pid && e.name.startsWith('DBG'))
      console.log(`      mark ${e.name} at ${((e.ts - t0) / 1000).toFixed(0)}`);
  // What the first scan's slices hold: trace events between its start and the first highlight.
  const scanAt = events.find((e) => e.name === 'backstory:scan' && e.pid === pid)?.ts;
  const highlightAt = events.find((e) => e.name === 'backstory:highlight' && e.pid === pid)?.ts;
  if (scanAt !== undefined && highlightAt !== undefined) {
    const inScan = new Map<string, number>();
    for (const e of mine)
      if (e.ts >= scanAt && e.ts < highlightAt && e.dur && !e.name.includes('RunTask'))
        inScan.set(e.name, (inScan.get(e.name) ?? 0) + e.dur / 1000);
    const top = [...inScan].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`  within the first scan: ${top.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
  }
  for (const t of tasks) {
    const ms = (t.dur ?? 0) / 1000;
    if (ms < 8) continue;
    const end = t.ts + (t.dur ?? 0);
    const kids = mine.filter(
      (e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 1000 && e.name !== 'RunTask',
    );
    console.log(
      `  task ${ms.toFixed(1)} ms: ${kids
        .slice(0, 12)
        .map(
          (k) =>
            `${k.name}${k.args?.data?.url ? '(' + String(k.args.data.url).slice(-30) + ')' : k.args?.data?.functionName ? '(' + k.args.data.functionName + ')' : ''} ${((k.dur ?? 0) / 1000).toFixed(1)}`,
        )
        .join(', ')}`,
    );
    const inside = timed.list.filter((x) => x.t >= t.ts && x.t <= end);
    if (ms >= 20) console.log(`      at ${((t.ts - t0) / 1000).toFixed(0)} ms from the gate`);
    if (inside.length && ms >= 20) {
      const self = new Map<string, number>();
      for (const x of inside) self.set(x.key, (self.get(x.key) ?? 0) + 1);
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`      samples: ${top.map(([k, n]) => `${k.slice(0, 60)} ×${n}`).join(' | ')}`);
    }
  }
  // With temporary 'DBG window start' / 'DBG window end' marks in a build: self time between them.
  const winStart = events.find((e) => e.pid === pid && e.name === 'DBG window start')?.ts;
  const winEnd = events.find((e) => e.pid === pid && e.name === 'DBG window end')?.ts;
  if (winStart !== undefined && winEnd !== undefined) {
    console.log(`  samples between the DBG window marks (${((winEnd - winStart) / 1000).toFixed(1)} ms):`);
    printTop(
      timed.list.filter((x) => x.t >= winStart && x.t <= winEnd),
      30,
    );
  }
  if (timed.list.length) {
    console.log('  samples per function, the whole load (one sample is about 0.1 ms, more with the profiler on):');
    printTop(
      timed.list.filter((x) => !x.key.startsWith('(program)')),
      25,
    );
  }
}

/** The functions sampled most in `list`, with their sample counts. */
function printTop(list: { key: string }[], n: number): void {
  const self = new Map<string, number>();
  for (const x of list) self.set(x.key, (self.get(x.key) ?? 0) + 1);
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [k, count] of top) console.log(`    ${String(count).padStart(5)}  ${k.slice(0, 120)}`);
}

/** Sampled stacks' leaf functions with trace timestamps (µs), from the Profile / ProfileChunk events. */
function sampleTimes(events: Ev[], pid: number, tid: number): { list: { t: number; key: string }[] } {
  const list: { t: number; key: string }[] = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  for (const p of profiles) {
    const start = Number((p.args?.data as { startTime?: number } | undefined)?.startTime ?? p.ts);
    const nodes = new Map<number, string>();
    let t = start;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== p.id) continue;
      const cp = e.args?.data?.cpuProfile;
      for (const n of cp?.nodes ?? [])
        nodes.set(
          n.id,
          `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').slice(-1)[0]}:${n.callFrame.lineNumber ?? 0}`,
        );
      const deltas = e.args?.data?.timeDeltas ?? [];
      (cp?.samples ?? []).forEach((s, i) => {
        t += deltas[i] ?? 0;
        const key = nodes.get(s) ?? '?';
        if (!key.startsWith('(idle)')) list.push({ t, key });
      });
    }
  }
  return { list };
}
