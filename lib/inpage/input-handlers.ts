/**
 * What the page's input means for the in-page UI: hover feeds pointer intent, a click on
 * highlighted text opens its card pinned (elsewhere it closes a card), Enter on a preview opens it
 * in full, Escape closes the card and then the panel, and a card whose text has scrolled out of
 * the window closes. The controller supplies the actions through a small port, so these rules are
 * tested without a page.
 */
import type { HighlightItem } from '../dom/highlight';
import type { CardTarget } from '../present/view-model';
import { targetOf, type UiState } from './inpage-state';
import type { PageInputHandlers } from './page-input';
import type { OpenCard, PointerIntent } from './pointer-intent';

type Point = { x: number; y: number };

/** How a card opens; `returnFocus` is where Escape sends focus back to. */
export interface OpenCardOptions {
  anchor?: HighlightItem | null;
  pointer?: Point | null;
  pinned: boolean;
  focus: boolean;
  preview?: boolean;
  returnFocus?: HTMLElement | null;
  /** Closing the card reopens the panel on this row. */
  returnToPanelKey?: string | null;
  history?: CardTarget[];
}

/** What the handlers drive: the controller's actions and the state they read. */
export interface InputPort {
  state(): UiState;
  intent: Pick<PointerIntent, 'sample' | 'left' | 'cancelDwell'>;
  /** The focused element, inside our UI included. */
  activeElement(): HTMLElement | null;
  openCard(target: CardTarget, opts: OpenCardOptions): void;
  closeCard(opts: { restoreFocus: boolean }): void;
  closePanel(opts: { restoreFocus: boolean }): void;
  expand(opts: { focus: boolean; returnFocus: HTMLElement | null }): void;
  /** Some of the range is inside the window. */
  onScreen(range: AbstractRange): boolean;
  /** The page scrolled or resized: the open card follows its text. */
  relayout(): void;
  /** The window was resized: re-dock the open panel, or re-measure the launcher. */
  resized(): void;
}

/** The open card as pointer intent sees it. */
function openCardOf(state: UiState): OpenCard | null {
  const card = state.card;
  if (!card) return null;
  const sameTarget = (hit: HighlightItem) => card.target.id === hit.id && targetOf(hit).kind === card.target.kind;
  return { pinned: card.pinned, sameTarget };
}

export function inputHandlers(port: InputPort): PageInputHandlers {
  return {
    pointer: (sample) => port.intent.sample(sample, openCardOf(port.state())),
    pointerLeft: () => port.intent.left(openCardOf(port.state())),
    click: (hit, pointer) => {
      if (hit) {
        port.intent.cancelDwell();
        const returnFocus = port.activeElement();
        port.openCard(targetOf(hit), { anchor: hit, pointer, pinned: true, focus: true, returnFocus });
      } else if (port.state().card) {
        port.closeCard({ restoreFocus: false });
      }
    },
    keydown: (e, { inUi, typing }) => {
      const state = port.state();
      if (e.key === 'Enter' && state.card?.preview && !inUi && !typing) {
        // Enter on an open preview opens the full card, focused, as a click would.
        e.preventDefault();
        port.expand({ focus: true, returnFocus: port.activeElement() });
        return;
      }
      if (e.key !== 'Escape') return;
      if (state.card) port.closeCard({ restoreFocus: true });
      else if (state.panelOpen) port.closePanel({ restoreFocus: true });
      else return;
      // The page keeps its own Escape handling unless the key was pressed inside our UI.
      if (inUi) e.stopPropagation();
    },
    wantsLayout: () => !!port.state().card,
    layout: () => {
      const anchor = port.state().card?.anchor;
      // A card follows its text; once the text has left the window the card would cover whatever
      // the reader has scrolled to, so it closes, pinned or not.
      if (anchor && !port.onScreen(anchor.range)) port.closeCard({ restoreFocus: false });
      else port.relayout();
    },
    resize: () => port.resized(),
  };
}
