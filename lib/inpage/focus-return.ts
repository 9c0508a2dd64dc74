/**
 * Where keyboard focus goes back to when a card or the panel closes. A card remembers the element
 * it was opened from, or the panel row it was chosen in (closing it then reopens the panel on that
 * row); the panel remembers what was focused when it opened. Each is handed out once.
 */
import { deepActiveElement } from './focus';
import type { Timers } from './timers';

/** Where a closing card sends focus: an element, or a panel row (by key) to reopen the panel on. */
export interface CardReturn {
  element: HTMLElement | null;
  panelKey: string | null;
}

export interface FocusReturnOptions {
  document: Document;
  /** Our host element: the page sees focus inside our UI as focus on it. */
  host: HTMLElement;
  shadow: ShadowRoot;
  timers: Timers;
}

export class FocusReturn {
  private card: CardReturn = { element: null, panelKey: null };
  private panel: HTMLElement | null = null;

  constructor(private readonly o: FocusReturnOptions) {}

  /** The focused element, looking inside our shadow root (the page only sees our host). */
  active(): HTMLElement | null {
    return deepActiveElement(this.o.document, this.o.host, this.o.shadow);
  }

  /** Remember where the card about to open sends focus back to. */
  setCard(element: HTMLElement | null, panelKey: string | null = null): void {
    this.card = { element, panelKey };
  }

  /** The card's way back, forgotten as it is handed out. */
  takeCard(): CardReturn {
    const back = this.card;
    this.card = { element: null, panelKey: null };
    return back;
  }

  /** The panel is opening: remember what is focused now. */
  notePanel(): void {
    this.panel = this.active();
  }

  /** The panel's way back, forgotten as it is handed out. */
  takePanel(): HTMLElement | null {
    const back = this.panel;
    this.panel = null;
    return back;
  }

  /** Focus `element` once the view has rendered (this very state change may un-hide it). */
  restore(element: HTMLElement | null): void {
    if (!element) return;
    this.o.timers.start(() => {
      if (element.isConnected) element.focus({ preventScroll: true });
    }, 0);
  }
}
