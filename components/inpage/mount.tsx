/**
 * Mount the in-page UI (launcher, reading panel, cards) in its own host element with a closed
 * shadow root, so the page can neither reach nor restyle it and our styles never leak out.
 * Styles are adopted as a constructable stylesheet (a `<style>` element could be blocked by a strict
 * page CSP); where adoption fails (Firefox content scripts before the Xray fix, bug 1770592) a
 * `<style>` inside the shadow root is the fallback.
 */
import { render } from 'preact';
import { InPageApp } from './inpage-app';
import { InPageController } from '../../lib/inpage/inpage-controller';
import type { InPageUi, InPageUiOptions } from '../../lib/inpage/mount-types';
import { forgetOwnHost, ownHostsIn, registerOwnHost } from '../../lib/dom/own-ui';

/** What mounting needs besides the lib-side options: the stylesheet, passed in by the entrypoint. */
export interface MountOptions extends InPageUiOptions {
  /** The in-page UI's stylesheet text (`assets/styles/inpage-ui.css`, inlined by the entrypoint). */
  css: string;
}

/**
 * How many times the host is put back after the page removed it (some pages sweep nodes they do
 * not know). A page that keeps removing it wins: after this many we leave it out, never loop.
 */
export const MAX_REMOUNTS = 3;

// The host's own box: out of the layout and above the page. Inline `!important` beats any page
// rule on the host except another inline one; `:host` in the sheet repeats it for the same reason.
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; overflow: visible !important; ' +
  'z-index: 2147483647 !important; display: block !important; contain: none !important; ' +
  // Custom properties inherit through `all`; pin the sheet sentinel so the page cannot fake it.
  '--bs-sheet: 0 !important;';

/**
 * Adopt `text` as a constructed stylesheet, and check it took effect through a sentinel custom
 * property (`--bs-sheet` on `.bs-mount`): in Firefox content scripts the assignment can fail or be
 * ignored across the Xray boundary (bug 1770592). Then a `<style>` in the shadow root is used.
 */
function applyStyles(
  shadow: ShadowRoot,
  mount: HTMLElement,
  win: Window & typeof globalThis,
  doc: Document,
  text: string,
): void {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [sheet];
    if (win.getComputedStyle(mount).getPropertyValue('--bs-sheet').trim() === '1') return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = text;
  shadow.prepend(style);
}

/** Create the host, shadow root and Preact tree; returns the handle the content script keeps. */
export function mountInPageUi(opts: MountOptions): InPageUi {
  const { document: doc, window: win } = opts;
  // The host has no stable name (a page could look for it): its tag is a random name from storage
  // (lib/settings/ui-host.ts), and the engine knows it by identity (lib/dom/own-ui.ts).
  const names = opts.hostNames.filter((n) => /^[a-z]+-[a-z]+$/.test(n));
  if (names.length === 0) throw new Error('Backstory: no name for the in-page UI host');
  // Hosts of an older UI: ours in this world (Chromium may run the orphan beside us), or any with
  // one of our names (an older version's script, dead after an update in Firefox, left its host).
  const olderHosts = () => [...new Set([...ownHostsIn(doc), ...doc.querySelectorAll(names.join(','))])];
  // A content script orphaned by an extension reload cannot clean up after itself: one UI only.
  for (const stale of olderHosts()) {
    stale.remove();
    forgetOwnHost(stale);
  }
  const host = doc.createElement(names[0]);
  host.setAttribute('style', HOST_STYLE);
  registerOwnHost(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const root = doc.createElement('div');
  root.className = 'bs-mount';
  shadow.append(root);
  // First in the document, so the launcher is among the first Tab stops, as a skip link is,
  // rather than after every link of a long news page.
  doc.documentElement.prepend(host);
  applyStyles(shadow, root, win, doc, opts.css);

  const controller = new InPageController({
    document: doc,
    window: win,
    host,
    shadow,
    report: opts.report,
    highlights: opts.highlights,
    signal: opts.signal,
  });
  render(
    <InPageApp controller={controller} pack={opts.pack} lang={opts.lang} now={opts.now} document={doc} window={win} />,
    root,
  );
  controller.attach();

  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    keeper.disconnect();
    render(null, root);
    controller.destroy();
    host.remove();
    forgetOwnHost(host);
  };

  // Put the host back when the page removes it, a bounded number of times.
  let remounts = 0;
  const keeper = new win.MutationObserver(() => {
    if (host.isConnected || destroyed) return;
    // Another Backstory host took our place: a newer content script (extension updated or
    // reloaded) removed this one as stale. The page is its now; this one stands down.
    if (olderHosts().some((h) => h !== host)) {
      destroy();
      opts.onSuperseded?.();
      return;
    }
    if (remounts >= MAX_REMOUNTS) {
      keeper.disconnect();
      return;
    }
    remounts += 1;
    doc.documentElement.prepend(host);
  });
  keeper.observe(doc.documentElement, { childList: true });

  opts.signal.addEventListener('abort', destroy, { once: true });
  if (opts.signal.aborted) destroy();

  return {
    togglePanel: () => !destroyed && controller.togglePanel(),
    openPanel: () => !destroyed && controller.openPanel(),
    update: (report, highlights) => !destroyed && controller.update(report, highlights),
    destroy,
  };
}
