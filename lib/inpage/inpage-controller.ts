/**
 * The in-page UI's coordinator: it owns the state (a pure reducer in `inpage-state.ts`), feeds it
 * from the page's input (`input-handlers.ts` says what each input means), and does the side
 * effects a state change needs (focus return through `focus-return.ts`, docking the panel,
 * keeping above a modal dialog, scrolling to and flashing a mention). A pointer that rests on
 * highlighted text opens a small preview (as Wikipedia's page previews do); a click, a tap, Enter
 * on an open preview, or the panel opens the full card. Cards stay open while the
 * pointer is over them or their text and close with Escape (WCAG 1.4.13); a card whose text has
 * scrolled out of the window closes, so it never floats over other text. Every listener and timer
 * ends with `destroy()` or the given signal.
 */
import type { PageReport } from '../report/report';
import type { HighlightItem, HighlightSet } from '../dom/highlight';
import type { CardTarget, PanelItem } from '../present/view-model';
import { dockPanel, launcherCompact } from './dock';
import { Flash, scrollToRange } from './flash';
import { FocusReturn } from './focus-return';
import { isOnScreen } from './hit-test';
import { firstItemFor, initialState, reduce, targetOf, type UiAction, type UiState } from './inpage-state';
import { inputHandlers, type InputPort, type OpenCardOptions } from './input-handlers';
import { PageInput } from './page-input';
import { PointerIntent } from './pointer-intent';
import { Timers } from './timers';
import { keepAboveModal } from './top-layer';

export type { CardState, UiState } from './inpage-state';

export interface ControllerOptions {
  document: Document;
  window: Window & typeof globalThis;
  /** Our host element: events retargeted to it happened inside our UI. */
  host: HTMLElement;
  shadow: ShadowRoot;
  report: PageReport;
  highlights: HighlightSet;
  signal: AbortSignal;
  /** How long the pointer must rest on highlighted text before its preview opens, ms. */
  dwellMs?: number;
  /** The pointer "rests" while it stays within this distance of where the dwell began, px. */
  stillRadius?: number;
  /** Grace period before a hover card closes once the pointer has left it and its text, ms. */
  hideMs?: number;
  /** How long a chosen mention stays marked, ms. */
  flashMs?: number;
}

/** Below this width the panel covers the article, so choosing an item closes it. */
export const NARROW_VIEWPORT = 720;

/** Owns the UI state and the page listeners; the Preact view subscribes and calls its actions. */
export class InPageController {
  state: UiState;
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  private readonly host: HTMLElement;
  private readonly subscribers = new Set<() => void>();
  private readonly abort = new AbortController();
  private readonly timers: Timers;
  private readonly intent: PointerIntent;
  private readonly flash: Flash;
  private readonly input: PageInput;
  private readonly focus: FocusReturn;
  private undoPush: (() => void) | null = null;
  private destroyed = false;

  constructor(opts: ControllerOptions) {
    this.doc = opts.document;
    this.win = opts.window;
    this.host = opts.host;
    this.timers = new Timers(this.win);
    this.focus = new FocusReturn({ document: this.doc, host: this.host, shadow: opts.shadow, timers: this.timers });
    this.flash = new Flash(this.win, this.timers, opts.flashMs ?? 1600);
    this.intent = new PointerIntent({
      timers: this.timers,
      dwellMs: opts.dwellMs ?? 400,
      stillRadius: opts.stillRadius ?? 10,
      hideMs: opts.hideMs ?? 300,
      onPreview: (hit, pointer) =>
        this.openCard(targetOf(hit), { anchor: hit, pointer, pinned: false, focus: false, preview: true }),
      onHide: () => {
        if (this.state.card && !this.state.card.pinned) this.closeCard({ restoreFocus: false });
      },
    });
    this.state = initialState(opts.report, opts.highlights);
    const { document, window, host } = opts;
    const signal = this.abort.signal;
    const highlights = () => this.state.highlights;
    const handlers = inputHandlers(this.inputPort());
    this.input = new PageInput({ document, window, host, signal, highlights, handlers });
    if (opts.signal.aborted) this.abort.abort();
    else opts.signal.addEventListener('abort', () => this.abort.abort(), { once: true, signal: this.abort.signal });
  }

  /** Call `fn` after every state change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  private dispatch(action: UiAction): void {
    if (this.destroyed) return;
    const next = reduce(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const fn of this.subscribers) fn();
  }

  /** Register the page listeners and place the host and the launcher. */
  attach(): void {
    this.input.attach();
    this.keepAboveModal();
    this.measureLayout();
  }

  /** The actions and state the page's input drives (see `input-handlers.ts`). */
  private inputPort(): InputPort {
    return {
      state: () => this.state,
      intent: this.intent,
      activeElement: () => this.activeElement(),
      openCard: (target, opts) => this.openCard(target, opts),
      closeCard: (opts) => this.closeCard(opts),
      closePanel: (opts) => this.closePanel(opts),
      expand: (opts) => this.expand(opts),
      onScreen: (range) => isOnScreen(this.doc, this.win, range),
      relayout: () => this.dispatch({ type: 'layout' }),
      resized: () => (this.state.panelOpen ? this.dock() : this.measureLayout()),
    };
  }

  /** Launcher size for the current layout (the page's column against the window's right edge). */
  private measureLayout(): void {
    if (this.undoPush) return;
    const compact = launcherCompact(this.state.highlights.items, this.win.innerWidth);
    this.dispatch({ type: 'launcherCompact', compact });
  }

  /** Place the open panel beside the article column: push the page aside where its gutter is too narrow. */
  private dock(): void {
    this.undock();
    this.undoPush = dockPanel(this.doc, this.win, this.state.highlights.items, NARROW_VIEWPORT);
    this.dispatch({ type: 'panelPushed', pushed: !!this.undoPush });
  }

  private undock(): void {
    this.undoPush?.();
    this.undoPush = null;
  }

  private keepAboveModal(): void {
    keepAboveModal(this.doc, this.host, this.abort.signal);
  }

  /** The focused element, looking inside our shadow root (the page only sees our host). */
  activeElement(): HTMLElement | null {
    return this.focus.active();
  }

  // ---- Actions ---------------------------------------------------------------------------------

  /** Open a card; `returnFocus` is where Escape sends focus back to. */
  openCard(target: CardTarget, opts: OpenCardOptions): void {
    this.intent.cancelHide();
    this.keepAboveModal();
    if (opts.focus || opts.returnToPanelKey !== undefined) {
      this.focus.setCard(opts.returnFocus ?? null, opts.returnToPanelKey ?? null);
    }
    const { anchor, pointer, pinned, focus, preview, history } = opts;
    this.dispatch({ type: 'openCard', target, anchor, pointer, pinned, focus, preview, history });
  }

  /** Close the open card; with `restoreFocus`, focus goes back to where the reader was. */
  closeCard({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.state.card) return;
    this.intent.cancelHide();
    const { element, panelKey } = this.focus.takeCard();
    this.dispatch({ type: 'closeCard' });
    if (!restoreFocus) return;
    if (panelKey) this.openPanel(panelKey);
    else this.focus.restore(element);
  }

  /** The reader interacted with a hover card: keep it until they dismiss it (a preview opens in full). */
  pin(): void {
    const card = this.state.card;
    if (card?.preview) this.expand({ focus: true, returnFocus: null });
    else if (card && !card.pinned) {
      this.intent.cancelHide();
      this.dispatch({ type: 'pin' });
    }
  }

  /** Open the previewed card in full, pinned. */
  expand({ focus, returnFocus }: { focus: boolean; returnFocus: HTMLElement | null }): void {
    if (!this.state.card) return;
    this.intent.cancelHide();
    this.intent.cancelDwell();
    if (focus) this.focus.setCard(returnFocus);
    this.dispatch({ type: 'expand', focus });
  }

  /** Open a related entity's card in place of the current one, remembering the way back. */
  openRelated(target: CardTarget): void {
    this.dispatch({ type: 'openRelated', target });
  }

  /** Go back to the card this one was opened from. */
  back(): void {
    this.dispatch({ type: 'back' });
  }

  /** Open the reading panel, focusing `focusKey`'s row (or the first row). */
  openPanel(focusKey: string | null = null): void {
    const wasOpen = this.state.panelOpen;
    if (!wasOpen) this.focus.notePanel();
    this.keepAboveModal();
    this.dispatch({ type: 'openPanel', focusKey });
    if (!wasOpen) this.dock();
  }

  /** Close the panel; with `restoreFocus`, focus returns to where it was when the panel opened. */
  closePanel({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.state.panelOpen) return;
    const back = this.focus.takePanel();
    this.undock();
    this.dispatch({ type: 'closePanel' });
    if (restoreFocus) this.focus.restore(back);
  }

  /** Show or hide the panel (the keyboard shortcut, the launcher). */
  togglePanel(): void {
    if (this.state.panelOpen) this.closePanel({ restoreFocus: true });
    else this.openPanel();
  }

  /** Hide the launcher for this page; the shortcut still opens the panel. */
  hideLauncher(): void {
    this.dispatch({ type: 'hideLauncher' });
    this.timers.start(() => this.dispatch({ type: 'launcherNoticeOver' }), 10_000);
  }

  /** Undo `hideLauncher`. */
  showLauncher(): void {
    this.dispatch({ type: 'showLauncher' });
  }

  /** The first highlighted mention of a target in reading order. */
  firstItemFor(target: CardTarget): HighlightItem | null {
    return firstItemFor(this.state.highlights, target);
  }

  /** A panel row was chosen: scroll to its first mention, mark it briefly and open its card. */
  chooseItem(item: PanelItem): void {
    const anchor = this.firstItemFor(item.target);
    if (anchor) {
      scrollToRange(this.doc, this.win, anchor.range);
      this.flash.show(anchor.range);
    }
    if (this.win.innerWidth < NARROW_VIEWPORT) this.dispatch({ type: 'closePanel', narrow: true });
    this.openCard(item.target, { anchor, pinned: true, focus: true, returnFocus: null, returnToPanelKey: item.key });
  }

  /** New analysis results (dynamic pages): keep the open card when its target is still there. */
  update(report: PageReport, highlights: HighlightSet): void {
    this.intent.cancelDwell();
    this.dispatch({ type: 'update', report, highlights });
    this.measureLayout();
  }

  /** Stop listening, clear timers and the flash highlight. */
  destroy(): void {
    if (this.destroyed) return;
    this.undock();
    this.abort.abort();
    this.flash.clear();
    this.timers.clear();
    this.input.stop();
    this.subscribers.clear();
    this.destroyed = true;
  }
}
