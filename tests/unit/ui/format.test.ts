import { describe, expect, test } from 'vitest';
import { endOfIsoDate, formatIsoDate, formatPeriod, hasEnded, isSafeLink } from '../../../lib/present/format';
import { inPageStrings } from '../../../lib/i18n/strings/inpage';
import { translator } from '../../../lib/i18n/translate';

const { plural } = translator(inPageStrings);

describe('formatIsoDate', () => {
  test.each([
    ['2025-03-16', 'en', 'Mar 16, 2025'],
    ['2025-03', 'en', 'Mar 2025'],
    ['2025', 'en', '2025'],
    ['2025-03-16', 'es', '16 mar 2025'],
    ['2025-01-01', 'en', 'Jan 1, 2025'],
    ['not a date', 'en', 'not a date'],
  ] as const)('%s in %s reads %s (no invented precision, no time-zone shift)', (iso, lang, expected) => {
    expect(formatIsoDate(iso, lang)).toBe(expected);
  });

  test('a period joins both ends', () => {
    expect(formatPeriod('2025-01-25', '2026-03', 'en')).toBe('Jan 25, 2025 – Mar 2026');
    expect(formatPeriod('2025-01-25', undefined, 'en')).toBe('Jan 25, 2025');
  });
});

describe('hasEnded', () => {
  const now = new Date('2026-03-20T12:00:00Z');
  test.each([
    [undefined, false, 'no end date: still held'],
    ['2026-03-19', true, 'ended yesterday'],
    ['2026-03-20', false, 'ends today'],
    ['2026-03', false, 'ends some time this month'],
    ['2026-02', true, 'ended last month'],
    ['2025', true, 'ended last year'],
    ['2026', false, 'ends this year'],
  ])('to=%s → %s (%s)', (to, expected, _why) => {
    expect(hasEnded(to, now)).toBe(expected);
  });

  test('end of a month-precision date is its last millisecond', () => {
    expect(new Date(endOfIsoDate('2024-02')).toISOString()).toBe('2024-02-29T23:59:59.999Z');
  });
});

describe('isSafeLink', () => {
  test.each([
    ['https://apnews.com/x', true],
    ['http://apnews.com/x', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['https:', false],
    ['HTTPS://APNEWS.COM', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeLink(url)).toBe(expected);
  });
});

describe('plural', () => {
  test.each([
    ['en', 1, '1 disputed point'],
    ['en', 3, '3 disputed points'],
    ['en', 0, '0 disputed points'],
    ['es', 1, '1 punto en disputa'],
    ['es', 2, '2 puntos en disputa'],
  ] as const)('%s %d → %s', (lang, n, expected) => {
    expect(plural(lang, 'launcher.disputed', n)).toBe(expected);
  });
});
