import { describe, expect, test } from 'vitest';
import { pageVerdict, popupLanguage } from '../../../components/popup/popup-model';
import { POPUP_STRINGS } from '../../../lib/i18n/strings/popup';
import { translator } from '../../../lib/i18n/translate';
import { pickKeyEvents } from '../../../lib/present/key-events';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import { extensionPageLanguage } from '../../../lib/settings/model';
import { TIMELINE, offTopicReport, onTopicReport } from '../support/popup-pack';

const { plural: pluralP } = translator(POPUP_STRINGS);

const ids = (events: TimelineEvent[]) => events.map((e) => e.id);

describe('pickKeyEvents', () => {
  test('keeps every event related to the page and fills the rest evenly, in date order', () => {
    const picked = pickKeyEvents(TIMELINE, onTopicReport(), 7);
    expect(picked).toHaveLength(7);
    expect(ids(picked)).toEqual(expect.arrayContaining(['e04', 'e05']));
    expect(ids(picked)).toEqual([...ids(picked)].sort());
    // The story's first and last events frame it.
    expect(ids(picked)[0]).toBe('e01');
    expect(ids(picked).at(-1)).toBe('e10');
  });

  test.each([
    ['no report', null, 6, ['e01', 'e03', 'e05', 'e06', 'e08', 'e10']],
    ['a page with nothing related', offTopicReport(), 2, ['e01', 'e10']],
    ['room for one', onTopicReport(), 1, ['e05']],
    ['more room than events', null, 20, TIMELINE.map((e) => e.id)],
  ])('with %s and max %i', (_, report, max, expected) => {
    expect(ids(pickKeyEvents(TIMELINE, report, max))).toEqual(expected);
  });

  test('an empty timeline gives nothing', () => {
    expect(pickKeyEvents([], onTopicReport())).toEqual([]);
  });
});

describe('languages', () => {
  test.each([
    ['page', 'en-US', 'en'],
    ['page', 'es-MX', 'es'],
    ['browser', 'es', 'es'],
    ['browser', 'fr-FR', 'en'],
    ['en', 'es-ES', 'en'],
    ['es', 'en-US', 'es'],
  ] as const)('card language %s with a %s browser: pages in %s', (setting, ui, expected) => {
    expect(extensionPageLanguage(setting, ui)).toBe(expected);
  });

  test.each([
    // The popup speaks the page's card language once it has the page's report: no mix of an
    // English frame around Spanish dataset text.
    ['page', 'en', 'es', 'es'],
    ['page', 'es', 'fr', 'en'],
    ['browser', 'en', 'es', 'en'],
    ['en', 'es', 'es', 'en'],
    ['es', 'en', 'en', 'es'],
  ] as const)('card language %s, browser %s, a %s article: the popup is in %s', (setting, ui, pageLang, expected) => {
    expect(popupLanguage(setting, ui, { ...onTopicReport(), lang: pageLang })).toBe(expected);
  });

  test("before a report, the popup uses the extension pages' language", () => {
    expect(popupLanguage('page', 'es-ES', null)).toBe('es');
    expect(popupLanguage('en', 'es-ES', null)).toBe('en');
  });
});

describe('wording', () => {
  test.each([
    [onTopicReport(), 'on-topic'],
    [offTopicReport(), 'off-topic'],
    [{ ...offTopicReport(), article: false }, 'not-article'],
  ] as const)('page verdict %#', (report, expected) => {
    expect(pageVerdict(report)).toBe(expected);
  });

  test.each([
    ['en', 1, '1 mention'],
    ['en', 0, '0 mentions'],
    ['es', 1, '1 mención'],
    ['es', 3, '3 menciones'],
  ] as const)('%s plural of %i', (lang, n, expected) => {
    expect(pluralP(lang, 'mentions', n)).toBe(expected);
  });
});
