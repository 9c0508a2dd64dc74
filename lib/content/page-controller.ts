/**
 * One page's Backstory: gate → analyse → highlight → UI → report, then rescans as the page changes.
 * Everything it starts is tied to `signal`; aborting it removes highlights, UI and listeners. This
 * module decides when to analyse; what is drawn, and the report that goes with it, is kept in step
 * by `page-drawing.ts`.
 * Each phase records a User Timing measure (`backstory:gate`, `:scan`, `:highlight`, `:total`, and
 * `:rescan` for each rescan the page's changes caused) that anyone can read in DevTools; see
 * `timing.ts`. The first analysis runs in slices of a few milliseconds with the main thread given
 * back between them (see `slices.ts`), so even a very large page never blocks the reader's input;
 * `backstory:total` is recorded once all of it, disputed points included, is done.
 *
 * Settled: the User Timing mark `backstory:settled` (SETTLED_MARK) says the page's analysis is done
 * and on screen: names, the idle disputed pass and the UI's render of both. It is recorded one task
 * after the last draw, so that the UI (which renders its state changes in a microtask) already
 * shows the final counts, and again after each rescan or settings change. A run that was aborted
 * (the reader paused the site, a newer script took over) records none: it did not finish. A mark,
 * not a DOM attribute or a message: the page timeline already carries our measures, so it tells a
 * page nothing new, and it costs no message to the background.
 */
import { analyzeSteps, completeReportSteps, type Analysis } from '../analysis/analyze';
import type { PageReport } from '../report/report';
import type { CompiledPack } from '../pack/compiled';
import { passesGate } from '../detect/gate';
import type { HighlightSet, HighlightStyleName } from '../dom/highlight';
import type { TextIndex } from '../dom/text-index';
import { DEFAULT_MAX_SHARE, watchPage, type PageWatcher } from '../dom/page-watcher';
import { isInOwnHost } from '../dom/own-ui';
import type { TabReport } from '../messages/protocol';
import { createPageDrawing, type PageUi } from './page-drawing';
import { runSliced, taskYielder } from './slices';
import { createWorkClock, measure, type WorkClock } from './timing';

export { measure } from './timing';
export type { PageUi } from './page-drawing';

/** The mark recorded each time the page's analysis is done and drawn (see the module comment). */
export const SETTLED_MARK = 'backstory:settled';

export interface PageControllerOptions {
  document: Document;
  window: Window & typeof globalThis;
  pack: CompiledPack;
  signal: AbortSignal;
  /** Skip the cheap gate (the reader asked for a scan). */
  force?: boolean;
  /** The caller already ran the cheap gate on this very page and it passed: don't run it again. */
  gatePassed?: boolean;
  /** The reader's highlight style. */
  style?: HighlightStyleName;
  /** Our `::highlight()` rules, for shadow roots of the page that hold highlights. */
  shadowHighlightCss?: string;
  /** Narrow what is shown (settings: categories turned off). Identity by default. */
  filter?: (report: PageReport) => PageReport;
  /** Create the in-page UI for the first on-topic report. */
  mountUi?: (report: PageReport, highlights: HighlightSet) => PageUi;
  /** Called with each new report (null when the page turned out off topic). */
  onReport?: (report: TabReport | null) => void;
  now?: () => number;
  /** Shortest pause between two rescans, ms (tests shorten it; the watcher's default otherwise). */
  minRescanInterval?: number;
  /** Main-thread time already spent on this page (the gate's), counted into `backstory:total`. */
  clock?: WorkClock;
}

export interface PageController {
  readonly tabReport: TabReport | null;
  /** Settles when the first analysis has been drawn (or given up). */
  readonly ready: Promise<void>;
  togglePanel(): void;
  /** Re-apply settings or re-run the analysis now. */
  refresh(): void;
}

/** Our UI host or inside it, known by identity (the host has no stable name). */
const isOwnNode = isInOwnHost;

export function startPageController(opts: PageControllerOptions): PageController {
  const { document: doc, window: win, pack } = opts;
  // Our own lifetime: ends with the caller's signal, or when the page breaks the analysis.
  const run = new AbortController();
  const signal = run.signal;
  opts.signal.addEventListener('abort', () => run.abort(), { once: true });
  if (opts.signal.aborted) run.abort();
  const perf = win.performance;
  const now = opts.now ?? (() => Date.now());
  const filter = opts.filter ?? ((r) => r);

  let rawReport: PageReport | null = null;
  let lastIndex: TextIndex | null = null;
  let watcher: PageWatcher | null = null;

  const clock = opts.clock ?? createWorkClock(perf);
  const yieldTask = taskYielder(win);
  /** Run `steps` in slices, their time counted on the page's clock; `pause`: how to yield between them. */
  const sliced = <T>(steps: Generator<void, T>, onSlice?: (ms: number) => void, pause = yieldTask) =>
    runSliced(steps, {
      now: () => perf.now(),
      yieldTask: pause,
      signal,
      onSlice: (ms) => {
        clock.add(ms);
        onSlice?.(ms);
      },
    });

  const drawing = createPageDrawing({
    document: doc,
    window: win,
    style: opts.style,
    shadowHighlightCss: opts.shadowHighlightCss,
    mountUi: opts.mountUi,
    onReport: opts.onReport,
    filter,
    now,
    clock,
    sliced,
    yieldTask,
    observeShadowRoot: (root) => watcher?.observe(root),
  });
  signal.addEventListener('abort', () => drawing.clear(), { once: true });

  /** Stand down quietly after the page made our work throw. */
  const fail = () => {
    const had = drawing.dropReport();
    run.abort();
    if (had) opts.onReport?.(null);
  };

  /**
   * Run `work`; if the page makes it throw (DOM clobbering, e.g. `<form name="querySelectorAll">`,
   * reaches even an isolated world), stand down quietly instead of breaking the page.
   */
  const guarded = <T>(work: () => T, fallback: T): T => {
    try {
      return work();
    } catch {
      fail();
      return fallback;
    }
  };

  /**
   * The pause after a rescan's slice: a task for a short slice, else long enough that the slice is
   * at most the watcher's share of the time (`DEFAULT_MAX_SHARE`; 9 × the slice at 10 %). A rescan
   * is not what the reader is waiting for, as the first analysis is: spread out this way, one that
   * compiles patterns again (text in a new string width: 200 ms in Chromium, 650 in Firefox) keeps
   * to the share in every second, not only on average over the storm that caused it.
   */
  const paced = (lastSlice: () => number) => (): Promise<void> => {
    const pause = (lastSlice() * (1 - DEFAULT_MAX_SHARE)) / DEFAULT_MAX_SHARE;
    return pause < 1 ? yieldTask() : new Promise((resolve) => win.setTimeout(resolve, pause));
  };

  /** Bumped by every analysis: a sliced first run that a rescan overtook stops drawing. */
  let generation = 0;

  /**
   * Analyse the page again and draw the result (the page changed, or settings changed before the
   * first analysis was drawn), in slices as the first run, with pauses between them (`paced`): a
   * rescan is a whole analysis, disputed points included, which on a large page or on text that
   * compiles patterns again took one task of 100–600 ms. The result is drawn once, when all of it
   * is known. Records `backstory:rescan`: its main-thread time, with its slices (`[start, ms,
   * start, ms, …]`) as the measure's `detail`. Resolves with that time (the watcher paces the next
   * rescan by it).
   */
  const rescan = async (): Promise<number> => {
    const mine = ++generation;
    const overtaken = () => mine !== generation || signal.aborted;
    const t0 = perf.now();
    let busy = 0;
    let last = 0;
    const slices: number[] = [];
    const onSlice = (ms: number) => {
      busy += ms;
      last = ms;
      slices.push(perf.now() - ms, ms);
    };
    try {
      // No language hint: the engine reads the page's declaration and corrects it from the text.
      const { report, index } = await sliced(
        analyzeSteps(doc, pack),
        onSlice,
        paced(() => last),
      );
      if (overtaken()) return busy;
      rawReport = report;
      lastIndex = index;
      const t1 = perf.now();
      clock.time(() => drawing.show(report, index, opts.force === true));
      onSlice(perf.now() - t1);
    } catch {
      // Aborted (nothing to do), or the page broke the analysis: stand down quietly.
      if (!signal.aborted) fail();
      return busy;
    }
    measure(perf, 'backstory:rescan', t0, busy, { slices });
    announceSettled();
    return busy;
  };

  /**
   * The first analysis, in slices: names and the UI first, then the publication date, the
   * timeline since it and the disputed points (whose patterns compile on first use), each step of
   * it a short task. A reader-requested scan waits for everything before it draws, since its result
   * is what the popup shows.
   */
  const firstRun = async (): Promise<void> => {
    const mine = ++generation;
    const overtaken = () => mine !== generation || signal.aborted;
    const force = opts.force === true;
    const scanStart = perf.now();
    let scanBusy = 0;
    const analysis: Analysis = await sliced(analyzeSteps(doc, pack, { namesFirst: !force }), (ms) => (scanBusy += ms));
    measure(perf, 'backstory:scan', scanStart, scanBusy);
    if (overtaken()) return;
    rawReport = analysis.report;
    lastIndex = analysis.index;
    await yieldTask();
    if (overtaken()) return;
    if (!(await drawing.drawSliced(analysis.report, analysis.index, force, overtaken))) return;
    if (force || !analysis.report.topic.onTopic) return;
    const complete = await sliced(completeReportSteps(doc, analysis.report, analysis.index, pack));
    if (overtaken()) return;
    rawReport = complete;
    await yieldTask();
    if (overtaken()) return;
    await drawing.drawSliced(rawReport, analysis.index, force, overtaken);
  };

  /** `backstory:total`: the main-thread time this page cost us, from the gate to the last draw. */
  const recordTotal = () => measure(perf, 'backstory:total', clock.start, clock.busy);

  /** Record SETTLED_MARK one task from now (the UI's render has run by then), unless aborted. */
  const announceSettled = () => {
    void yieldTask().then(() => {
      if (signal.aborted) return;
      try {
        perf.clearMarks(SETTLED_MARK);
        perf.mark(SETTLED_MARK);
      } catch {
        // User Timing may be missing or patched by the page; the mark is a convenience only.
      }
    });
  };

  let gateOk = opts.force === true || opts.gatePassed === true;
  if (!gateOk) {
    // Run by itself without the gate script before it (a later page of a single-page app).
    const t0 = perf.now();
    gateOk = clock.time(() => guarded(() => passesGate(doc, pack), false));
    measure(perf, 'backstory:gate', t0);
  }
  let ready: Promise<void> = Promise.resolve();
  if (gateOk && !signal.aborted) {
    // Watching starts before the first draw, so that shadow roots it finds are watched at once.
    if (doc.body)
      watcher = watchPage({
        root: doc.body,
        window: win,
        signal,
        rescan,
        isOwnNode,
        minInterval: opts.minRescanInterval,
      });
    ready = firstRun()
      .catch(() => {
        // Aborted (nothing to do), or the page broke the analysis: stand down quietly.
        if (!signal.aborted) fail();
      })
      .finally(() => {
        recordTotal();
        announceSettled();
      });
  } else {
    recordTotal();
    // Nothing to do on this page (the gate said no): that too is the analysis done.
    if (!signal.aborted) announceSettled();
  }

  return {
    get tabReport() {
      return drawing.tabReport;
    },
    ready,
    togglePanel() {
      drawing.togglePanel();
    },
    refresh() {
      if (signal.aborted || !gateOk) return;
      if (rawReport && lastIndex) {
        drawing.forgetDrawn(); // settings changed: redraw even if the matches did not
        const [report, index] = [rawReport, lastIndex];
        guarded(() => drawing.show(report, index, opts.force === true), undefined);
        announceSettled();
      } else void rescan();
    },
  };
}
