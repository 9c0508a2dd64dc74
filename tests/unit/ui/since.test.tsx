/**
 * "Since this article was published": the model (which events, in which order, which disputed
 * points moved on, roles then and now) and its rendering in the panel and on entity cards, in both
 * languages, with headings and lists a screen reader can walk.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EntityCard } from '../../../components/inpage/entity-card';
import { Panel } from '../../../components/inpage/panel';
import { roleThenNowText, SinceSection } from '../../../components/shared/since-section';
import type { PageReport } from '../../../lib/report/report';
import { eventsSince } from '../../../lib/analysis/since';
import { sinceStrings } from '../../../lib/i18n/strings/since';
import { buildSinceView, isAfterDay, rolesThenAndNow } from '../../../lib/present/since-model';
import { NOEM, PACK, REPORT } from '../support/inpage-pack';

/** The fixture report as the analysis would make it for an article published on `published`. */
function dated(published: string | null, extra: Partial<PageReport> = {}): PageReport {
  return {
    ...REPORT,
    published,
    ...(published ? { since: eventsSince(PACK.timeline, published) } : {}),
    ...extra,
  };
}

const LATER_NOW = new Date('2026-11-29T12:00:00Z');

describe('the model', () => {
  test('a day is after another only when all of it is: partial dates that may overlap are not', () => {
    expect(isAfterDay('2025-03-28', '2025-03-27')).toBe(true);
    expect(isAfterDay('2025-03-27', '2025-03-27')).toBe(false);
    expect(isAfterDay('2025-03', '2025-03-27')).toBe(false);
    expect(isAfterDay('2025-04', '2025-03-27')).toBe(true);
    expect(isAfterDay('2025', '2025-03-27')).toBe(false);
  });

  test('off topic: nothing; on topic without a date: "undated", with no events and no claims', () => {
    const off = buildSinceView(dated('2025-03-20', { topic: { ...REPORT.topic, onTopic: false } }), PACK);
    expect(off).toMatchObject({ state: 'off-topic', events: [], changedClaims: [] });
    const undated = buildSinceView(dated(null), PACK);
    expect(undated).toMatchObject({
      state: 'undated',
      published: null,
      newerThanPack: false,
      events: [],
      changedClaims: [],
    });
    // A report whose date is not read yet (a page's first draw comes before it) says nothing yet:
    // not "date unknown", which the date read a moment later may contradict.
    expect(buildSinceView({ ...REPORT, published: undefined }, PACK)).toMatchObject({
      state: 'unread',
      events: [],
      changedClaims: [],
    });
  });

  test('events after the day, those sharing most names with the page first, ties in date order', () => {
    const view = buildSinceView(dated('2025-03-20'), PACK);
    expect(view.state).toBe('dated');
    // ev-3 names Noem and CECOT (both on the page); ev-4 and ev-5 name Noem; ev-6 only DHS (not on the page).
    expect(view.events.map((e) => e.id)).toEqual(['ev-3', 'ev-4', 'ev-5', 'ev-6']);
    expect(view.newerThanPack).toBe(false);
  });

  test('an event on the day a disputed point on the page changed status counts more', () => {
    const pack = {
      ...PACK,
      timeline: [
        ...PACK.timeline,
        {
          id: 'ev-7',
          date: '2025-11-12',
          approximate: false,
          text: { en: 'Report.', es: 'Informe.' },
          sources: ['ap-out'],
          related: [],
        },
      ],
    };
    const report = { ...dated('2025-03-20'), since: eventsSince(pack.timeline, '2025-03-20') };
    expect(buildSinceView(report, pack).events.map((e) => e.id)).toEqual(['ev-3', 'ev-7', 'ev-4', 'ev-5', 'ev-6']);
  });

  test('which events are "after" is the analysis’s list (the CLI’s `since`), not decided again', () => {
    const view = buildSinceView(
      dated('2025-03-20', {
        since: [
          { id: 'ev-5', date: '2026-03-05' },
          { id: 'gone', date: '2026-04-01' },
        ],
      }),
      PACK,
    );
    expect(view.events.map((e) => e.id)).toEqual(['ev-5']);
  });

  test('the day of the article itself, and a month it falls in, are not "since"', () => {
    expect(buildSinceView(dated('2025-03-26'), PACK).events.map((e) => e.id)).not.toContain('ev-3');
    expect(buildSinceView(dated('2025-07-15'), PACK).events.map((e) => e.id)).toEqual(['ev-5']);
  });

  test('disputed points on the page whose status was set later, with the positions stated since', () => {
    const view = buildSinceView(dated('2025-03-20'), PACK);
    expect(view.changedClaims.map((c) => c.claim.id)).toEqual(['cecot-conditions']);
    expect(view.changedClaims[0].laterPositions.map((p) => p.holder.en)).toEqual(['Human rights groups']);
    // After the status date, nothing moved on.
    expect(buildSinceView(dated('2025-11-12'), PACK).changedClaims).toEqual([]);
    // A claim not found on the page is not listed, whatever its date.
    expect(buildSinceView(dated('2025-03-20', { disputed: [] }), PACK).changedClaims).toEqual([]);
  });

  test('newer than the pack’s review: said, and nothing listed', () => {
    const view = buildSinceView(dated('2026-03-16'), PACK);
    expect(view).toMatchObject({ state: 'dated', newerThanPack: true, events: [], changedClaims: [] });
    expect(buildSinceView(dated('2026-03-15'), PACK).newerThanPack).toBe(false);
  });

  test('roles then and now', () => {
    // Secretary then, over now, and a new role since.
    const change = rolesThenAndNow(NOEM, '2025-03-27', LATER_NOW)!;
    expect(change.then.map((r) => r.title.en)).toEqual(['Secretary of Homeland Security']);
    expect(change.ended).toEqual(change.then);
    expect(change.now.map((r) => r.title.en)).toEqual(['Special Envoy']);
    // Before the change happened: nothing to say.
    expect(rolesThenAndNow(NOEM, '2025-03-27', new Date('2026-03-15T12:00:00Z'))).toBeNull();
    // Published after the change: the role then is the role now.
    expect(rolesThenAndNow(NOEM, '2026-04-02', LATER_NOW)).toBeNull();
    expect(rolesThenAndNow(NOEM, null, LATER_NOW)).toBeNull();
    expect(rolesThenAndNow({ ...NOEM, roles: [] }, '2025-03-27', LATER_NOW)).toBeNull();
  });

  test('the role line reads as one sentence in the dataset text’s language', () => {
    const change = rolesThenAndNow(NOEM, '2025-03-27', LATER_NOW)!;
    expect(roleThenNowText('en', change)).toBe(
      'Secretary of Homeland Security when this article was published, until Mar 31, 2026; since Mar 31, 2026, Special Envoy',
    );
    expect(roleThenNowText('es', change)).toBe(
      'Secretaria de Seguridad Nacional cuando se publicó este artículo, hasta 31 mar 2026; desde 31 mar 2026, Special Envoy (es)',
    );
    // Someone who had no role then: only what came since, capitalised.
    expect(roleThenNowText('en', { then: [], ended: [], now: [NOEM.roles[1]] })).toBe(
      'Since Mar 31, 2026, Special Envoy',
    );
  });
});

describe('strings', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const keys = Object.keys(sinceStrings.en) as (keyof typeof sinceStrings.en)[];
  test('English and Spanish have the same keys', () => {
    expect(Object.keys(sinceStrings.es).sort()).toEqual([...keys].sort());
  });
  test.each(keys)('%s is translated with the same placeholders', (key) => {
    expect(sinceStrings.es[key].trim()).not.toBe('');
    expect(placeholders(sinceStrings.es[key])).toEqual(placeholders(sinceStrings.en[key]));
  });
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function renderSection(given: PageReport, lang: 'en' | 'es' = 'en', pack = PACK) {
  const report = given.published ? { ...given, since: eventsSince(pack.timeline, given.published) } : given;
  render(
    <SinceSection
      view={buildSinceView(report, pack)}
      pack={pack}
      lang={lang}
      contentLang={lang}
      headingLevel={3}
      idPrefix="t"
    />,
    root,
  );
}

/** The fixture pack with ten events after 2025-03-20, so "Show all" has something to show. */
const BIG = {
  ...PACK,
  timeline: [
    ...PACK.timeline,
    ...[1, 2, 3, 4, 5, 6].map((n) => ({
      id: `ev-x${n}`,
      date: `2025-1${n % 3}-0${n}`,
      approximate: false,
      text: { en: `Extra event ${n}.`, es: `Hecho extra ${n}.` },
      sources: ['ap-out'],
      related: [],
    })),
  ],
};

describe('the section', () => {
  test('a dated article: heading, date, later events with date and sources, and the disputed points that moved on', () => {
    renderSection(dated('2025-03-20'));
    const section = root.querySelector('section.bs-since')!;
    expect(section.getAttribute('aria-labelledby')).toBe('t-since-title');
    expect(text(root.querySelector('h3#t-since-title'))).toBe('Since this article was published');
    expect(text(root.querySelector('.bs-since__date'))).toBe('This article was published on Mar 20, 2025.');
    expect([...root.querySelectorAll('h4')].map(text)).toEqual([
      '4 later events',
      'Disputed points that have moved on',
    ]);
    const events = [...root.querySelectorAll('.bs-since__events li.bs-timeline__event')];
    expect(events.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual([
      '2025-03-26',
      '2025-07',
      '2026-03-05',
      '2025-05',
    ]);
    for (const li of events) expect(li.querySelector('.bs-sources')).not.toBeNull();
    const claim = root.querySelector('.bs-since__claims > li[data-claim="cecot-conditions"]')!;
    expect(text(claim.querySelector('.bs-since__claim-title'))).toBe('Are conditions in CECOT humane?');
    expect(text(claim.querySelector('.bs-since__status'))).toBe('Status (Nov 12, 2025): Disputed.');
    expect(text(claim)).toContain('No independent inspection has been allowed.');
    expect(text(claim.querySelector('.bs-since__positions'))).toContain(
      'Human rights groups, Nov 12, 2025: Report abuse',
    );
    expect(text(claim.querySelector('.bs-since__positions'))).not.toContain('Government of El Salvador');
    expect(root.querySelector('[data-testid="since-newer-than-pack"]')).toBeNull();
  });

  test('"Show all" is a button that says whether the list is expanded, and shows every event', async () => {
    renderSection(dated('2025-03-20'), 'en', BIG);
    const events = () => root.querySelectorAll('.bs-since__events li.bs-timeline__event').length;
    expect(text(root.querySelector('h4'))).toBe('10 later events');
    expect(events()).toBe(4);
    const more = root.querySelector<HTMLButtonElement>('button.bs-since__more')!;
    expect(more.getAttribute('type')).toBe('button');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${more.getAttribute('aria-controls')}`)).not.toBeNull();
    expect(text(more)).toBe('Show all 10');
    await act(() => more.click());
    expect(events()).toBe(10);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(text(more)).toBe('Show fewer');
  });

  test('an undated article: "date unknown", and no section, heading or list that could mislead', () => {
    renderSection(dated(null));
    expect(root.querySelector('section')).toBeNull();
    expect(root.querySelector('h3, h4, ol, ul')).toBeNull();
    expect(text(root)).toMatch(/^Publication date unknown/);
    expect(root.querySelector('[data-since="undated"]')).not.toBeNull();
  });

  test('the date not read yet: nothing at all', () => {
    renderSection({ ...REPORT, published: undefined });
    expect(root.innerHTML).toBe('');
  });

  test('off topic: nothing at all', () => {
    renderSection(dated('2025-03-20', { topic: { ...REPORT.topic, onTopic: false } }));
    expect(root.innerHTML).toBe('');
  });

  test('newer than the pack: says plainly that later developments may be missing', () => {
    renderSection(dated('2026-06-10'));
    expect(text(root.querySelector('[data-testid="since-newer-than-pack"]'))).toBe(
      'This article is newer than Backstory’s data, last reviewed on Mar 15, 2026: later developments may be missing.',
    );
    expect(root.querySelector('.bs-since__events')).toBeNull();
    expect(root.querySelector('[data-since="newer-than-pack"]')).not.toBeNull();
  });

  test('nothing later in the pack: says so rather than showing an empty list', () => {
    renderSection(dated('2026-03-10', { disputed: [] }));
    expect(text(root)).toContain('records nothing later than this article');
    expect(root.querySelector('ol, ul')).toBeNull();
  });

  test('in Spanish', async () => {
    renderSection(dated('2025-03-20'), 'es', BIG);
    expect(text(root.querySelector('h3'))).toBe('Desde que se publicó este artículo');
    expect(text(root.querySelector('.bs-since__date'))).toBe('Este artículo se publicó el 20 mar 2025.');
    expect([...root.querySelectorAll('h4')].map(text)).toEqual([
      '10 hechos posteriores',
      'Puntos en disputa que han cambiado',
    ]);
    expect(text(root.querySelector('.bs-since__status'))).toBe('Estado (12 nov 2025): En disputa.');
    expect(text(root.querySelector('button.bs-since__more'))).toBe('Ver los 10');
    render(null, root);
    renderSection(dated(null), 'es');
    expect(text(root)).toMatch(/^Fecha de publicación desconocida/);
    render(null, root);
    renderSection(dated('2026-06-10'), 'es');
    expect(text(root)).toContain('pueden faltar novedades');
  });
});

function renderPanel(report: PageReport, lang: 'en' | 'es' = 'en') {
  render(
    <Panel
      report={report}
      pack={PACK}
      lang={lang}
      contentLang={lang}
      highlightsDrawn
      shortcut="Alt+Shift+B"
      focusKey={null}
      focusSeq={1}
      onChoose={() => {}}
      onClose={() => {}}
    />,
    root,
  );
}

describe('in the reading panel', () => {
  test('after the disputed points, an h3 section like its neighbours; the story so far stops at the article', () => {
    renderPanel(dated('2025-03-20'));
    const titles = [...root.querySelectorAll('.bs-panel h3')].map(text);
    const at = titles.indexOf('Since this article was published');
    expect(at).toBeGreaterThan(titles.findIndex((t) => t.startsWith('Disputed')));
    expect(titles.indexOf('The story so far')).toBeGreaterThan(at);
    const story = root.querySelector('.bs-story')!;
    const storyDates = [...story.querySelectorAll('.bs-timeline__event > time')].map((t) => t.getAttribute('datetime'));
    expect(storyDates).toEqual(['2025-01-25', '2025-03-15']);
    expect(root.querySelector('.bs-since.bs-group')).not.toBeNull();
  });

  test('an undated page: the date-unknown line, no since section, the story so far whole', () => {
    renderPanel(dated(null));
    expect(root.querySelector('.bs-since')).toBeNull();
    expect(root.querySelector('[data-since="undated"]')).not.toBeNull();
    expect(root.querySelector('.bs-story')!.querySelectorAll('.bs-timeline__event > time').length).toBe(5);
  });
});

function renderCard(report: PageReport, contentLang: 'en' | 'es' = 'en') {
  render(
    <EntityCard
      entity={NOEM}
      pack={PACK}
      report={report}
      lang={contentLang}
      contentLang={contentLang}
      now={LATER_NOW}
      titleId="c"
      onClose={() => {}}
      onOpenEntity={() => {}}
    />,
    root,
  );
}

describe('on an entity card', () => {
  test('the role then and now, under the roles, when the article predates a change', () => {
    renderCard(dated('2025-03-27'));
    const line = root.querySelector('[data-testid="role-then-now"]')!;
    expect(text(line)).toBe(
      'Secretary of Homeland Security when this article was published, until Mar 31, 2026; since Mar 31, 2026, Special Envoy',
    );
    expect(line.getAttribute('lang')).toBe('en');
    expect(line.previousElementSibling?.classList.contains('bs-roles')).toBe(true);
  });

  test('nothing when the date is unknown, when nothing changed since, or off topic', () => {
    renderCard(dated(null));
    expect(root.querySelector('[data-testid="role-then-now"]')).toBeNull();
    renderCard(dated('2026-04-02'));
    expect(root.querySelector('[data-testid="role-then-now"]')).toBeNull();
    renderCard(dated('2025-03-27', { topic: { ...REPORT.topic, onTopic: false } }));
    expect(root.querySelector('[data-testid="role-then-now"]')).toBeNull();
  });

  test('in Spanish', () => {
    renderCard(dated('2025-03-27'), 'es');
    expect(text(root.querySelector('[data-testid="role-then-now"]'))).toMatch(
      /^Secretaria de Seguridad Nacional cuando se publicó este artículo, hasta 31 mar 2026; desde 31 mar 2026/,
    );
  });
});
