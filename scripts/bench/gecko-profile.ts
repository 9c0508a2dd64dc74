/**
 * Reading a Firefox profile (the Gecko profiler's JSON, written at shutdown when Firefox starts with
 * `MOZ_PROFILER_STARTUP`): the page's main thread, its tasks, and which of them are Backstory's.
 * Firefox's counterpart of `trace-tasks.ts`, used by the page-cost benchmark for the longest task
 * in Firefox, where the page's probe alone cannot tell our tasks from the page's own layout.
 *
 * The profile records markers on each process's main thread (`GeckoMain`): script entry points
 * ("Perform microtasks", "DOMEvent" for a dispatched event, "setTimeout callback", "requestAnimation
 * Frame callbacks"), rendering ("RefreshDriverTick", "Reflow", "Styles"), garbage collection
 * ("GCSlice", "GCMinor", "CCSlice") and User Timing entries (ours). Overlapping markers make one
 * task. A task is Backstory's when script ran in it for a millisecond or more: on the benchmark's
 * pages the page's only script is the probe, whose pings take microseconds (as in `trace-tasks.ts`).
 * A task with no script is the page's rendering, or a garbage collection of its own.
 *
 * Markers are taken without stack sampling (`MOZ_PROFILER_STARTUP_FEATURES=nostacksampling`), which
 * costs the page little. The profiler's own "LongTask" markers (tasks of 50 ms or more, whatever ran
 * in them) join the markers inside them, so such a task counts at its full length, and are counted.
 */
import type { TaskFigures } from './trace-tasks';

/** The parts of the Gecko profile format read here (processed-profile format, version 30 and later). */
interface GeckoThread {
  name: string;
  stringTable?: string[];
  stringArray?: string[];
  markers: { schema?: Record<string, number>; data: unknown[][] };
}
export interface GeckoProfile {
  threads?: GeckoThread[];
  processes?: GeckoProfile[];
  shared?: { stringArray?: string[] };
}

interface Interval {
  start: number;
  end: number;
  name: string;
  /** The name with the event's type, for DOM events ("DOMEvent load"). */
  label: string;
}

/** Markers that mean script ran (an event dispatched to a listener, microtasks, timers, frames). */
const SCRIPT = new Set([
  'Perform microtasks',
  'DOMEvent',
  'setTimeout callback',
  'setInterval callback',
  'requestAnimationFrame callbacks',
  'requestIdleCallback',
  'JS',
  // A content script being loaded, and a call into the extension API.
  'SubScript',
  'ExtensionChild',
]);
/** Markers that make a task without running script of a page: rendering and garbage collection. */
const OTHER = new Set([
  'RefreshDriverTick',
  'Reflow (interruptible)',
  'Reflow (sync)',
  'Styles',
  'Paint',
  'DisplayList',
  'GCSlice',
  'GCMinor',
  'CCSlice',
  'CC',
]);
/** Script for this long in a task makes it ours (the probe's pings take microseconds). */
const SCRIPT_MS = 1;

/** Gecko marker phases: an instant, an interval, the start and the end of one. */
const INSTANT = 0;
const INTERVAL = 1;
const START = 2;
const END = 3;

function allThreads(profile: GeckoProfile, shared?: string[]): { thread: GeckoThread; strings: string[] }[] {
  const strings = profile.shared?.stringArray ?? shared;
  const own = (profile.threads ?? []).map((thread) => ({
    thread,
    strings: thread.stringTable ?? thread.stringArray ?? strings ?? [],
  }));
  return [...own, ...(profile.processes ?? []).flatMap((p) => allThreads(p, strings))];
}

interface PageWindow {
  from: number;
  to: number;
}

/** One main thread's intervals, and the pages Backstory worked on there (gate to settled). */
function readThread(
  thread: GeckoThread,
  strings: string[],
): { intervals: Interval[]; longTasks: Interval[]; pages: PageWindow[]; marks: Map<string, number[]> } {
  const schema = thread.markers.schema ?? { name: 0, startTime: 1, endTime: 2, phase: 3, data: 5 };
  const intervals: Interval[] = [];
  const longTasks: Interval[] = [];
  const open = new Map<string, number[]>();
  const gates = new Map<unknown, number>();
  const settled = new Map<unknown, number>();
  const marks = new Map<string, number[]>();
  for (const row of thread.markers.data) {
    const name = strings[row[schema.name] as number] ?? '';
    const start = row[schema.startTime] as number | null;
    const end = row[schema.endTime] as number | null;
    const phase = row[schema.phase] as number;
    const data = (row[schema.data] ?? null) as { name?: string; eventType?: string; innerWindowID?: unknown } | null;
    if (name === 'UserTiming' && data?.name === 'backstory:gate' && start !== null)
      gates.set(data.innerWindowID, start);
    if (name === 'UserTiming' && data?.name === 'backstory:settled' && start !== null)
      settled.set(data.innerWindowID, Math.max(settled.get(data.innerWindowID) ?? 0, start));
    if (name === 'UserTiming' && data?.name !== undefined && start !== null) {
      const list = marks.get(data.name) ?? [];
      list.push(start);
      marks.set(data.name, list);
    }
    if (name === 'LongTask' && phase === INTERVAL && start !== null && end !== null) {
      // Also a task of its own: it spans the whole task, markers we read or not, so merged with the
      // markers inside it, the task keeps its full length (and is ours if script ran in it).
      longTasks.push({ start, end, name, label: name });
      intervals.push({ start, end, name, label: name });
      continue;
    }
    if (!SCRIPT.has(name) && !OTHER.has(name)) continue;
    const label = data?.eventType ? `${name} ${data.eventType}` : name;
    const key = `${name}\u0000${data?.eventType ?? ''}`;
    if (phase === INTERVAL && start !== null && end !== null) intervals.push({ start, end, name, label });
    else if (phase === START && start !== null) {
      const stack = open.get(key) ?? [];
      stack.push(start);
      open.set(key, stack);
    } else if (phase === END && end !== null) {
      const begun = open.get(key)?.pop();
      if (begun !== undefined) intervals.push({ start: begun, end, name, label });
    } else if (phase === INSTANT) continue;
  }
  const pages: PageWindow[] = [];
  for (const [window, from] of gates) {
    const to = settled.get(window);
    if (to !== undefined && to >= from) pages.push({ from, to });
  }
  return { intervals, longTasks, pages, marks };
}

interface Task {
  start: number;
  end: number;
  /** Milliseconds script ran in it. */
  script: number;
  scriptEnd: number;
  /** Milliseconds each kind of marker covered in it (they nest, so these overlap). */
  parts: Map<string, number>;
}

/** Overlapping intervals merged into tasks, with the time script ran in each. */
function tasksOf(intervals: Interval[]): Task[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const tasks: Task[] = [];
  for (const iv of sorted) {
    const last = tasks[tasks.length - 1];
    const isScript = SCRIPT.has(iv.name);
    if (last && iv.start < last.end) {
      last.parts.set(iv.label, (last.parts.get(iv.label) ?? 0) + iv.end - iv.start);
      last.end = Math.max(last.end, iv.end);
      if (isScript && iv.end > last.scriptEnd) {
        // Script time counted once where script markers nest (an event's listener runs microtasks).
        last.script += iv.end - Math.max(iv.start, last.scriptEnd);
        last.scriptEnd = iv.end;
      }
    } else {
      tasks.push({
        start: iv.start,
        end: iv.end,
        script: isScript ? iv.end - iv.start : 0,
        scriptEnd: isScript ? iv.end : 0,
        parts: new Map([[iv.label, iv.end - iv.start]]),
      });
    }
  }
  return tasks;
}

export interface GeckoTaskFigures extends TaskFigures {
  /** The profiler's own long tasks (50 ms or more) between the gate and settled. */
  longTasks: number;
  /** What ran in our longest task: its markers' kinds, most time first, e.g. "DOMEvent message 40, GCMinor 12". */
  oursParts: string;
  /**
   * The task the gate ran in, ms: Firefox runs an extension's `document_idle` scripts inside the
   * page's `load` event, with its own set-up of the extension's content-script world.
   */
  gateTask: number;
}

const partsText = (task: Task) =>
  [...task.parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');

/**
 * Per page Backstory worked on (its `backstory:gate` measure to its last `backstory:settled` mark),
 * the longest task that ran script (ours) and the longest that did not (the page's rendering, or a
 * collection), in the order the profile lists them.
 */
export function backstoryTasksInProfile(profile: GeckoProfile): GeckoTaskFigures[] {
  const out: GeckoTaskFigures[] = [];
  for (const { thread, strings } of allThreads(profile)) {
    if (thread.name !== 'GeckoMain') continue;
    const { intervals, longTasks, pages } = readThread(thread, strings);
    if (pages.length === 0) continue;
    const tasks = tasksOf(intervals);
    for (const { from, to } of pages) {
      const figures: GeckoTaskFigures = { ours: 0, rendering: 0, longTasks: 0, oursParts: '', gateTask: 0 };
      for (const task of tasks) {
        if (task.end < from || task.start > to) continue;
        const length = task.end - task.start;
        if (task.start <= from && from <= task.end) figures.gateTask = length;
        if (task.script < SCRIPT_MS) figures.rendering = Math.max(figures.rendering, length);
        else if (length > figures.ours) {
          figures.ours = length;
          figures.oursParts = partsText(task);
        }
      }
      figures.longTasks = longTasks.filter((t) => t.end >= from && t.start <= to).length;
      out.push(figures);
    }
  }
  return out;
}

/**
 * The tasks that held the User Timing mark `name` (one per page that marked it), with what ran in
 * them: for the control extension, the `load` task its one-line script ran in.
 */
export function tasksHoldingMark(profile: GeckoProfile, name: string): { length: number; parts: string }[] {
  const out: { length: number; parts: string }[] = [];
  for (const { thread, strings } of allThreads(profile)) {
    if (thread.name !== 'GeckoMain') continue;
    const { intervals, marks } = readThread(thread, strings);
    const at = marks.get(name);
    if (!at) continue;
    const tasks = tasksOf(intervals);
    for (const t of at) {
      const task = tasks.find((k) => k.start <= t && t <= k.end);
      out.push(task ? { length: task.end - task.start, parts: partsText(task) } : { length: 0, parts: '' });
    }
  }
  return out;
}
