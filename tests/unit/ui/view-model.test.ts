import { describe, expect, test } from 'vitest';
import {
  buildPanelGroups,
  contentLanguage,
  packLabel,
  surfaceLanguage,
  countFound,
  matchedAliases,
  selectFacts,
  selectRoles,
  selectTimeline,
} from '../../../lib/present/view-model';
import { NOEM, PACK, REPORT } from '../support/inpage-pack';

describe('panel groups', () => {
  test('groups in a fixed order, each in reading order, empty groups left out', () => {
    const groups = buildPanelGroups(REPORT);
    expect(groups.map((g) => g.id)).toEqual(['people', 'places', 'laws', 'disputed']);
    expect(groups[0].items.map((i) => i.target.id)).toEqual(['kristi-noem', 'nayib-bukele']);
    expect(groups[0].items[0].count).toBe(2);
  });

  test('several passages of one disputed point are one row, quoting the first', () => {
    const report = {
      ...REPORT,
      disputed: [{ ...REPORT.disputed[0], start: 200, end: 260, text: 'Later passage.' }, REPORT.disputed[0]],
    };
    const disputed = buildPanelGroups(report).find((g) => g.id === 'disputed')!;
    expect(disputed.items).toHaveLength(1);
    expect(disputed.items[0].count).toBe(2);
    expect(disputed.items[0].excerpt).toBe(REPORT.disputed[0].text);
    expect(countFound(report)).toEqual({ entities: 4, disputed: 1 });
  });

  test('entities without mentions are not listed or counted', () => {
    const report = {
      ...REPORT,
      entities: [...REPORT.entities, { id: 'dhs', name: 'DHS', type: 'organization' as const, mentions: [] }],
    };
    expect(buildPanelGroups(report).some((g) => g.id === 'organizations')).toBe(false);
    expect(countFound(report).entities).toBe(4);
  });
});

describe('roles', () => {
  test.each([
    ['2026-03-15', ['Secretary of Homeland Security'], [false]],
    ['2026-03-31', ['Special Envoy', 'Secretary of Homeland Security'], [false, false]],
    ['2026-04-02', ['Special Envoy', 'Secretary of Homeland Security'], [false, true]],
  ])('on %s the roles read %j, former=%j (a role not yet begun is left out)', (day, titles, former) => {
    const views = selectRoles(NOEM, new Date(`${day}T12:00:00Z`));
    expect(views.map((v) => v.role.title.en)).toEqual(titles);
    expect(views.map((v) => v.former)).toEqual(former);
  });
});

test('key facts: the five most recent, oldest first', () => {
  const facts = selectFacts(NOEM);
  expect(facts).toHaveLength(5);
  expect(facts.map((f) => f.date)).toEqual(['2019', '2025-01-25', '2025-03-26', '2025-03-31', '2026-03-05']);
});

test('timeline excerpt: the four most recent events that involve the entity, oldest first', () => {
  expect(selectTimeline(PACK, 'kristi-noem').map((e) => e.id)).toEqual(['ev-2', 'ev-3', 'ev-4', 'ev-5']);
  expect(selectTimeline(PACK, 'nayib-bukele')).toEqual([]);
});

test.each([
  [undefined, ['Kristi Noem', 'Noem']],
  [35, ['Noem', 'Kristi Noem']],
])('why highlighted: hovered mention at %s first → %j', (hovered, aliases) => {
  expect(matchedAliases(REPORT, 'kristi-noem', hovered)).toEqual({ aliases, count: 2 });
});

test.each([
  ['es', 'es'],
  ['en', 'en'],
] as const)('dataset text follows the labels: UI %s → dataset text in %s', (ui, expected) => {
  expect(contentLanguage(PACK, ui)).toBe(expected);
});

test.each([
  // One rule for the page's labels and its dataset text (the options' help states it).
  ['page', 'es', 'en', 'es'],
  ['page', 'es-MX', 'en', 'es'],
  ['page', 'fr', 'es', 'en'],
  ['page', null, 'es-ES', 'es'],
  ['browser', 'es', 'en-US', 'en'],
  ['en', 'es', 'es', 'en'],
  ['es', 'en', 'en', 'es'],
] as const)('card language %s, page %s, browser %s → everything in %s', (choice, page, browser, expected) => {
  expect(surfaceLanguage(choice, page, browser)).toBe(expected);
});

test('panel rows are relabelled in the surface language from the pack', () => {
  const groups = buildPanelGroups(REPORT, packLabel(PACK, 'es'));
  for (const g of groups) {
    for (const item of g.items) {
      const label = packLabel(PACK, 'es')(item.target);
      if (label) expect(item.label).toBe(label);
    }
  }
});
