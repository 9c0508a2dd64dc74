/**
 * One page's Backstory: gate → analyse → highlight → UI → report, then rescans as the page changes.
 * Everything it starts is tied to `signal`; aborting it removes highlights, UI and listeners.
 * Each phase records a User Timing measure (`backstory:gate`, `:scan`, `:highlight`, `:total`, and
 * `:rescan` for each rescan the page's changes caused) that anyone can read in DevTools. Only the
 * latest of each name stays on the page's performance timeline: a page that changes all day gets
 * rescanned all day, and must not collect our entries forever.
 */
import { analyzeDocument, findDisputed } from '../analysis/analyze';
import type { PageReport } from '../analysis/report';
import type { CompiledPack } from '../dataset/compiled';
import { passesGate } from '../detect/gate';
import { applyHighlights, type HighlightSet, type HighlightStyleName } from '../dom/highlight';
import { styleShadowRoots } from '../dom/shadow';
import { watchPage, type PageWatcher } from '../dom/page-watcher';
import type { TabReport } from '../messages';

/** The in-page UI as the controller sees it (implemented in `lib/ui/`). */
export interface PageUi {
  update(report: PageReport, highlights: HighlightSet): void;
  togglePanel(): void;
  destroy(): void;
}

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
}

export interface PageController {
  readonly tabReport: TabReport | null;
  togglePanel(): void;
  /** Re-apply settings or re-run the analysis now. */
  refresh(): void;
}

/**
 * Record the measure `name` from `start` (a time from `perf.now()`, or a mark's name) to now, in
 * place of our previous measure of that name. Observers still see every one as it is recorded.
 */
export function measure(perf: Performance, name: string, start: number | string): void {
  try {
    perf.clearMeasures(name);
    if (typeof start === 'number') perf.measure(name, { start });
    else perf.measure(name, start);
  } catch {
    // User Timing may be missing or patched by the page; timings are a convenience only.
  }
}

/** Set the mark `name` in place of our previous one. */
function mark(perf: Performance, name: string): void {
  try {
    perf.clearMarks(name);
    perf.mark(name);
  } catch {
    // As above.
  }
}

/** A stable fingerprint of what a report would draw, to skip redrawing when nothing changed. */
function signature(r: PageReport): string {
  const parts: string[] = [];
  for (const e of r.entities) for (const m of e.mentions) parts.push(`${e.id}@${m.start}:${m.end}`);
  for (const d of r.disputed) parts.push(`${d.id}@${d.start}:${d.end}`);
  return parts.join(',');
}

const isOwnNode = (node: Node): boolean => {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest?.('[data-backstory-ui]');
};

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

  let highlights: HighlightSet | null = null;
  let ui: PageUi | null = null;
  let tabReport: TabReport | null = null;
  let rawReport: PageReport | null = null;
  /** What is drawn now; null before the first analysis. */
  let drawnSignature: string | null = null;
  let lastIndex: Parameters<typeof applyHighlights>[1] | null = null;
  let watcher: PageWatcher | null = null;

  const teardown = () => {
    highlights?.clear();
    highlights = null;
    ui?.destroy();
    ui = null;
  };
  signal.addEventListener('abort', teardown, { once: true });

  /** Draw `report` (already analysed) unless it is what is drawn now. */
  const show = (report: PageReport, index: Parameters<typeof applyHighlights>[1], force: boolean) => {
    const visible = filter(report);
    const shown = visible.topic.onTopic || force;
    const sig = shown ? `T${signature(visible)}` : '';
    if (sig === drawnSignature) return;
    const t0 = perf.now();
    highlights?.clear();
    highlights = shown ? applyHighlights(visible, index, win, opts.style) : null;
    // Highlights inside the page's open shadow roots need our styles there, and those roots need
    // watching: their changes do not reach an observer of the document.
    if (highlights && highlights.shadowRoots.length > 0) {
      if (opts.shadowHighlightCss) styleShadowRoots(highlights.shadowRoots, win, opts.shadowHighlightCss);
      for (const root of highlights.shadowRoots) watcher?.observe(root);
    }
    drawnSignature = sig;
    measure(perf, 'backstory:highlight', t0);
    if (highlights) {
      if (ui) ui.update(visible, highlights);
      else if (opts.mountUi) ui = opts.mountUi(visible, highlights);
    } else {
      ui?.destroy();
      ui = null;
    }
    const previous = tabReport;
    tabReport = highlights
      ? { url: doc.location?.href ?? '', report: visible, highlightCount: highlights.items.length, at: now() }
      : null;
    // An off-topic page stays silent: no message unless it replaces an earlier report.
    if (tabReport || previous) opts.onReport?.(tabReport);
  };

  /**
   * Analyse the page and draw the result. On the first, cold run the disputed points (whose
   * patterns cost ~13 ms to compile) follow in an idle callback, so names are highlighted without
   * one long task; rescans and reader-requested scans do everything at once.
   */
  /**
   * Run `work`; if the page makes it throw (DOM clobbering, e.g. `<form name="querySelectorAll">`,
   * reaches even an isolated world), stand down quietly instead of breaking the page.
   */
  const guarded = <T>(work: () => T, fallback: T): T => {
    try {
      return work();
    } catch {
      const had = tabReport !== null;
      tabReport = null;
      run.abort();
      if (had) opts.onReport?.(null);
      return fallback;
    }
  };

  const analyse = (deferDisputed = false): number => guarded(() => analyseNow(deferDisputed), 0);
  const analyseNow = (deferDisputed: boolean): number => {
    const t0 = perf.now();
    // No language hint: the engine reads the page's declaration and corrects it from the text.
    const { report, index } = analyzeDocument(doc, pack, { deferDisputed });
    measure(perf, 'backstory:scan', t0);
    rawReport = report;
    lastIndex = index;
    show(report, index, opts.force === true);
    return perf.now() - t0;
  };

  const finishDisputed = () =>
    guarded(() => {
      if (signal.aborted || !rawReport || !lastIndex) return;
      if (rawReport.topic.onTopic) {
        rawReport = { ...rawReport, disputed: findDisputed(rawReport, lastIndex, pack) };
        show(rawReport, lastIndex, opts.force === true);
      }
      measure(perf, 'backstory:total', 'backstory:start');
    }, undefined);

  mark(perf, 'backstory:start');
  const gateOk = opts.force === true || opts.gatePassed === true || guarded(() => passesGate(doc, pack), false);
  measure(perf, 'backstory:gate', 'backstory:start');
  if (gateOk && !signal.aborted) {
    const rescan = () => {
      const t0 = perf.now();
      const cost = analyse();
      measure(perf, 'backstory:rescan', t0);
      return cost;
    };
    // Watching starts before the first draw, so that shadow roots it finds are watched at once.
    if (doc.body) watcher = watchPage({ root: doc.body, window: win, signal, rescan, isOwnNode, minInterval: opts.minRescanInterval });
    const defer = opts.force !== true && typeof win.requestIdleCallback === 'function';
    analyse(defer);
    if (defer && (rawReport as PageReport | null)?.topic.onTopic) {
      const handle = win.requestIdleCallback(finishDisputed, { timeout: 250 });
      signal.addEventListener('abort', () => win.cancelIdleCallback(handle), { once: true });
    } else {
      measure(perf, 'backstory:total', 'backstory:start');
    }
  } else {
    measure(perf, 'backstory:total', 'backstory:start');
  }

  return {
    get tabReport() {
      return tabReport;
    },
    togglePanel() {
      ui?.togglePanel();
    },
    refresh() {
      if (signal.aborted || !gateOk) return;
      if (rawReport && lastIndex) {
        drawnSignature = null; // settings changed: redraw even if the matches did not
        const [report, index] = [rawReport, lastIndex];
        guarded(() => show(report, index, opts.force === true), undefined);
      } else analyse();
    },
  };
}
