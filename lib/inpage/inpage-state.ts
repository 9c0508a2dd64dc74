/**
 * The in-page UI's state as a pure reducer: which card is open and why, the panel, the launcher.
 * No DOM, timers or focus here (the controller does those), so every transition is tested as a
 * table of (state, action) → state.
 */
import type { PageReport } from '../report/report';
import type { HighlightItem, HighlightSet } from '../dom/highlight';
import type { CardTarget } from '../present/view-model';

type Point = { x: number; y: number };

/** An open card. */
export interface CardState {
  target: CardTarget;
  /** The highlighted text the card explains; null when it has no place on the page. */
  anchor: HighlightItem | null;
  pointer: Point | null;
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
  /** The last card `seq` handed out: it only grows, so a reopened card never repeats one. */
  cardSeq: number;
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

export type UiAction =
  | {
      type: 'openCard';
      target: CardTarget;
      anchor?: HighlightItem | null;
      pointer?: Point | null;
      pinned: boolean;
      focus: boolean;
      preview?: boolean;
      history?: CardTarget[];
    }
  | { type: 'closeCard' }
  /** The reader interacted with a hover card: keep it (a preview is expanded instead). */
  | { type: 'pin' }
  /** Open the previewed card in full, pinned. */
  | { type: 'expand'; focus: boolean }
  | { type: 'openRelated'; target: CardTarget }
  | { type: 'back' }
  | { type: 'openPanel'; focusKey: string | null }
  /** `narrow`: the panel closes because it would cover the card (choosing a row on a small screen). */
  | { type: 'closePanel'; narrow?: boolean }
  | { type: 'hideLauncher' }
  | { type: 'launcherNoticeOver' }
  | { type: 'showLauncher' }
  | { type: 'layout' }
  | { type: 'launcherCompact'; compact: boolean }
  | { type: 'panelPushed'; pushed: boolean }
  | { type: 'update'; report: PageReport; highlights: HighlightSet };

export function initialState(report: PageReport, highlights: HighlightSet): UiState {
  return {
    report,
    highlights,
    panelOpen: false,
    panelFocusKey: null,
    panelFocusSeq: 0,
    card: null,
    cardSeq: 0,
    launcherHidden: false,
    launcherNotice: false,
    layoutTick: 0,
    launcherCompact: false,
    panelPushed: false,
  };
}

/** The card a highlight item opens. */
export function targetOf(item: HighlightItem): CardTarget {
  return item.kind === 'disputed' ? { kind: 'claim', id: item.id } : { kind: 'entity', id: item.id };
}

/** The first highlighted mention of a target in reading order. */
export function firstItemFor(highlights: HighlightSet, target: CardTarget): HighlightItem | null {
  let best: HighlightItem | null = null;
  for (const item of highlights.items) {
    if (item.id !== target.id || targetOf(item).kind !== target.kind) continue;
    if (!best || item.start < best.start) best = item;
  }
  return best;
}

/** The next state; returns `state` itself when the action changes nothing. */
export function reduce(state: UiState, action: UiAction): UiState {
  const card = state.card;
  const seq = state.cardSeq + 1;
  switch (action.type) {
    case 'openCard':
      return {
        ...state,
        cardSeq: seq,
        card: {
          target: action.target,
          anchor: action.anchor ?? null,
          pointer: action.pointer ?? null,
          pinned: action.pinned,
          preview: action.preview ?? false,
          focus: action.focus,
          history: action.history ?? [],
          seq,
        },
      };
    case 'closeCard':
      return card ? { ...state, card: null } : state;
    case 'pin':
      if (card?.preview) return reduce(state, { type: 'expand', focus: true });
      return card && !card.pinned ? { ...state, card: { ...card, pinned: true, focus: false } } : state;
    case 'expand':
      if (!card) return state;
      return { ...state, cardSeq: seq, card: { ...card, preview: false, pinned: true, focus: action.focus, seq } };
    case 'openRelated': {
      const anchor = firstItemFor(state.highlights, action.target) ?? card?.anchor ?? null;
      return {
        ...state,
        cardSeq: seq,
        card: {
          target: action.target,
          // Keep the card where it is: jumping across the page on a click would lose the reader.
          anchor: card?.anchor ?? anchor,
          pointer: card?.pointer ?? null,
          pinned: true,
          preview: false,
          focus: true,
          history: card ? [...card.history, card.target] : [],
          seq,
        },
      };
    }
    case 'back': {
      if (!card || card.history.length === 0) return state;
      const target = card.history[card.history.length - 1];
      const history = card.history.slice(0, -1);
      return {
        ...state,
        cardSeq: seq,
        card: { ...card, target, history, pinned: true, preview: false, focus: true, seq },
      };
    }
    case 'openPanel':
      return { ...state, panelOpen: true, panelFocusKey: action.focusKey, panelFocusSeq: state.panelFocusSeq + 1 };
    case 'closePanel':
      if (!state.panelOpen) return state;
      if (action.narrow) return { ...state, panelOpen: false };
      return { ...state, panelOpen: false, panelPushed: false, layoutTick: state.layoutTick + 1 };
    case 'hideLauncher':
      return { ...state, launcherHidden: true, launcherNotice: true };
    case 'launcherNoticeOver':
      return state.launcherNotice ? { ...state, launcherNotice: false } : state;
    case 'showLauncher':
      return { ...state, launcherHidden: false, launcherNotice: false };
    case 'layout':
      return { ...state, layoutTick: state.layoutTick + 1 };
    case 'launcherCompact':
      return action.compact === state.launcherCompact ? state : { ...state, launcherCompact: action.compact };
    case 'panelPushed':
      if (action.pushed === state.panelPushed) return state;
      return { ...state, panelPushed: action.pushed, layoutTick: state.layoutTick + 1 };
    case 'update': {
      const { report, highlights } = action;
      let next = card;
      if (card) {
        const stillThere =
          card.target.kind === 'entity'
            ? report.entities.some((e) => e.id === card.target.id)
            : report.disputed.some((d) => d.id === card.target.id);
        const a = card.anchor;
        const same = (i: HighlightItem) => !!a && i.id === a.id && i.kind === a.kind && i.start === a.start;
        const anchor = a ? (highlights.items.find(same) ?? null) : null;
        next = stillThere || card.history.length > 0 ? { ...card, anchor, focus: false } : null;
      }
      return { ...state, report, highlights, card: next };
    }
  }
}
