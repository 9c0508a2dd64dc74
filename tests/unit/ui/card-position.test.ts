import fc from 'fast-check';
import { expect, test } from 'vitest';
import { placeCard, type Box } from '../../../lib/inpage/card-position';

const VIEWPORT: Box = { left: 0, top: 0, right: 1200, bottom: 800 };
const line = (left: number, top: number, width = 80, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const CARD = { width: 380, height: 300 };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test.each([
  ['text near the top: card below it', [line(100, 100)], 'below', 126],
  ['text near the bottom: card above it', [line(100, 700)], 'above', 394],
  ['text mid-screen with room below: below', [line(100, 300)], 'below', 326],
])('%s', (_name, anchors, side, top) => {
  const p = placeCard(anchors, CARD, VIEWPORT);
  expect(p.side).toBe(side);
  expect(p.top).toBe(top);
});

test('no room above or below: beside the text', () => {
  const tall = { width: 380, height: 600 };
  const p = placeCard([line(100, 380)], tall, VIEWPORT);
  expect(p.side).toBe('right');
  expect(p.left).toBeGreaterThanOrEqual(186);
});

test('no room anywhere whole: the roomier side, scrolling', () => {
  const p = placeCard([line(0, 200, 1200)], { width: 380, height: 900 }, VIEWPORT);
  expect(p.side).toBe('below');
  expect(p.maxHeight).toBe(800 - 8 - 226);
});

test('a card near the right edge is pulled back inside', () => {
  const p = placeCard([line(1150, 100, 40)], CARD, VIEWPORT);
  expect(p.left + CARD.width).toBeLessThanOrEqual(1192);
});

test('unknown position: centred near the top', () => {
  expect(placeCard([], CARD, VIEWPORT)).toMatchObject({ side: 'center', left: 410, top: 8 });
});

test('property: a card never covers the line it explains and stays in the viewport', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1150 }),
      fc.integer({ min: 0, max: 770 }),
      fc.integer({ min: 10, max: 400 }),
      fc.integer({ min: 120, max: 700 }),
      fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
      (x, y, w, h, px) => {
        const anchor = line(x, y, Math.min(w, 1200 - x), 20);
        const p = placeCard([anchor], { width: 380, height: h }, VIEWPORT, {
          pointer: px === undefined ? undefined : { x: px, y: y + 10 },
        });
        const shown = Math.min(h, p.maxHeight);
        const card = { left: p.left, top: p.top, right: p.left + 380, bottom: p.top + shown };
        expect(overlaps(card, anchor)).toBe(false);
        expect(card.left).toBeGreaterThanOrEqual(0);
        expect(card.right).toBeLessThanOrEqual(1200);
        expect(card.top).toBeGreaterThanOrEqual(0);
        expect(card.bottom).toBeLessThanOrEqual(800);
      },
    ),
    { numRuns: 500 },
  );
});
