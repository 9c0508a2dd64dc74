/**
 * Reading a Chromium performance trace of one page load: the renderer's main thread, its top-level
 * tasks, and which of them are Backstory's. Used by the page-cost benchmark (`page-cost.ts`) and the
 * profiling aid (`trace.ts`).
 *
 * A task is Backstory's when it ran script, or received a message, for a millisecond or more: on the
 * benchmark's pages the page's own script is the probe, whose pings take microseconds, so any such
 * task is ours (loading our scripts, our slices, our message handlers and the messages' copying,
 * with any layout our code forced inside them). A task that did neither is the page's rendering (style, layout, paint):
 * the browser lays out a 1 MB page in 100 ms and more whether an extension runs or not, and the
 * control extension's loads show the same tasks.
 */

/** The parts of a trace event's `args` these readers use (Chromium's trace format is loosely typed). */
export interface TraceArgs {
  name?: string;
  fileName?: string;
  beginData?: { url?: string };
  data?: {
    url?: string;
    scriptName?: string;
    functionName?: string;
    startTime?: number;
    cpuProfile?: {
      nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber?: number } }[];
      samples?: number[];
    };
    timeDeltas?: number[];
  };
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: TraceArgs;
}

/** Trace categories enough for `backstoryTasks` (cheap: no sampling, no compile details). */
export const TASK_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
];

/**
 * Events that mean script ran, or that a message reached the page (our extension's messages: by
 * the time the gate runs, the page has loaded and the bench pages fetch nothing more). A microtask
 * checkpoint can sit beside its task's event rather than inside it, and without V8's own trace
 * categories a message's callback shows only as its mojo event, so both count.
 */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'RunMicrotasks',
  'v8.run',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'SimpleWatcher::OnHandleReady',
  'Receive mojo message',
  'RunYieldContinuation',
  'TimerFire',
  'FireIdleCallback',
]);

export interface MainThread {
  pid: number;
  tid: number;
}

/** The renderer main thread of the page: the one parsing `host`'s HTML or running extension scripts. */
export function rendererMainThread(events: TraceEvent[], host: string): MainThread | null {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const score = new Map<string, number>();
  for (const e of events) {
    const u = String(e.args?.beginData?.url ?? e.args?.data?.url ?? '');
    if ((e.name === 'ParseHTML' && u.includes(host)) || (e.name === 'EvaluateScript' && u.includes('extension://'))) {
      const k = `${e.pid}:${e.tid}`;
      score.set(k, (score.get(k) ?? 0) + 1);
    }
  }
  const best = [...score.entries()]
    .filter(([k]) => threadNames.get(k) === 'CrRendererMain')
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return null;
  const [pid, tid] = best.split(':').map(Number);
  return { pid, tid };
}

/** Complete events of one thread, in time order. */
export function threadEvents(events: TraceEvent[], main: MainThread): TraceEvent[] {
  return events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
}

/** Top-level tasks of a thread's events (a task inside another is not counted again). */
export function topLevelTasks(mine: TraceEvent[]): TraceEvent[] {
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of mine) {
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    if (e.ts < end) continue;
    tasks.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return tasks;
}

export interface TaskFigures {
  /** Longest task that ran script, ms: Backstory's (see the file's comment). */
  ours: number;
  /** Longest task that ran no script, ms: the page's rendering. */
  rendering: number;
}

/**
 * The longest tasks between Backstory's gate (its `backstory:gate` User Timing entry) and the
 * `backstory:settled` mark, or null when the trace does not hold them.
 */
export function backstoryTasks(events: TraceEvent[], host: string): TaskFigures | null {
  const main = rendererMainThread(events, host);
  if (!main) return null;
  const onMain = events.filter((e) => e.pid === main.pid);
  const from = onMain.find((e) => e.name === 'backstory:gate')?.ts;
  const settled = onMain.filter((e) => e.name === 'backstory:settled').map((e) => e.ts);
  if (from === undefined || settled.length === 0) return null;
  const to = Math.max(...settled);
  const mine = threadEvents(events, main);
  const figures: TaskFigures = { ours: 0, rendering: 0 };
  let j = 0;
  for (const task of topLevelTasks(mine)) {
    const end = task.ts + (task.dur ?? 0);
    while (j < mine.length && mine[j].ts < task.ts) j++;
    if (end < from || task.ts > to) continue;
    let script = 0;
    for (let k = j; k < mine.length && mine[k].ts <= end; k++) {
      if (SCRIPT_EVENTS.has(mine[k].name)) script = Math.max(script, mine[k].dur ?? 0);
    }
    const ms = (task.dur ?? 0) / 1000;
    if (script >= 1000) figures.ours = Math.max(figures.ours, ms);
    else figures.rendering = Math.max(figures.rendering, ms);
  }
  return figures;
}
