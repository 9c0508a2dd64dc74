/**
 * State and behaviour of the in-page UI, independent of rendering: which card is open and why, the
 * panel, focus return, and the page listeners that turn pointer and keyboard input into those
 * states. A pointer that rests on highlighted text opens a small preview (as Wikipedia's page
 * previews do); a click, a tap, Enter on an open preview, or the panel opens the full card. The
 * preview waits for the pointer to stay put, so a cursor moved through the text opens nothing. Cards
 * stay open while the pointer is over them or their text and close with Escape (WCAG 1.4.13); a
 * card whose text has scrolled out of the window closes, so it never floats over other text. Every
 * listener and timer ends with `destroy()` or the given signal.
 */
import type { PageReport } from '../report/report';
import type { HighlightItem, HighlightSet } from '../dom/highlight';
import { dockMode, measureColumn, PANEL_WIDTH, pushPage } from './dock';
import { hitTest, rangeRects } from './hit-test';
import type { CardTarget, PanelItem } from '../present/view-model';

/** An open card. */
export interface CardState {
  target: CardTarget;
  /** The highlighted text the card explains; null when it has no place on the page. */
  anchor: HighlightItem | null;
  pointer: { x: number; y: number } | null;
  /** Opened deliberately (click, tap, keyboard, panel): stays until Escape, × or a click elsewhere. */
  pinned: boolean;
  /** A hover preview (title, one line, key facts) rather than the full card. */
  preview: boolean;
  /** Move keyboard focus into the card when it appears. */
  focus: boolean;
  /** Cards this one was reached from through "Related", for the Back button. */
  history: CardTarget[];
  /** Changes on every open, so the view re-focuses and re-positions. */
  seq: number;
}

export interface UiState {
  report: PageReport;
  highlights: HighlightSet;
  panelOpen: boolean;
  /** Panel row to focus (after returning from a card); null focuses the first row. */
  panelFocusKey: string | null;
  /** Changes whenever the panel should (re)take focus. */
  panelFocusSeq: number;
  card: CardState | null;
  launcherHidden: boolean;
  /** The launcher was just hidden: the way back is shown for a while. */
  launcherNotice: boolean;
  /** Changes on scroll and resize, so the open card follows its text. */
  layoutTick: number;
  /** The full launcher would sit over the article column: show it as a small mark instead. */
  launcherCompact: boolean;
  /** The open panel pushed the page aside (centred layouts whose gutter is narrower than it). */
  panelPushed: boolean;
}

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

/** Name of the temporary highlight that marks the mention chosen in the panel. */
export const FLASH_HIGHLIGHT = 'backstory-flash';
/** Below this width the panel covers the article, so choosing an item closes it. */
export const NARROW_VIEWPORT = 720;

const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

/** Owns the UI state and the page listeners; the Preact view subscribes and calls its actions. */
export class InPageController {
  state: UiState;
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly subscribers = new Set<() => void>();
  private readonly abort = new AbortController();
  private readonly timers = new Set<number>();
  private readonly dwellMs: number;
  private readonly stillRadius: number;
  private dwellOrigin: { x: number; y: number } | null = null;
  private readonly hideMs: number;
  private readonly flashMs: number;
  private seq = 0;
  private dwellTimer = 0;
  private dwellItem: HighlightItem | null = null;
  private hideTimer = 0;
  private flashTimer = 0;
  private pointerFrame = 0;
  private layoutFrame = 0;
  private lastPointer: { x: number; y: number; overUi: boolean } | null = null;
  private cardReturn: { element: HTMLElement | null; panelKey: string | null } = { element: null, panelKey: null };
  private panelReturn: HTMLElement | null = null;
  private undoPush: (() => void) | null = null;
  private destroyed = false;

  constructor(opts: ControllerOptions) {
    this.doc = opts.document;
    this.win = opts.window;
    this.host = opts.host;
    this.shadow = opts.shadow;
    this.dwellMs = opts.dwellMs ?? 400;
    this.stillRadius = opts.stillRadius ?? 10;
    this.hideMs = opts.hideMs ?? 300;
    this.flashMs = opts.flashMs ?? 1600;
    this.state = {
      report: opts.report,
      highlights: opts.highlights,
      panelOpen: false,
      panelFocusKey: null,
      panelFocusSeq: 0,
      card: null,
      launcherHidden: false,
      launcherNotice: false,
      layoutTick: 0,
      launcherCompact: false,
      panelPushed: false,
    };
    if (opts.signal.aborted) this.abort.abort();
    else opts.signal.addEventListener('abort', () => this.abort.abort(), { once: true, signal: this.abort.signal });
  }

  /** Call `fn` after every state change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  private set(patch: Partial<UiState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...patch };
    for (const fn of this.subscribers) fn();
  }

  // ---- Listeners -------------------------------------------------------------------------------

  /** Register the page listeners (capture phase, passive where nothing is prevented). */
  attach(): void {
    const signal = this.abort.signal;
    const passive = { capture: true, passive: true, signal };
    this.doc.addEventListener('pointermove', (e) => this.onPointerMove(e), passive);
    this.doc.addEventListener('click', (e) => this.onClick(e), passive);
    this.doc.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    this.doc.documentElement.addEventListener('pointerleave', () => this.onPointerLeftWindow(), passive);
    this.win.addEventListener('scroll', () => this.onLayoutChange(), passive);
    this.win.addEventListener('resize', () => this.onResize(), passive);
    this.keepAboveModal();
    this.measureLayout();
  }

  /** Launcher size for the current layout (the page's column against the window's right edge). */
  private measureLayout(): void {
    if (this.undoPush) return;
    const column = measureColumn(this.state.highlights.items);
    // The full pill is up to ~340 px wide, 16 px from the edge.
    const compact = !!column && column.right > this.win.innerWidth - 360;
    if (compact !== this.state.launcherCompact) this.set({ launcherCompact: compact });
  }

  private onResize(): void {
    if (this.state.panelOpen) this.dock();
    else this.measureLayout();
    this.onLayoutChange();
  }

  /** Place the open panel beside the article column: push the page aside where its gutter is too narrow. */
  private dock(): void {
    this.undock();
    const width = this.win.innerWidth;
    const mode = dockMode(width, measureColumn(this.state.highlights.items), PANEL_WIDTH, NARROW_VIEWPORT);
    if (mode === 'push') {
      this.undoPush = pushPage(this.doc, PANEL_WIDTH);
      // A fixed-width layout does not re-centre: pushing would only add a scrollbar, so undo it.
      const after = measureColumn(this.state.highlights.items);
      if (!after || after.right > this.win.innerWidth - PANEL_WIDTH + 1) this.undock();
    }
    if (this.state.panelPushed !== !!this.undoPush) this.set({ panelPushed: !!this.undoPush, layoutTick: this.state.layoutTick + 1 });
  }

  private undock(): void {
    if (!this.undoPush) return;
    this.undoPush();
    this.undoPush = null;
  }

  /** The event happened inside our UI (retargeted to the host, or with the host on its path). */
  private isOurs(e: Event): boolean {
    return e.target === this.host || e.composedPath().includes(this.host);
  }

  private onPointerMove(e: PointerEvent): void {
    // Touch has no hover; a tap arrives as a click.
    if (e.pointerType === 'touch') return;
    this.lastPointer = { x: e.clientX, y: e.clientY, overUi: this.isOurs(e) };
    if (this.pointerFrame) return;
    this.pointerFrame = this.win.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      this.processPointer();
    });
  }

  private processPointer(): void {
    const p = this.lastPointer;
    if (!p || this.destroyed) return;
    if (p.overUi) {
      // Hoverable (WCAG 1.4.13): moving onto the card keeps it open.
      this.cancelHide();
      this.cancelDwell();
      return;
    }
    const hit = this.state.highlights.drawn ? hitTest(this.state.highlights.items, p.x, p.y, this.doc, this.win, this.state.highlights.shadowRoots) : null;
    const card = this.state.card;
    if (!hit) {
      this.cancelDwell();
      if (card && !card.pinned) this.scheduleHide();
      return;
    }
    this.cancelHide();
    if (card && card.target.id === hit.id && targetOf(hit).kind === card.target.kind) {
      this.cancelDwell();
      return;
    }
    // Hover intent: the dwell runs only while the pointer rests. Moving on (even within the same
    // highlight) starts it again, so a cursor travelling through the text opens nothing.
    const origin = this.dwellOrigin;
    if (this.dwellItem === hit && origin && Math.hypot(p.x - origin.x, p.y - origin.y) <= this.stillRadius) return;
    this.cancelDwell();
    // A pinned card was opened on purpose; hovering other text must not replace it.
    if (card?.pinned) return;
    this.dwellItem = hit;
    this.dwellOrigin = { x: p.x, y: p.y };
    this.dwellTimer = this.timeout(() => {
      this.dwellItem = null;
      this.dwellTimer = 0;
      this.dwellOrigin = null;
      this.openCard(targetOf(hit), { anchor: hit, pointer: { x: p.x, y: p.y }, pinned: false, focus: false, preview: true });
    }, this.dwellMs);
  }

  private onPointerLeftWindow(): void {
    this.cancelDwell();
    if (this.state.card && !this.state.card.pinned) this.scheduleHide();
  }

  private onClick(e: MouseEvent): void {
    if (this.isOurs(e) || e.button !== 0) return;
    const target = e.target as Element | null;
    const selection = this.win.getSelection?.();
    // A drag that selected text is a selection, not a request for a card.
    const selecting = !!selection && !selection.isCollapsed;
    // Undrawn highlights are invisible: a click on plain-looking text must not pop a card.
    const hit =
      !this.state.highlights.drawn || selecting || target?.closest?.(INTERACTIVE)
        ? null
        : hitTest(this.state.highlights.items, e.clientX, e.clientY, this.doc, this.win, this.state.highlights.shadowRoots);
    if (hit) {
      this.cancelDwell();
      this.openCard(targetOf(hit), {
        anchor: hit,
        pointer: { x: e.clientX, y: e.clientY },
        pinned: true,
        focus: true,
        returnFocus: this.activeElement(),
      });
    } else if (this.state.card) {
      this.closeCard({ restoreFocus: false });
    }
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented) return;
    if (e.key === 'Enter' && this.state.card?.preview && !this.isOurs(e) && !this.typingInPage()) {
      // Enter on an open preview opens the full card, focused, as a click would.
      e.preventDefault();
      this.expand({ focus: true, returnFocus: this.activeElement() });
      return;
    }
    if (e.key !== 'Escape') return;
    const inUi = this.isOurs(e);
    if (this.state.card) this.closeCard({ restoreFocus: true });
    else if (this.state.panelOpen) this.closePanel({ restoreFocus: true });
    else return;
    // The page keeps its own Escape handling unless the key was pressed inside our UI.
    if (inUi) e.stopPropagation();
  }

  /** Focus is in a page control that takes Enter for itself. */
  private typingInPage(): boolean {
    const el = this.doc.activeElement;
    return !!el && el !== this.doc.body && el !== this.doc.documentElement && !!el.closest?.(INTERACTIVE);
  }

  private onLayoutChange(): void {
    if (this.layoutFrame || !this.state.card) return;
    this.layoutFrame = this.win.requestAnimationFrame(() => {
      this.layoutFrame = 0;
      const card = this.state.card;
      if (!card) return;
      // A card follows its text; once the text has left the window the card would cover whatever
      // the reader has scrolled to, so it closes, pinned or not.
      if (card.anchor && !this.isOnScreen(card.anchor)) {
        this.closeCard({ restoreFocus: false });
        return;
      }
      this.set({ layoutTick: this.state.layoutTick + 1 });
    });
  }

  private isOnScreen(item: HighlightItem): boolean {
    const h = this.win.innerHeight;
    const w = this.win.innerWidth;
    return rangeRects(this.doc, item.range).some((r) => r.bottom > 0 && r.top < h && r.right > 0 && r.left < w);
  }

  // ---- Timers ----------------------------------------------------------------------------------

  private timeout(fn: () => void, ms: number): number {
    const id = this.win.setTimeout(() => {
      this.timers.delete(id);
      fn();
    }, ms);
    this.timers.add(id);
    return id;
  }

  private clearTimer(id: number): void {
    if (!id) return;
    this.win.clearTimeout(id);
    this.timers.delete(id);
  }

  private cancelDwell(): void {
    this.clearTimer(this.dwellTimer);
    this.dwellTimer = 0;
    this.dwellItem = null;
    this.dwellOrigin = null;
  }

  private scheduleHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = this.timeout(() => {
      this.hideTimer = 0;
      if (this.state.card && !this.state.card.pinned) this.closeCard({ restoreFocus: false });
    }, this.hideMs);
  }

  private cancelHide(): void {
    this.clearTimer(this.hideTimer);
    this.hideTimer = 0;
  }

  // ---- Focus -----------------------------------------------------------------------------------

  /** The focused element, looking inside our shadow root (the page only sees our host). */
  activeElement(): HTMLElement | null {
    const active = this.doc.activeElement;
    if (active === this.host) return (this.shadow.activeElement as HTMLElement | null) ?? null;
    // Duck-typed: `instanceof` across Firefox's Xray wrappers is not reliable.
    return active && active !== this.doc.body && typeof (active as HTMLElement).focus === 'function'
      ? (active as HTMLElement)
      : null;
  }

  private restoreFocus(element: HTMLElement | null): void {
    if (!element) return;
    // After the view has rendered: the element may be un-hidden by this very state change.
    this.timeout(() => {
      if (element.isConnected) element.focus({ preventScroll: true });
    }, 0);
  }

  /**
   * A modal `<dialog>` sits in the top layer and makes everything outside it inert, our host
   * included: then the host moves into the (last) open modal dialog, and back to the root when it
   * closes, so cards and the launcher stay visible and usable above a page's "reader view".
   */
  private keepAboveModal(): void {
    let modal: Element | null = null;
    try {
      const open = this.doc.querySelectorAll('dialog:modal');
      modal = open[open.length - 1] ?? null;
    } catch {
      // No `:modal` support: leave the host where it is.
      return;
    }
    const parent = modal ?? this.doc.documentElement;
    if (this.host.parentNode === parent) return;
    // First in the root, so the launcher is an early Tab stop (like a skip link); last in a modal.
    if (modal) modal.append(this.host);
    else parent.prepend(this.host);
    modal?.addEventListener('close', () => this.keepAboveModal(), { once: true, signal: this.abort.signal });
  }

  // ---- Actions ---------------------------------------------------------------------------------

  /** Open a card; `returnFocus` is where Escape sends focus back to. */
  openCard(
    target: CardTarget,
    opts: {
      anchor?: HighlightItem | null;
      pointer?: { x: number; y: number } | null;
      pinned: boolean;
      focus: boolean;
      preview?: boolean;
      returnFocus?: HTMLElement | null;
      returnToPanelKey?: string | null;
      history?: CardTarget[];
    },
  ): void {
    this.cancelHide();
    this.keepAboveModal();
    if (opts.focus || opts.returnToPanelKey !== undefined) {
      this.cardReturn = { element: opts.returnFocus ?? null, panelKey: opts.returnToPanelKey ?? null };
    }
    this.set({
      card: {
        target,
        anchor: opts.anchor ?? null,
        pointer: opts.pointer ?? null,
        pinned: opts.pinned,
        preview: opts.preview ?? false,
        focus: opts.focus,
        history: opts.history ?? [],
        seq: ++this.seq,
      },
    });
  }

  /** Close the open card; with `restoreFocus`, focus goes back to where the reader was. */
  closeCard({ restoreFocus }: { restoreFocus: boolean }): void {
    const card = this.state.card;
    if (!card) return;
    this.cancelHide();
    const { element, panelKey } = this.cardReturn;
    this.cardReturn = { element: null, panelKey: null };
    this.set({ card: null });
    if (!restoreFocus) return;
    if (panelKey) this.openPanel(panelKey);
    else this.restoreFocus(element);
  }

  /** The reader interacted with a hover card: keep it until they dismiss it (a preview opens in full). */
  pin(): void {
    const card = this.state.card;
    if (card?.preview) {
      this.expand({ focus: true, returnFocus: null });
      return;
    }
    if (card && !card.pinned) {
      this.cancelHide();
      this.set({ card: { ...card, pinned: true, focus: false } });
    }
  }

  /** Open the previewed card in full, pinned. */
  expand({ focus, returnFocus }: { focus: boolean; returnFocus: HTMLElement | null }): void {
    const card = this.state.card;
    if (!card) return;
    this.cancelHide();
    this.cancelDwell();
    if (focus) this.cardReturn = { element: returnFocus, panelKey: null };
    this.set({ card: { ...card, preview: false, pinned: true, focus, seq: ++this.seq } });
  }

  /** Open a related entity's card in place of the current one, remembering the way back. */
  openRelated(target: CardTarget): void {
    const card = this.state.card;
    const anchor = this.firstItemFor(target) ?? card?.anchor ?? null;
    this.set({
      card: {
        target,
        // Keep the card where it is: jumping across the page on a click would lose the reader.
        anchor: card?.anchor ?? anchor,
        pointer: card?.pointer ?? null,
        pinned: true,
        preview: false,
        focus: true,
        history: card ? [...card.history, card.target] : [],
        seq: ++this.seq,
      },
    });
  }

  /** Go back to the card this one was opened from. */
  back(): void {
    const card = this.state.card;
    if (!card || card.history.length === 0) return;
    const history = card.history.slice(0, -1);
    const target = card.history[card.history.length - 1];
    this.set({ card: { ...card, target, history, pinned: true, preview: false, focus: true, seq: ++this.seq } });
  }

  /** Open the reading panel, focusing `focusKey`'s row (or the first row). */
  openPanel(focusKey: string | null = null): void {
    if (!this.state.panelOpen) this.panelReturn = this.activeElement();
    this.keepAboveModal();
    const wasOpen = this.state.panelOpen;
    this.set({ panelOpen: true, panelFocusKey: focusKey, panelFocusSeq: this.state.panelFocusSeq + 1 });
    if (!wasOpen) this.dock();
  }

  /** Close the panel; with `restoreFocus`, focus returns to where it was when the panel opened. */
  closePanel({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.state.panelOpen) return;
    const back = this.panelReturn;
    this.panelReturn = null;
    this.undock();
    this.set({ panelOpen: false, panelPushed: false, layoutTick: this.state.layoutTick + 1 });
    if (restoreFocus) this.restoreFocus(back);
  }

  /** Show or hide the panel (the keyboard shortcut, the launcher). */
  togglePanel(): void {
    if (this.state.panelOpen) this.closePanel({ restoreFocus: true });
    else this.openPanel();
  }

  /** Hide the launcher for this page; the shortcut still opens the panel. */
  hideLauncher(): void {
    this.set({ launcherHidden: true, launcherNotice: true });
    this.timeout(() => this.set({ launcherNotice: false }), 10_000);
  }

  /** Undo `hideLauncher`. */
  showLauncher(): void {
    this.set({ launcherHidden: false, launcherNotice: false });
  }

  /** The first highlighted mention of a target in reading order. */
  firstItemFor(target: CardTarget): HighlightItem | null {
    let best: HighlightItem | null = null;
    for (const item of this.state.highlights.items) {
      if (item.id !== target.id || targetOf(item).kind !== target.kind) continue;
      if (!best || item.start < best.start) best = item;
    }
    return best;
  }

  /** A panel row was chosen: scroll to its first mention, mark it briefly and open its card. */
  chooseItem(item: PanelItem): void {
    const anchor = this.firstItemFor(item.target);
    if (anchor) {
      const node = anchor.range.startContainer;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      // Centre first (this also scrolls any inner scroll container), then lift the text to the
      // upper quarter of the window so its card fits below it instead of being squeezed.
      element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      const top = rangeRects(this.doc, anchor.range)[0]?.top;
      if (top !== undefined) {
        this.win.scrollBy({ top: top - this.win.innerHeight * 0.25, behavior: 'instant' as ScrollBehavior });
      }
      this.flash(anchor.range);
    }
    const narrow = this.win.innerWidth < NARROW_VIEWPORT;
    if (narrow) this.set({ panelOpen: false });
    this.openCard(item.target, {
      anchor,
      pinned: true,
      focus: true,
      returnFocus: null,
      returnToPanelKey: item.key,
    });
  }

  /** Mark a range for a moment with the `backstory-flash` highlight (styled by the page CSS). */
  private flash(range: AbstractRange): void {
    const env = this.win as unknown as {
      CSS?: { highlights?: { set(n: string, h: unknown): void; delete(n: string): void } };
      Highlight?: new (...r: AbstractRange[]) => { priority: number };
    };
    const registry = env.CSS?.highlights;
    if (!registry || !env.Highlight) return;
    const h = new env.Highlight(range);
    h.priority = 2;
    registry.set(FLASH_HIGHLIGHT, h);
    this.clearTimer(this.flashTimer);
    this.flashTimer = this.timeout(() => registry.delete(FLASH_HIGHLIGHT), this.flashMs);
  }

  /** New analysis results (dynamic pages): keep the open card when its target is still there. */
  update(report: PageReport, highlights: HighlightSet): void {
    const card = this.state.card;
    let nextCard = card;
    if (card) {
      const stillThere =
        card.target.kind === 'entity'
          ? report.entities.some((e) => e.id === card.target.id)
          : report.disputed.some((d) => d.id === card.target.id);
      const anchor = card.anchor
        ? highlights.items.find(
            (i) => i.id === card.anchor!.id && i.kind === card.anchor!.kind && i.start === card.anchor!.start,
          ) ?? null
        : null;
      nextCard = stillThere || card.history.length > 0 ? { ...card, anchor, focus: false } : null;
    }
    this.cancelDwell();
    this.set({ report, highlights, card: nextCard });
    this.measureLayout();
  }

  /** Stop listening, clear timers and the flash highlight. */
  destroy(): void {
    if (this.destroyed) return;
    this.undock();
    this.abort.abort();
    for (const id of this.timers) this.win.clearTimeout(id);
    this.timers.clear();
    if (this.pointerFrame) this.win.cancelAnimationFrame(this.pointerFrame);
    if (this.layoutFrame) this.win.cancelAnimationFrame(this.layoutFrame);
    (this.win as unknown as { CSS?: { highlights?: { delete(n: string): void } } }).CSS?.highlights?.delete(
      FLASH_HIGHLIGHT,
    );
    this.subscribers.clear();
    this.destroyed = true;
  }
}

/** The card a highlight item opens. */
export function targetOf(item: HighlightItem): CardTarget {
  return item.kind === 'disputed' ? { kind: 'claim', id: item.id } : { kind: 'entity', id: item.id };
}
