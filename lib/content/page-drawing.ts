/**
 * What one page shows: the highlights, the in-page UI and the report the background gets, kept in
 * step. The page controller (`page-controller.ts`) decides when to analyse; this module decides
 * whether a result changes what is drawn, builds the new highlights (at once, or in slices while
 * the set on screen stays), swaps them in with one cheap step, and hands the UI and the background
 * the news.
 */
import { summariseReport, type PageReport } from '../report/report';
import {
  buildHighlightsSteps,
  type HighlightSet,
  type HighlightStyleName,
  type PendingHighlights,
} from '../dom/highlight';
import type { TextIndex } from '../dom/text-index';
import { runSteps } from '../util/steps';
import { styleShadowRoots } from '../dom/shadow';
import type { TabReport } from '../messages/protocol';
import { measure, type WorkClock } from './timing';

/** The in-page UI as the controller sees it (implemented in `lib/inpage/` and `components/inpage/`). */
export interface PageUi {
  update(report: PageReport, highlights: HighlightSet): void;
  togglePanel(): void;
  destroy(): void;
}

/**
 * Whether two reports draw the same: the same entity mentions (entity id and offsets, in order),
 * the same disputed sentences and the same publication date (read after the first draw, it changes
 * what the UI says since). Compared in place: a 1 MB page's first draw used to build a 5,700-part
 * fingerprint string only to learn that nothing was drawn yet.
 */
function sameDrawing(a: PageReport, b: PageReport): boolean {
  if (a.published !== b.published) return false;
  if (a.disputed.length !== b.disputed.length) return false;
  for (let i = 0; i < a.disputed.length; i++) {
    const x = a.disputed[i];
    const y = b.disputed[i];
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end) return false;
  }
  // Entity mentions as one list each (an entity without mentions adds nothing).
  const ea = a.entities;
  const eb = b.entities;
  let i = 0;
  let j = 0;
  let mi = 0;
  let mj = 0;
  for (;;) {
    while (i < ea.length && mi >= ea[i].mentions.length) {
      i++;
      mi = 0;
    }
    while (j < eb.length && mj >= eb[j].mentions.length) {
      j++;
      mj = 0;
    }
    if (i === ea.length || j === eb.length) return i === ea.length && j === eb.length;
    const x = ea[i].mentions[mi++];
    const y = eb[j].mentions[mj++];
    if (ea[i].id !== eb[j].id || x.start !== y.start || x.end !== y.end) return false;
  }
}

/** A draw decided on: the report as shown (settings applied), and whether it shows. */
interface DrawPlan {
  visible: PageReport;
  shown: boolean;
}

/** What the drawing needs: the page, the reader's settings as the controller got them, its slicer. */
export interface PageDrawingOptions {
  document: Document;
  window: Window & typeof globalThis;
  style?: HighlightStyleName;
  shadowHighlightCss?: string;
  mountUi?: (report: PageReport, highlights: HighlightSet) => PageUi;
  onReport?: (report: TabReport | null) => void;
  filter: (report: PageReport) => PageReport;
  now: () => number;
  clock: WorkClock;
  /** Run steps in slices, counting each slice's time (the controller's slicer). */
  sliced: <T>(steps: Generator<void, T>, onSlice?: (ms: number) => void) => Promise<T>;
  /** Wait for a task of our own. */
  yieldTask: () => Promise<void>;
  /** Start watching one of the page's shadow roots that now holds highlights. */
  observeShadowRoot: (root: ShadowRoot) => void;
}

export interface PageDrawing {
  /** The report the background has for this page: null while nothing is drawn. */
  readonly tabReport: TabReport | null;
  /** Draw `report` (already analysed) at once, unless it is what is drawn now. */
  show(report: PageReport, index: TextIndex, force: boolean): void;
  /**
   * Draw `report` in slices: the new set is built while the one on screen stays, swapped in by one
   * step, and the UI's update and the report to the background follow, each in a task of its own.
   * Drawn over the same index as the set on screen, it reuses that set's ranges. False when
   * `overtaken` says a newer analysis or the end of the run came first.
   */
  drawSliced(report: PageReport, index: TextIndex, force: boolean, overtaken: () => boolean): Promise<boolean>;
  /** Settings changed: the next draw happens even if the matches did not change. */
  forgetDrawn(): void;
  togglePanel(): void;
  /** Take the highlights and the UI off the page. */
  clear(): void;
  /** Forget the report (the page broke our work); true when there was one to withdraw. */
  dropReport(): boolean;
}

export function createPageDrawing(opts: PageDrawingOptions): PageDrawing {
  const { document: doc, window: win, clock } = opts;
  const perf = win.performance;

  let highlights: HighlightSet | null = null;
  let ui: PageUi | null = null;
  let tabReport: TabReport | null = null;
  /** What is drawn now; null before the first analysis. */
  let drawnPlan: DrawPlan | null = null;
  /** Bumped by every swap of what is drawn: a draw built in slices that another overtook is dropped. */
  let draws = 0;

  /** What drawing `report` means now; null when it is what is drawn already. */
  const planDraw = (report: PageReport, force: boolean): DrawPlan | null => {
    const visible = opts.filter(report);
    const shown = visible.topic.onTopic || force;
    const drawn = drawnPlan;
    const same = drawn !== null && drawn.shown === shown && (!shown || sameDrawing(drawn.visible, visible));
    return same ? null : { visible, shown };
  };

  /**
   * Put a built set on screen in place of the current one (one cheap step: the new set registers
   * its names, then the old one lets go of what is left), and hand the UI and the background the
   * news. With `later`, those two go to `later` as jobs, for the caller to run in tasks of their
   * own; a UI that does not exist yet is mounted by such a job too.
   */
  const commit = (plan: DrawPlan, pending: PendingHighlights | null, later?: (job: () => void) => void) => {
    draws += 1;
    const old = highlights;
    pending?.show();
    old?.clear();
    highlights = pending?.set ?? null;
    // Highlights inside the page's open shadow roots need our styles there, and those roots need
    // watching: their changes do not reach an observer of the document.
    if (highlights && highlights.shadowRoots.length > 0) {
      if (opts.shadowHighlightCss) styleShadowRoots(highlights.shadowRoots, win, opts.shadowHighlightCss);
      for (const root of highlights.shadowRoots) opts.observeShadowRoot(root);
    }
    drawnPlan = plan;
    const { visible } = plan;
    const drawn = highlights;
    const run = later ?? ((job: () => void) => job());
    if (drawn) {
      run(() => {
        if (drawn !== highlights) return;
        if (ui) ui.update(visible, drawn);
        else if (opts.mountUi) ui = opts.mountUi(visible, drawn);
      });
    } else {
      ui?.destroy();
      ui = null;
    }
    const previous = tabReport;
    tabReport = drawn
      ? {
          url: doc.location?.href ?? '',
          report: summariseReport(visible),
          highlightCount: drawn.items.length,
          at: opts.now(),
        }
      : null;
    // An off-topic page stays silent: no message unless it replaces an earlier report.
    const sent = tabReport;
    if (sent || previous)
      run(() => {
        if (sent === tabReport) opts.onReport?.(sent);
      });
  };

  const show = (report: PageReport, index: TextIndex, force: boolean) => {
    const plan = planDraw(report, force);
    if (!plan) return;
    const t0 = perf.now();
    const pending = plan.shown
      ? runSteps(buildHighlightsSteps(plan.visible, index, win, opts.style, highlights))
      : null;
    commit(plan, pending);
    measure(perf, 'backstory:highlight', t0);
  };

  const drawSliced = async (
    report: PageReport,
    index: TextIndex,
    force: boolean,
    overtaken: () => boolean,
  ): Promise<boolean> => {
    const plan = planDraw(report, force);
    if (!plan) return true;
    const t0 = perf.now();
    let busy = 0;
    const drawsBefore = draws;
    const pending = plan.shown
      ? await opts.sliced(buildHighlightsSteps(plan.visible, index, win, opts.style, highlights), (ms) => (busy += ms))
      : null;
    if (overtaken()) {
      pending?.set.clear();
      return false;
    }
    const jobs: (() => void)[] = [];
    if (draws !== drawsBefore) {
      // Something else was drawn meanwhile (settings): draw again from what is on screen now.
      pending?.set.clear();
      clock.time(() => show(report, index, force));
    } else {
      const t1 = perf.now();
      clock.time(() => commit(plan, pending, (job) => jobs.push(job)));
      busy += perf.now() - t1;
      measure(perf, 'backstory:highlight', t0, busy);
    }
    for (const job of jobs) {
      await opts.yieldTask();
      if (overtaken()) return false;
      clock.time(job);
    }
    return true;
  };

  return {
    get tabReport() {
      return tabReport;
    },
    show,
    drawSliced,
    forgetDrawn() {
      drawnPlan = null;
    },
    togglePanel() {
      ui?.togglePanel();
    },
    clear() {
      highlights?.clear();
      highlights = null;
      ui?.destroy();
      ui = null;
    },
    dropReport() {
      const had = tabReport !== null;
      tabReport = null;
      return had;
    },
  };
}
