/**
 * Watches the page for content that arrives or changes after load (lazy paragraphs, "read more",
 * infinite scroll) with one `MutationObserver`, and asks for a rescan at most once per interval.
 * Records are dropped as they arrive (no queue grows), our own UI is ignored, and the interval
 * adapts to the cost of a scan so a page that mutates thousands of times a second costs at most
 * about `maxShare` of the main thread.
 */

/** Shortest pause between two rescans, ms, unless the caller says otherwise. */
export const DEFAULT_MIN_INTERVAL = 250;
/** Largest share of the main thread rescans may take, unless the caller says otherwise. */
export const DEFAULT_MAX_SHARE = 0.1;

export interface PageWatcherOptions {
  /** The subtree to observe (usually `document.body`). */
  root: Node;
  window: Window & typeof globalThis;
  signal: AbortSignal;
  /**
   * Rescan; returns its cost in ms (used to pace the next one), or a promise of it for a rescan that
   * runs in slices: no other rescan starts until it settles.
   */
  rescan: () => number | Promise<number>;
  /** True for nodes that belong to our UI, whose changes never trigger a rescan. */
  isOwnNode?: (node: Node) => boolean;
  /** Shortest pause between two rescans, ms. */
  minInterval?: number;
  /** Largest share of time that rescans may take (0–1). */
  maxShare?: number;
}

export interface PageWatcher {
  /** Watch one more subtree too (an open shadow root that holds the article), once. */
  observe(root: Node): void;
  /** Rescans done so far (for tests and benchmarks). */
  readonly rescans: number;
}

function relevant(records: MutationRecord[], isOwnNode: (n: Node) => boolean): boolean {
  for (const r of records) {
    if (isOwnNode(r.target)) continue;
    if (r.type === 'characterData') return true;
    for (const n of r.addedNodes) if (!isOwnNode(n)) return true;
    for (const n of r.removedNodes) if (!isOwnNode(n)) return true;
  }
  return false;
}

/** Start watching; everything stops when `signal` aborts. */
export function watchPage(opts: PageWatcherOptions): PageWatcher {
  const { root, window: win, signal } = opts;
  const isOwnNode = opts.isOwnNode ?? (() => false);
  const minInterval = opts.minInterval ?? DEFAULT_MIN_INTERVAL;
  const maxShare = opts.maxShare ?? DEFAULT_MAX_SHARE;
  let interval = minInterval;
  let timer: number | undefined;
  let lastRun = 0;
  const state = { rescans: 0 };
  /** A sliced rescan is under way; `pending`: the page changed meanwhile, so another follows it. */
  let running = false;
  let pending = false;

  const done = (cost: number) => {
    state.rescans += 1;
    interval = Math.max(minInterval, cost / maxShare);
  };

  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    lastRun = win.performance.now();
    const cost = opts.rescan();
    if (typeof cost === 'number') {
      done(cost);
      return;
    }
    running = true;
    void cost
      .then(done, () => done(0))
      .finally(() => {
        running = false;
        if (pending) {
          pending = false;
          schedule();
        }
      });
  };

  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    if (running) {
      pending = true;
      return;
    }
    const wait = Math.max(0, lastRun + interval - win.performance.now());
    timer = win.setTimeout(run, wait);
  };

  const observer = new win.MutationObserver((records) => {
    if (relevant(records, isOwnNode)) schedule();
  });
  // One observer for every root: a shadow root's changes do not reach an observer of the document.
  const watched = new Set<Node>();
  const observe = (target: Node) => {
    if (watched.has(target) || signal.aborted) return;
    watched.add(target);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  };
  observe(root);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
    },
    { once: true },
  );
  return {
    get rescans() {
      return state.rescans;
    },
    observe,
  };
}
