/**
 * The only script that loads by itself on every page of the curated outlets (and of sites the
 * reader added): the cheap gate and nothing else. A page that passes it asks the background, which
 * decides with the reader's settings and, if Backstory should run, injects the engine (analysis,
 * highlights, UI, pack) into this frame. A page that is not about the story pays for this small
 * script and a few attribute reads, never for the engine.
 */
import { passesGateFolded, type FoldedGateTerms } from '../detect/gate';
import { measure } from './timing';

/** What the gate leaves in the content scripts' shared world for the engine it asked for. */
export interface GateHandoff {
  /** When the gate started (`performance.now()` time): the page's work starts there. */
  start: number;
  /** The gate's own main-thread time, ms. */
  ms: number;
}

export interface GateGlobals {
  __backstoryGate?: GateHandoff;
  /** Set by the engine while it runs in this frame. */
  __backstoryRunning?: unknown;
}

/** Whether `doc` is an HTML page (not a text, JSON, XML, SVG or media document the browser shows). */
export function isHtmlDocument(doc: Document): boolean {
  return hasHtmlType(doc) && !!doc.body;
}

/**
 * `isHtmlDocument` without `body`: what the gate checks, since the first element wrapper costs a
 * fresh content-script world about a millisecond. The engine checks `body` before it does anything.
 */
function hasHtmlType(doc: Document): boolean {
  return doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml';
}

export interface GateOptions {
  /** The pack's gate terms, folded at build time (the rest of the pack stays out of this script). */
  gateTerms: FoldedGateTerms;
  document: Document;
  window: Window & typeof globalThis;
  /**
   * False once the extension was reloaded, updated or removed: then this script stops. Asked only
   * when the page passed the gate or navigated (its first call touches the extension API, which
   * costs a fresh content-script world more than the gate itself).
   */
  extensionAlive: () => boolean;
  /**
   * Pieces of the extension API's first touch, run in order, each in a task of its own, before
   * `extensionAlive` (which completes it): in Firefox the first touch builds the API's side of the
   * content-script world, 13–56 ms measured in one task (the `browser` object 6–11 ms, its `runtime`
   * 4–19 ms, the `id` 2–9 ms; demo article, loaded machine), the longest task Backstory ran on a
   * page. Where the API is set up already (Chromium), each is a property read.
   */
  touchApi?: readonly (() => unknown)[];
  /** Ask the background for the engine; resolves true when it is being injected. */
  requestEngine: () => Promise<boolean>;
}

/**
 * How long the gate first waits for the background's answer before asking again; each later wait is
 * twice the one before, so a background that is slow to start (a cold service worker on a busy
 * machine) still answers, while one that lost a message is asked again soon.
 */
export const ENGINE_REQUEST_TIMEOUT_MS = 1_500;
export const ENGINE_REQUEST_ATTEMPTS = 3;

function withTimeout<T>(promise: Promise<T>, ms: number, win: Window): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = win.setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => {
        win.clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        win.clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * How long after a single-page app's navigation the gate reads the page again (its new content
 * comes after the address changes); where the browser has no Navigation API, how often the address
 * is compared instead.
 */
export const NAVIGATION_CHECK_MS = 1_000;

/** Run the gate on this page (and again when a single-page app navigates). */
export async function startGate(opts: GateOptions): Promise<void> {
  const { window: win } = opts;
  let url = win.location.href;
  let stopped = false;
  const check = () => {
    if (stopped || win.location.href === url) return;
    if (!opts.extensionAlive()) stopped = true;
    else {
      url = win.location.href;
      void gateOnce(opts);
    }
  };
  const navigation = (win as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Told of each navigation (`pushState` included): nothing of ours runs on the page between them,
    // where polling would wake the page every second for as long as it stays open. Measured in fresh
    // Chromium tabs, the listener costs the page's load about 0.1 ms more than starting the timer
    // (0.2-0.3 ms against 0.1-0.2), as much as 3-5 of the timer's ticks: less over any page read.
    navigation.addEventListener('navigate', () => {
      if (!stopped) win.setTimeout(check, NAVIGATION_CHECK_MS);
    });
  } else {
    const timer = win.setInterval(() => {
      check();
      if (stopped) win.clearInterval(timer);
    }, NAVIGATION_CHECK_MS);
  }
  await gateOnce(opts);
}

/**
 * Resolves in a new task. A timer, not a `MessageChannel` message: a tab opened in the background
 * may hold it up to a second, which only delays an analysis nobody is looking at yet.
 */
function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Run the gate once; resolves true when the engine was asked for and is coming. */
export async function gateOnce(opts: GateOptions): Promise<boolean> {
  const { document: doc, window: win } = opts;
  // Plain text, JSON, XML and SVG documents are no articles, and our UI cannot mount in them.
  if (!hasHtmlType(doc)) return false;
  const globals = globalThis as GateGlobals;
  // The engine already runs here (it follows the page's navigation itself).
  if (globals.__backstoryRunning) return false;
  const perf = win.performance;
  const t0 = perf.now();
  let ok = false;
  try {
    ok = passesGateFolded(doc, opts.gateTerms);
  } catch {
    // A page that breaks the DOM API (clobbering) gets nothing from us, and no error either.
  }
  const ms = perf.now() - t0;
  measure(perf, 'backstory:gate', t0, ms);
  // The first touch of the extension API sets up its side of the content-script world: in Firefox,
  // where this script runs inside the page's load event, that took 13–26 ms of a 28–37 ms load task
  // (Gecko profile of the 1 MB page). It starts in a task after this one, so the load event ends
  // first, and its pieces (`touchApi`) each take a task of their own.
  if (ok) {
    for (const touch of opts.touchApi ?? []) {
      await nextTask(win);
      touch();
    }
    await nextTask(win);
  }
  if (ok && opts.extensionAlive()) {
    globals.__backstoryGate = { start: t0, ms };
    // A background being stopped or restarted may leave a message unanswered for good (Chromium):
    // ask again, waiting longer each time, rather than wait forever.
    for (let attempt = 0; attempt < ENGINE_REQUEST_ATTEMPTS; attempt++) {
      const wait = ENGINE_REQUEST_TIMEOUT_MS * 2 ** attempt;
      const answer = await withTimeout(opts.requestEngine(), wait, win).catch(() => undefined);
      if (answer === true) return true;
      if (answer === false || globals.__backstoryRunning) break;
    }
    globals.__backstoryGate = undefined;
  }
  // Nothing more will run for this page: what it cost is the gate.
  measure(perf, 'backstory:total', t0, ms);
  return false;
}
