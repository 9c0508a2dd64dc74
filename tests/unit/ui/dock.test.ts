import { expect, test } from 'vitest';
import { dockMode, PANEL_WIDTH, pushPage } from '../../../lib/inpage/dock';

test.each([
  // A 700 px centred column: gutters of 290 px at 1280 and 333 at 1366, both narrower than the panel.
  [1280, { left: 290, right: 990 }, 'push'],
  [1366, { left: 333, right: 1033 }, 'push'],
  // At 1920 the gutter holds the panel.
  [1920, { left: 610, right: 1310 }, 'overlay'],
  // A narrow window: the panel overlays (choosing an item closes it).
  [600, { left: 10, right: 590 }, 'overlay'],
  // Nothing measured: nothing to keep clear of.
  [1280, null, 'overlay'],
] as const)('window %s px, column %j → %s', (width, column, mode) => {
  expect(dockMode(width, column, PANEL_WIDTH, 720)).toBe(mode);
});

test('pushing the page restores its own inline margin afterwards', () => {
  document.documentElement.style.setProperty('margin-right', '12px');
  const undo = pushPage(document, PANEL_WIDTH);
  expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('380px');
  expect(document.documentElement.style.getPropertyPriority('margin-right')).toBe('important');
  undo();
  expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('12px');
  document.documentElement.style.removeProperty('margin-right');
  pushPage(document, PANEL_WIDTH)();
  expect(document.documentElement.getAttribute('style') ?? '').not.toContain('margin');
});
