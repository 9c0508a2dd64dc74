/**
 * A content script's life after its extension is gone (reloaded, updated or removed): Chromium keeps
 * running the old script, cut off from the extension API; Firefox runs a new one beside the old page
 * state. These helpers let a running instance notice and stand down quietly.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often a running instance checks that its extension is still there. */
export const ORPHAN_CHECK_MS = 2_000;

/**
 * `ctx.onInvalidated`, for clean-ups that touch the extension API: once the extension is gone
 * (reload, update) Chromium throws "Extension context invalidated" from them, which would surface
 * on the page as an uncaught error. Nothing is left to clean up then.
 */
export function onInvalidatedQuietly(ctx: ContentScriptContext, cleanUp: () => void): void {
  ctx.onInvalidated(() => {
    try {
      cleanUp();
    } catch {
      // The extension is gone; so are its listeners.
    }
  });
}

/**
 * An extension reload or update leaves Chromium's content scripts running without an extension
 * behind them (messages fail; a newer script may be injected next to them). WXT's context notices
 * only when asked, so ask now and then while running: `ctx.isInvalid` fires the context's
 * `onInvalidated` handlers, which take down the UI, highlights and listeners.
 */
export function standDownWhenOrphaned(ctx: ContentScriptContext, win: Window): void {
  const timer = win.setInterval(() => {
    if (ctx.isInvalid) win.clearInterval(timer);
  }, ORPHAN_CHECK_MS);
  ctx.onInvalidated(() => win.clearInterval(timer));
}
