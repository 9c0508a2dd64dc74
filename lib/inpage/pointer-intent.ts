/**
 * Hover intent: turns pointer samples into "open a preview" and "hide the hover card". A preview
 * waits for the pointer to rest (the dwell), so a cursor moved through the text opens nothing; a
 * hover card closes only after a grace period once the pointer has left it and its text, so the
 * pointer can travel from the text onto the card (WCAG 1.4.13).
 */
import type { HighlightItem } from '../dom/highlight';
import type { Timers } from './timers';

type Point = { x: number; y: number };

/** What the pointer is over, as the controller hit-tested it. */
export type PointerSample = { over: 'ui' } | { over: 'page'; x: number; y: number; hit: HighlightItem | null };

/** The open card as hover intent sees it. */
export interface OpenCard {
  pinned: boolean;
  /** The pointer is on the text this card explains. */
  sameTarget: (hit: HighlightItem) => boolean;
}

export interface PointerIntentOptions {
  timers: Timers;
  /** How long the pointer must rest on highlighted text before its preview opens, ms. */
  dwellMs: number;
  /** The pointer "rests" while it stays within this distance of where the dwell began, px. */
  stillRadius: number;
  /** Grace period before a hover card closes once the pointer has left it and its text, ms. */
  hideMs: number;
  /** The pointer rested on `hit`: open its preview. */
  onPreview: (hit: HighlightItem, at: Point) => void;
  /** The grace period ran out: close the hover card (if it is still one). */
  onHide: () => void;
}

export class PointerIntent {
  private dwellTimer = 0;
  private dwellItem: HighlightItem | null = null;
  private dwellOrigin: Point | null = null;
  private hideTimer = 0;

  constructor(private readonly opts: PointerIntentOptions) {}

  /** Feed one (frame-throttled) pointer position; `card` is the open card, if any. */
  sample(p: PointerSample, card: OpenCard | null): void {
    if (p.over === 'ui') {
      // Hoverable: moving onto the card keeps it open.
      this.cancelHide();
      this.cancelDwell();
      return;
    }
    const hit = p.hit;
    if (!hit) {
      this.left(card);
      return;
    }
    this.cancelHide();
    if (card?.sameTarget(hit)) {
      this.cancelDwell();
      return;
    }
    // The dwell runs only while the pointer rests. Moving on (even within the same highlight)
    // starts it again, so a cursor travelling through the text opens nothing.
    const origin = this.dwellOrigin;
    if (this.dwellItem === hit && origin && Math.hypot(p.x - origin.x, p.y - origin.y) <= this.opts.stillRadius) return;
    this.cancelDwell();
    // A pinned card was opened on purpose; hovering other text must not replace it.
    if (card?.pinned) return;
    const at = { x: p.x, y: p.y };
    this.dwellItem = hit;
    this.dwellOrigin = at;
    this.dwellTimer = this.opts.timers.start(() => {
      this.dwellTimer = 0;
      this.dwellItem = null;
      this.dwellOrigin = null;
      this.opts.onPreview(hit, at);
    }, this.opts.dwellMs);
  }

  /** The pointer left the highlighted text (or the window). */
  left(card: OpenCard | null): void {
    this.cancelDwell();
    if (card && !card.pinned) this.scheduleHide();
  }

  cancelDwell(): void {
    this.opts.timers.cancel(this.dwellTimer);
    this.dwellTimer = 0;
    this.dwellItem = null;
    this.dwellOrigin = null;
  }

  cancelHide(): void {
    this.opts.timers.cancel(this.hideTimer);
    this.hideTimer = 0;
  }

  private scheduleHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = this.opts.timers.start(() => {
      this.hideTimer = 0;
      this.opts.onHide();
    }, this.opts.hideMs);
  }
}
