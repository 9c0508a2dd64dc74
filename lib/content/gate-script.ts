/**
 * The only script that loads by itself on every page of the curated outlets (and of sites the
 * reader added): the cheap gate and nothing else. A page that passes it asks the background, which
 * decides with the reader's settings and, if Backstory should run, injects the engine (analysis,
 * highlights, UI, pack) into this frame. A page that is not about the story pays for this small
 * script and a few attribute reads, never for the engine.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CompiledPack } from '../dataset/compiled';
import { passesGate } from '../detect/gate';
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

/** The message the gate sends the background when the page passed it (plain, not the typed protocol). */
export const GATE_PASSED = 'backstory:gate-passed';

export function isGatePassedMessage(x: unknown): boolean {
  return typeof x === 'object' && x !== null && (x as { type?: unknown }).type === GATE_PASSED;
}

/** Whether `doc` is an HTML page (not a text, JSON, XML, SVG or media document the browser shows). */
export function isHtmlDocument(doc: Document): boolean {
  return (doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml') && !!doc.body;
}

export interface GateOptions {
  ctx: ContentScriptContext;
  /** The pack's topic (the gate reads only its terms; the rest of the pack stays out of this script). */
  topic: CompiledPack['topic'];
  document: Document;
  window: Window & typeof globalThis;
  /** Ask the background for the engine; resolves true when it is being injected. */
  requestEngine: () => Promise<boolean>;
}

const watching = new WeakSet<ContentScriptContext>();
const gatePacks = new WeakMap<object, CompiledPack>();

/** Run the gate on this page; resolves true when the engine was asked for and is coming. */
export async function startGate(opts: GateOptions): Promise<boolean> {
  const { ctx, document: doc, window: win } = opts;
  // Plain text, JSON, XML and SVG documents are no articles, and our UI cannot mount in them.
  if (!isHtmlDocument(doc)) return false;
  const globals = globalThis as GateGlobals;
  if (!watching.has(ctx)) {
    watching.add(ctx);
    // A single-page app may navigate to an article without a page load: look again then.
    ctx.addEventListener(win, 'wxt:locationchange', () => void startGate(opts));
  }
  // The engine already runs here (it follows the page's navigation itself).
  if (globals.__backstoryRunning) return false;

  let pack = gatePacks.get(opts.topic);
  if (!pack) gatePacks.set(opts.topic, (pack = { topic: opts.topic } as CompiledPack));
  const perf = win.performance;
  const t0 = perf.now();
  let ok = false;
  try {
    ok = passesGate(doc, pack);
  } catch {
    // A page that breaks the DOM API (clobbering) gets nothing from us, and no error either.
  }
  const ms = perf.now() - t0;
  measure(perf, 'backstory:gate', t0, ms);
  if (ok && !ctx.isInvalid) {
    globals.__backstoryGate = { start: t0, ms };
    if (await opts.requestEngine().catch(() => false)) return true;
    globals.__backstoryGate = undefined;
  }
  // Nothing more will run for this page: what it cost is the gate.
  measure(perf, 'backstory:total', t0, ms);
  return false;
}
