import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { hitTest, pickInnermost } from '../../../lib/inpage/hit-test';
import type { HighlightItem } from '../../../lib/dom/highlight';
import { buildPage } from '../support/inpage-pack';

type Caret = { offsetNode: Node; offset: number } | null;

let caret: Caret = null;
let rects: DOMRect[] = [];
/** Per-range rectangles by the range's text; ranges not named here get `rects`. */
let rectsByText: Record<string, DOMRect[]> = {};

beforeEach(() => {
  document.body.innerHTML = '';
  caret = null;
  rects = [new DOMRect(0, 0, 500, 20)];
  rectsByText = {};
  (document as unknown as { caretPositionFromPoint: () => Caret }).caretPositionFromPoint = () => caret;
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return (rectsByText[this.toString()] ?? rects) as unknown as DOMRectList;
  });
});

afterEach(() => {
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  highlightsApi = undefined;
  vi.restoreAllMocks();
});

let highlightsApi: unknown = undefined;
const idsAt = (items: readonly HighlightItem[]) =>
  hitTest(items, 10, 10, document, { CSS: { highlights: highlightsApi } } as unknown as Window & typeof globalThis);

test.each([
  ['inside "Kristi Noem"', 0, 3, 'kristi-noem'],
  ['at the end of "Kristi Noem"', 0, 11, 'kristi-noem'],
  ['on "toured", outside any highlight', 0, 14, null],
  ['on "CECOT"', 0, 21, 'cecot'],
  ['on "Noem" inside the disputed sentence: the entity wins', 1, 2, 'kristi-noem'],
  ['on "later" inside the disputed sentence: the sentence', 1, 7, 'cecot-conditions'],
  ['in the third paragraph, outside any highlight', 2, 30, null],
])('caret %s → %s', (_name, paragraph, offset, expected) => {
  const { paragraphs, highlights } = buildPage(document);
  caret = { offsetNode: paragraphs[paragraph].firstChild!, offset };
  expect(idsAt(highlights.items)?.id ?? null).toBe(expected);
});

test('a caret that snapped to text from the margin is not a hit', () => {
  const { paragraphs, highlights } = buildPage(document);
  caret = { offsetNode: paragraphs[0].firstChild!, offset: 3 };
  rects = [new DOMRect(100, 100, 50, 20)];
  expect(idsAt(highlights.items)).toBeNull();
});

test("no caret API: the ranges' own rectangles decide, without error", () => {
  const { highlights } = buildPage(document);
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  rects = [new DOMRect(300, 300, 50, 20)];
  expect(idsAt(highlights.items)).toBeNull();
  rectsByText = { CECOT: [new DOMRect(0, 0, 40, 20)] };
  expect(idsAt(highlights.items)?.id).toBe('cecot');
});

test('highlightsFromPoint returning nothing is not final: the caret decides (HiDPI Chromium)', () => {
  const { paragraphs, highlights } = buildPage(document);
  caret = { offsetNode: paragraphs[0].firstChild!, offset: 3 };
  highlightsApi = { highlightsFromPoint: () => [] };
  expect(idsAt(highlights.items)?.id).toBe('kristi-noem');
  caret = { offsetNode: paragraphs[0].firstChild!, offset: 14 };
  expect(idsAt(highlights.items)).toBeNull();
});

test('highlightsFromPoint naming a highlight whose rectangles miss the point is overruled', () => {
  const { paragraphs, highlights } = buildPage(document);
  const sentence = highlights.items.find((i) => i.kind === 'disputed')!;
  // The API answered for a scaled point: the disputed sentence, which lies elsewhere on screen.
  const live = document.createRange();
  live.setStart(sentence.range.startContainer, sentence.range.startOffset);
  live.setEnd(sentence.range.endContainer, sentence.range.endOffset);
  rectsByText = { [live.toString()]: [new DOMRect(0, 400, 500, 20)] };
  highlightsApi = { highlightsFromPoint: () => [{ highlight: {}, ranges: [sentence.range] }] };
  caret = { offsetNode: paragraphs[0].firstChild!, offset: 3 };
  expect(idsAt(highlights.items)?.id).toBe('kristi-noem');
});

test('highlightsFromPoint ranges map back to items by identity', () => {
  const { highlights } = buildPage(document);
  const cecot = highlights.items.find((i) => i.id === 'cecot')!;
  const sentence = highlights.items.find((i) => i.kind === 'disputed')!;
  highlightsApi = {
    highlightsFromPoint: () => [
      { highlight: {}, ranges: [sentence.range] },
      { highlight: {}, ranges: [cecot.range] },
    ],
  };
  expect(idsAt(highlights.items)?.id).toBe('cecot');
});

test('pickInnermost prefers entities, then the shortest span', () => {
  const r = {} as StaticRange;
  const items: HighlightItem[] = [
    { kind: 'disputed', id: 'd', start: 0, end: 5, range: r },
    { kind: 'person', id: 'long', start: 0, end: 30, range: r },
    { kind: 'person', id: 'short', start: 0, end: 10, range: r },
  ];
  expect(pickInnermost(items)?.id).toBe('short');
});
