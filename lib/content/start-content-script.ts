/**
 * The content script's wiring: start a page session, tell the background, answer its questions,
 * and tear everything down when WXT invalidates the script (extension reload or update).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CompiledPack } from '../dataset/compiled';
import { onMessage, sendMessage } from '../messages';
import { startPageSession } from './page-session';

interface ContentGlobals {
  __backstoryForce?: boolean;
  __backstoryRunning?: boolean;
}

export interface ContentScriptOptions {
  ctx: ContentScriptContext;
  pack: CompiledPack;
  document: Document;
  window: Window & typeof globalThis;
}

export function startContentScript({ ctx, pack, document, window }: ContentScriptOptions): void {
  const globals = globalThis as ContentGlobals;
  // "Scan this page" injects this file again where it may already run: one session per page.
  if (globals.__backstoryRunning) return;
  globals.__backstoryRunning = true;
  const force = globals.__backstoryForce === true;
  globals.__backstoryForce = false;

  const controller = new AbortController();
  ctx.onInvalidated(() => {
    controller.abort();
    globals.__backstoryRunning = false;
  });

  const session = startPageSession({ document, window, pack, signal: controller.signal, force });
  const removeNow = onMessage('report:now', () => session.tabReport);
  controller.signal.addEventListener('abort', removeNow, { once: true });
  if (session.tabReport) {
    sendMessage('report:set', session.tabReport).catch(() => {
      // The background may be restarting; the popup can still ask with report:now.
    });
  }
}
