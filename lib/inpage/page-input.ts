/**
 * The page's input, adapted for the controller: capture-phase listeners on the page (our UI lives
 * in a shadow root, so its own events are told apart by the host), pointer moves throttled to one
 * hit test per animation frame, scrolls and resizes throttled the same way, and clicks hit-tested.
 * Everything ends with the signal.
 */
import type { HighlightItem, HighlightSet } from '../dom/highlight';
import { hitTest } from './hit-test';
import type { PointerSample } from './pointer-intent';

type Point = { x: number; y: number };

const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], ' +
  '[role="button"], [role="link"]';

export interface PageInputHandlers {
  /** A (frame-throttled) hover position outside touch input. */
  pointer(sample: PointerSample): void;
  /** The pointer left the window. */
  pointerLeft(): void;
  /** A primary click on the page outside our UI; `hit` is the highlight under it, if it opens one. */
  click(hit: HighlightItem | null, at: Point): void;
  /** A key went down; `typing` says focus is in a page control that takes Enter for itself. */
  keydown(e: KeyboardEvent, where: { inUi: boolean; typing: boolean }): void;
  /** The page scrolled or resized (frame-throttled), only while `wantsLayout()` says so. */
  layout(): void;
  wantsLayout(): boolean;
  /** The window was resized (before the throttled `layout`). */
  resize(): void;
}

export interface PageInputOptions {
  document: Document;
  window: Window & typeof globalThis;
  host: HTMLElement;
  signal: AbortSignal;
  highlights: () => HighlightSet;
  handlers: PageInputHandlers;
}

export class PageInput {
  private pointerFrame = 0;
  private layoutFrame = 0;
  private lastPointer: (Point & { overUi: boolean }) | null = null;

  constructor(private readonly o: PageInputOptions) {}

  /** Register the page listeners (capture phase, passive where nothing is prevented). */
  attach(): void {
    const { document: doc, window: win, signal, handlers } = this.o;
    const passive = { capture: true, passive: true, signal };
    doc.addEventListener('pointermove', (e) => this.onPointerMove(e), passive);
    doc.addEventListener('click', (e) => this.onClick(e), passive);
    doc.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    doc.documentElement.addEventListener('pointerleave', () => handlers.pointerLeft(), passive);
    win.addEventListener('scroll', () => this.onLayoutChange(), passive);
    win.addEventListener(
      'resize',
      () => {
        handlers.resize();
        this.onLayoutChange();
      },
      passive,
    );
  }

  /** Cancel pending frames (listeners end with the signal). */
  stop(): void {
    if (this.pointerFrame) this.o.window.cancelAnimationFrame(this.pointerFrame);
    if (this.layoutFrame) this.o.window.cancelAnimationFrame(this.layoutFrame);
    this.pointerFrame = this.layoutFrame = 0;
  }

  /** The event happened inside our UI (retargeted to the host, or with the host on its path). */
  private isOurs(e: Event): boolean {
    return e.target === this.o.host || e.composedPath().includes(this.o.host);
  }

  private hitAt(x: number, y: number): HighlightItem | null {
    const h = this.o.highlights();
    // Undrawn highlights are invisible: plain-looking text must not pop a card.
    return h.drawn ? hitTest(h.items, x, y, this.o.document, this.o.window, h.shadowRoots) : null;
  }

  private onPointerMove(e: PointerEvent): void {
    // Touch has no hover; a tap arrives as a click.
    if (e.pointerType === 'touch') return;
    this.lastPointer = { x: e.clientX, y: e.clientY, overUi: this.isOurs(e) };
    if (this.pointerFrame) return;
    this.pointerFrame = this.o.window.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const p = this.lastPointer;
      if (!p || this.o.signal.aborted) return;
      if (p.overUi) this.o.handlers.pointer({ over: 'ui' });
      else this.o.handlers.pointer({ over: 'page', x: p.x, y: p.y, hit: this.hitAt(p.x, p.y) });
    });
  }

  private onClick(e: MouseEvent): void {
    if (this.isOurs(e) || e.button !== 0) return;
    const target = e.target as Element | null;
    const selection = this.o.window.getSelection?.();
    // A drag that selected text is a selection, not a request for a card.
    const selecting = !!selection && !selection.isCollapsed;
    const hit = selecting || target?.closest?.(INTERACTIVE) ? null : this.hitAt(e.clientX, e.clientY);
    this.o.handlers.click(hit, { x: e.clientX, y: e.clientY });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented) return;
    this.o.handlers.keydown(e, { inUi: this.isOurs(e), typing: this.typingInPage() });
  }

  /** Focus is in a page control that takes Enter for itself. */
  private typingInPage(): boolean {
    const doc = this.o.document;
    const el = doc.activeElement;
    return !!el && el !== doc.body && el !== doc.documentElement && !!el.closest?.(INTERACTIVE);
  }

  private onLayoutChange(): void {
    if (this.layoutFrame || !this.o.handlers.wantsLayout()) return;
    this.layoutFrame = this.o.window.requestAnimationFrame(() => {
      this.layoutFrame = 0;
      if (this.o.handlers.wantsLayout()) this.o.handlers.layout();
    });
  }
}
