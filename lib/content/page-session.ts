/**
 * One page's Backstory session: gate → analyse → highlight → UI → report to the background.
 * Everything it starts is tied to `signal`, and `stop()` undoes it (highlights, UI, listeners).
 * Each phase records a User Timing measure (`backstory:gate`, `:scan`, `:highlight`, `:total`),
 * readable by anyone in DevTools' Performance panel.
 */
import type { CompiledPack } from '../dataset/compiled';
import { analyzeDocument } from '../analysis/analyze';
import type { PageReport } from '../analysis/report';
import { passesGate } from '../detect/gate';
import { applyHighlights, type HighlightSet } from '../dom/highlight';
import type { TabReport } from '../messages';

export interface PageSessionOptions {
  document: Document;
  window: Window & typeof globalThis;
  pack: CompiledPack;
  signal: AbortSignal;
  /** Skip the cheap gate (the reader asked for a scan). */
  force?: boolean;
  now?: () => number;
}

export interface PageSession {
  /** The report sent to the background, or null when the page was judged off topic. */
  readonly tabReport: TabReport | null;
  readonly report: PageReport | null;
  readonly highlights: HighlightSet | null;
  stop(): void;
}

function measure(perf: Performance, name: string, start: string): void {
  try {
    perf.measure(name, start);
  } catch {
    // User Timing can be unavailable or patched by the page; timings are a convenience.
  }
}

/** Run the analysis on the page; returns what was found (nothing is drawn when off topic). */
export function startPageSession(opts: PageSessionOptions): PageSession {
  const { document: doc, window: win, pack, signal } = opts;
  const perf = win.performance;
  const now = opts.now ?? (() => Date.now());
  perf.mark('backstory:start');

  const idle: PageSession = { tabReport: null, report: null, highlights: null, stop() {} };
  const gateOk = opts.force || passesGate(doc, pack);
  measure(perf, 'backstory:gate', 'backstory:start');
  if (!gateOk || signal.aborted) {
    measure(perf, 'backstory:total', 'backstory:start');
    return idle;
  }

  perf.mark('backstory:scan-start');
  const lang = doc.documentElement.lang || undefined;
  const { report, index } = analyzeDocument(doc, pack, { lang });
  measure(perf, 'backstory:scan', 'backstory:scan-start');
  if (!report.topic.onTopic && !opts.force) {
    measure(perf, 'backstory:total', 'backstory:start');
    return { ...idle, report };
  }

  perf.mark('backstory:highlight-start');
  const highlights = report.topic.onTopic ? applyHighlights(report, index, win) : null;
  measure(perf, 'backstory:highlight', 'backstory:highlight-start');
  measure(perf, 'backstory:total', 'backstory:start');

  const tabReport: TabReport = {
    url: doc.location?.href ?? '',
    report,
    highlightCount: highlights?.items.length ?? 0,
    at: now(),
  };
  const stop = () => highlights?.clear();
  signal.addEventListener('abort', stop, { once: true });
  return { tabReport, report, highlights, stop };
}
