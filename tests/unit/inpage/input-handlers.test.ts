/** What each page input means for the in-page UI, driven through a recording port (no page, no DOM events). */
import { describe, expect, test, vi } from 'vitest';
import type { HighlightItem, HighlightSet } from '../../../lib/dom/highlight';
import type { PageReport } from '../../../lib/report/report';
import { initialState, type CardState, type UiState } from '../../../lib/inpage/inpage-state';
import { inputHandlers, type InputPort } from '../../../lib/inpage/input-handlers';

// Ranges are only passed through to `onScreen`: a placeholder keeps the test free of a DOM.
const item = (kind: HighlightItem['kind'], id: string): HighlightItem => ({
  kind,
  id,
  start: 0,
  end: 5,
  range: { id } as unknown as StaticRange,
});
const person = item('person', 'a');
const claim = item('disputed', 'a');
const other = item('person', 'b');
const highlights: HighlightSet = { items: [person, claim, other], drawn: true, shadowRoots: [], clear: () => {} };
const base = initialState({ entities: [], disputed: [] } as unknown as PageReport, highlights);
const card = (patch: Partial<CardState> = {}): CardState => ({
  target: { kind: 'entity', id: 'a' },
  anchor: person,
  pointer: null,
  pinned: false,
  preview: false,
  focus: false,
  history: [],
  seq: 1,
  ...patch,
});

function setup(state: Partial<UiState> = {}, { onScreen = true } = {}) {
  const focused = { id: 'focused' } as unknown as HTMLElement;
  const port = {
    state: () => ({ ...base, ...state }),
    intent: { sample: vi.fn(), left: vi.fn(), cancelDwell: vi.fn() },
    activeElement: () => focused,
    openCard: vi.fn(),
    closeCard: vi.fn(),
    closePanel: vi.fn(),
    expand: vi.fn(),
    onScreen: vi.fn(() => onScreen),
    relayout: vi.fn(),
    resized: vi.fn(),
  } satisfies InputPort;
  return { port, focused, handlers: inputHandlers(port) };
}

const key = (k: string) => {
  const e = new KeyboardEvent('keydown', { key: k, cancelable: true });
  const stop = vi.spyOn(e, 'stopPropagation');
  return { e, stop };
};

describe('hover', () => {
  test('with no card open, pointer intent sees none', () => {
    const { port, handlers } = setup();
    handlers.pointer({ over: 'ui' });
    handlers.pointerLeft();
    expect(port.intent.sample).toHaveBeenCalledWith({ over: 'ui' }, null);
    expect(port.intent.left).toHaveBeenCalledWith(null);
  });

  test('the open card is "the same target" only for its own kind and id', () => {
    const { port, handlers } = setup({ card: card({ pinned: true }) });
    handlers.pointer({ over: 'page', x: 1, y: 2, hit: person });
    const open = port.intent.sample.mock.calls[0][1];
    expect(open.pinned).toBe(true);
    expect(open.sameTarget(person)).toBe(true);
    // The same id as a disputed point is another card.
    expect(open.sameTarget(claim)).toBe(false);
    expect(open.sameTarget(other)).toBe(false);
  });
});

describe('click', () => {
  test('on highlighted text: cancels the dwell and opens its card pinned, focused, returning focus', () => {
    const { port, focused, handlers } = setup();
    handlers.click(claim, { x: 3, y: 4 });
    expect(port.intent.cancelDwell).toHaveBeenCalled();
    expect(port.openCard).toHaveBeenCalledWith(
      { kind: 'claim', id: 'a' },
      { anchor: claim, pointer: { x: 3, y: 4 }, pinned: true, focus: true, returnFocus: focused },
    );
  });

  test('elsewhere: closes an open card without moving focus', () => {
    const { port, handlers } = setup({ card: card({ pinned: true }) });
    handlers.click(null, { x: 0, y: 0 });
    expect(port.closeCard).toHaveBeenCalledWith({ restoreFocus: false });
    expect(port.openCard).not.toHaveBeenCalled();
  });

  test('elsewhere with nothing open: nothing happens', () => {
    const { port, handlers } = setup();
    handlers.click(null, { x: 0, y: 0 });
    expect(port.closeCard).not.toHaveBeenCalled();
  });
});

describe('keys', () => {
  test('Enter on a preview opens it in full, focused', () => {
    const { port, focused, handlers } = setup({ card: card({ preview: true }) });
    const { e } = key('Enter');
    handlers.keydown(e, { inUi: false, typing: false });
    expect(e.defaultPrevented).toBe(true);
    expect(port.expand).toHaveBeenCalledWith({ focus: true, returnFocus: focused });
  });

  test.each([
    ['typing in a page control', { inUi: false, typing: true }, card({ preview: true })],
    ['inside our UI', { inUi: true, typing: false }, card({ preview: true })],
    ['on a full card', { inUi: false, typing: false }, card()],
  ])('Enter is left alone %s', (_name, where, open) => {
    const { port, handlers } = setup({ card: open });
    const { e } = key('Enter');
    handlers.keydown(e, where);
    expect(e.defaultPrevented).toBe(false);
    expect(port.expand).not.toHaveBeenCalled();
  });

  test('Escape closes the card first, restoring focus; the page still sees it', () => {
    const { port, handlers } = setup({ card: card(), panelOpen: true });
    const { e, stop } = key('Escape');
    handlers.keydown(e, { inUi: false, typing: false });
    expect(port.closeCard).toHaveBeenCalledWith({ restoreFocus: true });
    expect(port.closePanel).not.toHaveBeenCalled();
    expect(stop).not.toHaveBeenCalled();
  });

  test('Escape inside our UI closes the panel and stops there', () => {
    const { port, handlers } = setup({ panelOpen: true });
    const { e, stop } = key('Escape');
    handlers.keydown(e, { inUi: true, typing: false });
    expect(port.closePanel).toHaveBeenCalledWith({ restoreFocus: true });
    expect(stop).toHaveBeenCalled();
  });

  test('Escape with nothing open is the page’s own', () => {
    const { port, handlers } = setup();
    const { e, stop } = key('Escape');
    handlers.keydown(e, { inUi: true, typing: false });
    expect(port.closeCard).not.toHaveBeenCalled();
    expect(port.closePanel).not.toHaveBeenCalled();
    expect(stop).not.toHaveBeenCalled();
  });
});

describe('layout', () => {
  test('is wanted only while a card is open', () => {
    expect(setup().handlers.wantsLayout()).toBe(false);
    expect(setup({ card: card() }).handlers.wantsLayout()).toBe(true);
  });

  test('a card whose text is still in the window follows it', () => {
    const { port, handlers } = setup({ card: card() });
    handlers.layout();
    expect(port.onScreen).toHaveBeenCalledWith(person.range);
    expect(port.relayout).toHaveBeenCalled();
    expect(port.closeCard).not.toHaveBeenCalled();
  });

  test('a card whose text has left the window closes, pinned or not', () => {
    const { port, handlers } = setup({ card: card({ pinned: true }) }, { onScreen: false });
    handlers.layout();
    expect(port.closeCard).toHaveBeenCalledWith({ restoreFocus: false });
    expect(port.relayout).not.toHaveBeenCalled();
  });

  test('a card with no place on the page just re-lays out', () => {
    const { port, handlers } = setup({ card: card({ anchor: null }) });
    handlers.layout();
    expect(port.onScreen).not.toHaveBeenCalled();
    expect(port.relayout).toHaveBeenCalled();
  });

  test('a resize goes to the controller', () => {
    const { port, handlers } = setup();
    handlers.resize();
    expect(port.resized).toHaveBeenCalled();
  });
});
