/**
 * The content script's wiring: run a page controller, tell the background what it found, answer
 * the background's questions, restart on SPA navigation, and tear everything down when WXT
 * invalidates the script (extension reload or update) so no UI or listener is left behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CompiledPack } from '../dataset/compiled';
import { onMessage, sendMessage, type TabReport } from '../messages';
import { startPageController, type PageController, type PageControllerOptions } from './page-controller';

interface ContentGlobals {
  __backstoryForce?: boolean;
  __backstoryRunning?: boolean;
}

export interface ContentScriptOptions {
  ctx: ContentScriptContext;
  pack: CompiledPack;
  document: Document;
  window: Window & typeof globalThis;
  mountUi?: PageControllerOptions['mountUi'];
}

function report(tabReport: TabReport | null): void {
  sendMessage('report:set', tabReport).catch(() => {
    // The background may be restarting; the popup can still ask with report:now.
  });
}

export function startContentScript({ ctx, pack, document, window, mountUi }: ContentScriptOptions): void {
  const globals = globalThis as ContentGlobals;
  // "Scan this page" injects this file again where it may already run: one controller per page.
  if (globals.__backstoryRunning) return;
  globals.__backstoryRunning = true;
  let force = globals.__backstoryForce === true;
  globals.__backstoryForce = false;

  let pageRun = new AbortController();
  let controller: PageController | null = null;
  const start = () => {
    controller = startPageController({
      document,
      window,
      pack,
      signal: pageRun.signal,
      force,
      mountUi,
      onReport: report,
    });
  };

  ctx.onInvalidated(() => {
    pageRun.abort();
    globals.__backstoryRunning = false;
  });
  // Single-page apps change the article without a page load: start over for the new URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    pageRun.abort();
    pageRun = new AbortController();
    force = false;
    if (controller?.tabReport) report(null);
    start();
  });
  const offNow = onMessage('report:now', () => controller?.tabReport ?? null);
  const offToggle = onMessage('panel:toggle', () => controller?.togglePanel());
  ctx.onInvalidated(() => {
    offNow();
    offToggle();
  });
  start();
}
