/**
 * Our User Timing measures (`backstory:gate`, `:scan`, `:highlight`, `:total`, `:rescan`), which
 * anyone can read in DevTools. Only the latest of each name stays on the page's timeline: a page
 * that changes all day gets rescanned all day, and must not collect our entries forever.
 *
 * Work is spread over short tasks with pauses between them; the measures count the time we held
 * the main thread, not the pauses. So a measure starts where the work started and lasts as long as
 * the work itself took (`duration`), which may be shorter than the time until it finished.
 */

/**
 * Record the measure `name` from `start` (a time from `perf.now()`, or a mark's name) to now, or
 * lasting `duration` ms from `start`, in place of our previous measure of that name. Observers
 * still see every one as it is recorded. `detail` goes with a measure that has a numeric start
 * (a rescan's slices, see `page-controller.ts`).
 */
export function measure(
  perf: Performance,
  name: string,
  start: number | string,
  duration?: number,
  detail?: unknown,
): void {
  try {
    perf.clearMeasures(name);
    if (typeof start === 'number') {
      const options: PerformanceMeasureOptions = duration === undefined ? { start } : { start, duration };
      if (detail !== undefined) options.detail = detail;
      perf.measure(name, options);
    } else perf.measure(name, start);
  } catch {
    // User Timing may be missing or patched by the page; timings are a convenience only.
  }
}

/** Main-thread time spent on one page, added up task by task. */
export interface WorkClock {
  /** When the work on this page started (`performance.now()` time). */
  readonly start: number;
  /** Main-thread milliseconds spent so far. */
  readonly busy: number;
  /** Run `work` and count its time; returns what it returns. */
  time<T>(work: () => T): T;
  /** Count `ms` spent elsewhere (the gate, in the script that ran it). */
  add(ms: number): void;
}

export function createWorkClock(perf: Performance, start = perf.now(), already = 0): WorkClock {
  let busy = already;
  return {
    start,
    get busy() {
      return busy;
    },
    time(work) {
      const t0 = perf.now();
      try {
        return work();
      } finally {
        busy += perf.now() - t0;
      }
    },
    add(ms) {
      busy += ms;
    },
  };
}
