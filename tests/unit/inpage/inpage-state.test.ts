/** The in-page UI's state transitions, without a DOM: each row is (state, action) → expected change. */
import { describe, expect, test } from 'vitest';
import type { HighlightItem, HighlightSet } from '../../../lib/dom/highlight';
import type { PageReport } from '../../../lib/report/report';
import {
  firstItemFor,
  initialState,
  reduce,
  targetOf,
  type CardState,
  type UiAction,
  type UiState,
} from '../../../lib/inpage/inpage-state';

// Ranges are never read by the reducer: a placeholder keeps the test free of a DOM.
const item = (kind: HighlightItem['kind'], id: string, start: number): HighlightItem => ({
  kind,
  id,
  start,
  end: start + 5,
  range: null as unknown as StaticRange,
});

const a1 = item('person', 'a', 10);
const a2 = item('person', 'a', 50);
const b1 = item('organization', 'b', 30);
const c1 = item('disputed', 'c', 70);
const highlights: HighlightSet = { items: [a2, b1, a1, c1], drawn: true, shadowRoots: [], clear: () => {} };
const report = { entities: [{ id: 'a' }, { id: 'b' }], disputed: [{ id: 'c' }] } as unknown as PageReport;

const base = initialState(report, highlights);
const card = (patch: Partial<CardState> = {}): CardState => ({
  target: { kind: 'entity', id: 'a' },
  anchor: a1,
  pointer: null,
  pinned: false,
  preview: true,
  focus: false,
  history: [],
  seq: 1,
  ...patch,
});
const withCard = (patch: Partial<CardState> = {}, extra: Partial<UiState> = {}): UiState => ({
  ...base,
  cardSeq: 1,
  card: card(patch),
  ...extra,
});

type Row = [name: string, state: UiState, action: UiAction, expected: Partial<UiState> | 'unchanged'];

const rows: Row[] = [
  [
    'a hover preview opens unpinned',
    base,
    { type: 'openCard', target: { kind: 'entity', id: 'a' }, anchor: a1, pinned: false, focus: false, preview: true },
    { cardSeq: 1, card: card() },
  ],
  [
    'a click opens a pinned full card, focused',
    base,
    { type: 'openCard', target: { kind: 'entity', id: 'a' }, anchor: a1, pinned: true, focus: true },
    { cardSeq: 1, card: card({ pinned: true, preview: false, focus: true }) },
  ],
  ['closing removes the card', withCard(), { type: 'closeCard' }, { card: null }],
  ['closing with no card changes nothing', base, { type: 'closeCard' }, 'unchanged'],
  [
    'pinning a preview expands it, focused, with a new seq',
    withCard(),
    { type: 'pin' },
    { cardSeq: 2, card: card({ preview: false, pinned: true, focus: true, seq: 2 }) },
  ],
  [
    'pinning a hover card keeps it without moving focus',
    withCard({ preview: false, focus: true }),
    { type: 'pin' },
    { card: card({ preview: false, pinned: true, focus: false }) },
  ],
  ['pinning a pinned card changes nothing', withCard({ preview: false, pinned: true }), { type: 'pin' }, 'unchanged'],
  ['expanding with no card changes nothing', base, { type: 'expand', focus: true }, 'unchanged'],
  [
    'a related card opens in place and remembers the way back',
    withCard({ preview: false, pinned: true, pointer: { x: 1, y: 2 } }),
    { type: 'openRelated', target: { kind: 'entity', id: 'b' } },
    {
      cardSeq: 2,
      card: card({
        target: { kind: 'entity', id: 'b' },
        anchor: a1,
        pointer: { x: 1, y: 2 },
        pinned: true,
        preview: false,
        focus: true,
        history: [{ kind: 'entity', id: 'a' }],
        seq: 2,
      }),
    },
  ],
  [
    'a related card with no card open anchors at its first mention',
    base,
    { type: 'openRelated', target: { kind: 'entity', id: 'b' } },
    {
      cardSeq: 1,
      card: card({ target: { kind: 'entity', id: 'b' }, anchor: b1, pinned: true, preview: false, focus: true }),
    },
  ],
  [
    'Back returns to the previous card',
    withCard({ target: { kind: 'entity', id: 'b' }, history: [{ kind: 'entity', id: 'a' }], preview: false }),
    { type: 'back' },
    { cardSeq: 2, card: card({ pinned: true, preview: false, focus: true, seq: 2 }) },
  ],
  ['Back with no history changes nothing', withCard(), { type: 'back' }, 'unchanged'],
  [
    'opening the panel asks it to take focus',
    base,
    { type: 'openPanel', focusKey: 'entity:a' },
    { panelOpen: true, panelFocusKey: 'entity:a', panelFocusSeq: 1 },
  ],
  [
    'closing the panel un-pushes the page and re-lays out the card',
    { ...base, panelOpen: true, panelPushed: true },
    { type: 'closePanel' },
    { panelOpen: false, panelPushed: false, layoutTick: 1 },
  ],
  [
    'on a narrow window choosing a row only hides the panel',
    { ...base, panelOpen: true },
    { type: 'closePanel', narrow: true },
    { panelOpen: false },
  ],
  ['closing a closed panel changes nothing', base, { type: 'closePanel' }, 'unchanged'],
  [
    'hiding the launcher shows the way back',
    base,
    { type: 'hideLauncher' },
    { launcherHidden: true, launcherNotice: true },
  ],
  [
    'the notice ends, the launcher stays hidden',
    { ...base, launcherHidden: true, launcherNotice: true },
    { type: 'launcherNoticeOver' },
    { launcherNotice: false },
  ],
  [
    'showing the launcher again',
    { ...base, launcherHidden: true, launcherNotice: true },
    { type: 'showLauncher' },
    { launcherHidden: false, launcherNotice: false },
  ],
  ['a scroll re-lays out', base, { type: 'layout' }, { layoutTick: 1 }],
  ['the compact launcher', base, { type: 'launcherCompact', compact: true }, { launcherCompact: true }],
  ['an unchanged launcher size changes nothing', base, { type: 'launcherCompact', compact: false }, 'unchanged'],
  [
    'a pushed page re-lays out the card',
    base,
    { type: 'panelPushed', pushed: true },
    { panelPushed: true, layoutTick: 1 },
  ],
];

describe('reduce', () => {
  test.each(rows)('%s', (_name, state, action, expected) => {
    const next = reduce(state, action);
    if (expected === 'unchanged') expect(next).toBe(state);
    else expect(next).toEqual({ ...state, ...expected });
  });

  test('seq only grows, so a card reopened after closing is new to the view', () => {
    let s = reduce(base, { type: 'openCard', target: { kind: 'entity', id: 'a' }, pinned: true, focus: true });
    s = reduce(s, { type: 'closeCard' });
    s = reduce(s, { type: 'openCard', target: { kind: 'entity', id: 'a' }, pinned: true, focus: true });
    expect(s.card?.seq).toBe(2);
  });
});

describe('update (new analysis results)', () => {
  const moved = item('person', 'a', 10);
  const next: HighlightSet = { ...highlights, items: [moved, b1] };

  test('keeps the card whose target is still there, re-anchored, without taking focus', () => {
    const s = reduce(withCard({ focus: true }), { type: 'update', report, highlights: next });
    expect(s.card).toEqual(card({ anchor: moved, focus: false }));
    expect(s.highlights).toBe(next);
  });

  test('loses the anchor when its mention is gone', () => {
    const claim = withCard({ target: { kind: 'claim', id: 'c' }, anchor: c1 });
    const s = reduce(claim, { type: 'update', report, highlights: next });
    expect(s.card?.anchor).toBeNull();
  });

  test('closes the card whose target is gone, unless it has a way back', () => {
    const gone = { ...report, entities: [{ id: 'b' }] } as unknown as PageReport;
    expect(reduce(withCard(), { type: 'update', report: gone, highlights: next }).card).toBeNull();
    const deep = withCard({ history: [{ kind: 'entity', id: 'b' }] });
    expect(reduce(deep, { type: 'update', report: gone, highlights: next }).card).not.toBeNull();
  });
});

test('a highlight opens the card of its kind, and the first mention is in reading order', () => {
  expect(targetOf(c1)).toEqual({ kind: 'claim', id: 'c' });
  expect(targetOf(b1)).toEqual({ kind: 'entity', id: 'b' });
  expect(firstItemFor(highlights, { kind: 'entity', id: 'a' })).toBe(a1);
  expect(firstItemFor(highlights, { kind: 'claim', id: 'a' })).toBeNull();
});
