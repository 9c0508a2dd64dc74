import { describe, expect, test } from 'vitest';
import { isOwnSender, isTabRef, isTabReport } from '../../lib/messages/protocol';

const valid = {
  url: 'https://apnews.com/a',
  highlightCount: 0,
  at: 0,
  report: { article: true, lang: 'en', topic: { id: 'cecot' }, entities: [], disputed: [] },
};

describe('message guards', () => {
  test.each([
    ['a well-formed report', valid, true],
    ['null', null, false],
    ['a string', 'report', false],
    ['a report without entities', { ...valid, report: { ...valid.report, entities: undefined } }, false],
    ['a count that is not a number', { ...valid, highlightCount: '3' }, false],
    [
      'a report with its publication day and later events',
      { ...valid, report: { ...valid.report, published: '2025-03-27', since: [{ id: 'e1', date: '2025-07' }] } },
      true,
    ],
    ['a report whose date is unknown', { ...valid, report: { ...valid.report, published: null } }, true],
    ['a publication date that is not a day', { ...valid, report: { ...valid.report, published: 'March 27' } }, false],
    [
      'later events that are not ids',
      { ...valid, report: { ...valid.report, published: '2025-03-27', since: ['e1'] } },
      false,
    ],
  ])('isTabReport: %s → %s', (_, value, expected) => {
    expect(isTabReport(value)).toBe(expected);
  });

  test.each([
    [{ tabId: 4 }, true],
    [{ tabId: -1 }, false],
    [{ tabId: 1.5 }, false],
    [{ tabId: '4' }, false],
    [undefined, false],
  ])('isTabRef(%j) → %s', (value, expected) => {
    expect(isTabRef(value)).toBe(expected);
  });

  test.each([
    [{ id: 'own' }, true],
    [{ id: 'other-extension' }, false],
    [{}, false],
    [undefined, false],
  ])('isOwnSender(%j) → %s', (sender, expected) => {
    expect(isOwnSender(sender, 'own')).toBe(expected);
  });
});
