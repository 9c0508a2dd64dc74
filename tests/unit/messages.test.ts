import { describe, expect, test } from 'vitest';
import { isOwnSender, isTabRef, isTabReport } from '../../lib/messages';

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
