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
 * A function that resolves in a new task: `scheduler.yield()` where the browser has it (the
 * continuation runs ahead of other queued work), else a `MessageChannel` message (not throttled in
 * background tabs, unlike `setTimeout`).
 */
export function taskYielder(win: Window & typeof globalThis): () => Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    const y = scheduler.yield.bind(scheduler);
    return () => y();
  }
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
