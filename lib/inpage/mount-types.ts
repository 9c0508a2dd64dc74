/**
 * The in-page UI as the content script sees it. The UI itself (Preact components) is mounted by
 * `components/inpage/mount.tsx`; the entrypoint passes that function in, so `lib/` never imports a
 * component or a stylesheet.
 */
import type { PageReport } from '../report/report';
import type { CompiledPack } from '../pack/compiled';
import type { HighlightSet } from '../dom/highlight';

export interface InPageUiOptions {
  document: Document;
  window: Window & typeof globalThis;
  pack: CompiledPack;
  report: PageReport;
  highlights: HighlightSet;
  /** UI language (labels, dates); dataset text follows the page's language when the pack has it. */
  lang: 'en' | 'es';
  /** Decides which roles are "former". */
  now: Date;
  /** Aborting it removes the UI, like `destroy()`. */
  signal: AbortSignal;
  /**
   * The host's tag name first, then names an older instance may have used (`lib/settings/ui-host.ts`):
   * random, never a stable marker. Hosts with any of them are taken for an older UI of ours.
   */
  hostNames: readonly string[];
  /** Called when a newer Backstory UI replaced this one (the UI is already gone by then). */
  onSuperseded?: () => void;
}

export interface InPageUi {
  togglePanel(): void;
  openPanel(): void;
  /** New analysis results (dynamic pages); an open card stays when its target is still found. */
  update(report: PageReport, highlights: HighlightSet): void;
  /** Remove the UI, its listeners and timers. Safe to call twice. */
  destroy(): void;
}
