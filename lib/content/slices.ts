/**
 * Running analysis steps (generators, see `lib/analysis/analyze.ts`) in short tasks: each slice
 * runs steps until it has used its budget, then yields the main thread to the page (input, frames)
 * before the next. A step is at most a few milliseconds, so no slice runs far past the budget.
 */

/** Work per slice, ms. A slice ends after the step that crosses it, so slices stay ≤ 16 ms. */
export const SLICE_BUDGET_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * How many yields in a row may go through `scheduler.yield` before one goes through a plain task.
 * A `scheduler.yield` continuation runs ahead of the page's own queued tasks (only input and
 * rendering go first), so a long run of slices yielding that way alone would hold the page's timers
 * and messages back for the whole run: on a 1 MB page, a probe in the page saw one 7 s gap made of
 * hundreds of short slices. With every other yield a plain task, the page's queued work gets a turn
 * at least every two slices (≤ 2 × 16 ms).
 */
export const PRIORITY_YIELDS_IN_A_ROW = 1;

/**
 * A function that resolves in a new task: `scheduler.yield()` where the browser has it (the
 * continuation runs ahead of other queued work), alternating with a plain task (see
 * `PRIORITY_YIELDS_IN_A_ROW`); without it, always a plain task.
 */
export function taskYielder(win: Window & typeof globalThis): () => Promise<void> {
  const plain = plainTaskYielder(win);
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (!scheduler || typeof scheduler.yield !== 'function') return plain;
  const priority = scheduler.yield.bind(scheduler);
  let inARow = 0;
  return () => {
    if (inARow >= PRIORITY_YIELDS_IN_A_ROW) {
      inARow = 0;
      return plain();
    }
    inARow += 1;
    return priority();
  };
}

/**
 * A function that resolves in a new, ordinary task: a `MessageChannel` message (queued behind the
 * page's own tasks, and not throttled in background tabs, unlike `setTimeout`), else `setTimeout`.
 */
function plainTaskYielder(win: Window & typeof globalThis): () => Promise<void> {
  if (typeof win.MessageChannel === 'function') {
    const channel = new win.MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}

export interface SliceOptions {
  now: () => number;
  yieldTask: () => Promise<void>;
  /** Stop between slices once aborted (the promise then rejects with the signal's reason). */
  signal?: AbortSignal;
  budgetMs?: number;
  /** Called with each slice's length, ms. */
  onSlice?: (ms: number) => void;
}

/** Run `steps` to completion in slices; resolves with the generator's result. */
export async function runSliced<T>(steps: Generator<void, T>, opts: SliceOptions): Promise<T> {
  const budget = opts.budgetMs ?? SLICE_BUDGET_MS;
  for (;;) {
    const t0 = opts.now();
    let step: IteratorResult<void, T>;
    try {
      do step = steps.next();
      while (!step.done && opts.now() - t0 < budget);
    } finally {
      opts.onSlice?.(opts.now() - t0);
    }
    if (step.done) return step.value;
    await opts.yieldTask();
    if (opts.signal?.aborted) {
      steps.return(undefined as T);
      throw opts.signal.reason ?? new Error('aborted');
    }
  }
}
