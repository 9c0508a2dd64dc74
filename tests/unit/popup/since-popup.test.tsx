/**
 * The popup's "Since this article was published": drawn from the tab report the background keeps
 * (`published` and the analysis's `since` ids), in both languages, with headings a screen reader
 * can walk and a real button for "Show all".
 */
import { describe, expect, test, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import type { PopupServices } from '../../../components/popup/popup-services';
import { eventsSince } from '../../../lib/analysis/since';
import { isTabReport } from '../../../lib/messages/protocol';
import { makePack, onTopicReport, tabReport, TIMELINE } from '../support/popup-pack';
import { axeViolations, click, headings, mount } from '../support/preact-render';

const curated = [{ name: 'AP News', domain: 'apnews.com', lang: 'en' }];

function renderWith(published: string | null, uiLanguage = 'en-US') {
  // The popup speaks the page's language once it has a report: a Spanish reader here reads a Spanish page.
  const lang = uiLanguage.startsWith('es') ? ('es' as const) : ('en' as const);
  const report = {
    ...onTopicReport(),
    lang,
    published,
    ...(published ? { since: eventsSince(TIMELINE, published) } : {}),
  };
  const tab = tabReport(report);
  expect(isTabReport(tab)).toBe(true);
  const services: PopupServices = {
    activeTab: vi.fn(async () => ({ id: 7, url: 'https://apnews.com/article/x' })),
    getReport: vi.fn(async () => tab),
    scan: vi.fn(async () => null),
    togglePanel: vi.fn(async () => undefined),
    uiLanguage: () => uiLanguage,
    openOptions: vi.fn(),
  };
  return mount(<PopupApp pack={makePack()} services={services} curatedSites={curated} />);
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('popup: since this article was published', () => {
  test('an old article: an h2 section after the disputed points, later events with sources, the status that moved on', async () => {
    const root = await renderWith('2025-03-20');
    expect(headings(root, 'h2')).toEqual([
      'This page',
      'Disputed points (1)',
      'Since this article was published',
      'Key dates in the story',
      'Names from the dataset (3)',
    ]);
    const section = root.querySelector('section.bs-since')!;
    expect(text(section.querySelector('.bs-since__date'))).toBe('This article was published on Mar 20, 2025.');
    expect(headings(section, 'h3')).toEqual(['6 later events', 'Disputed points that have moved on']);
    // e05 names two entities found on the page: first; the rest in date order.
    const dates = () =>
      [...section.querySelectorAll('.bs-timeline__event > time')].map((t) => t.getAttribute('datetime'));
    expect(dates()).toEqual(['2025-03-26', '2025-04-07', '2025-04-16', '2025-05']);
    expect(section.querySelectorAll('.bs-timeline__event .bs-sources').length).toBe(4);
    const more = section.querySelector('button.bs-since__more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await click(more);
    expect(dates()).toEqual(['2025-03-26', '2025-04-07', '2025-04-16', '2025-05', '2025-06-06', '2025-07-18']);
    expect(text(section.querySelector('[data-claim="gang-membership"] .bs-since__status'))).toBe(
      'Status (Apr 1, 2025): Disputed.',
    );
    // Key dates stop at the article: nothing after 20 March 2025 is repeated there.
    const keyDates = [
      ...root.querySelectorAll('section[aria-labelledby="timeline-heading"] .bs-timeline__event > time'),
    ].map((t) => t.getAttribute('datetime')!);
    expect(keyDates.every((d) => d <= '2025-03-20')).toBe(true);
    expect(await axeViolations(root)).toEqual([]);
  });

  test('an undated article: "date unknown", no since section', async () => {
    const root = await renderWith(null);
    expect(root.querySelector('.bs-since')).toBeNull();
    expect(headings(root, 'h2')).not.toContain('Since this article was published');
    expect(text(root.querySelector('[data-since="undated"]'))).toMatch(/^Publication date unknown/);
  });

  test('newer than the pack: the plain notice, no events', async () => {
    const root = await renderWith('2026-04-01');
    expect(text(root.querySelector('[data-testid="since-newer-than-pack"]'))).toBe(
      'This article is newer than Backstory’s data, last reviewed on Mar 15, 2026: later developments may be missing.',
    );
    expect(root.querySelector('.bs-since__events')).toBeNull();
  });

  test('in Spanish', async () => {
    const root = await renderWith('2025-03-20', 'es-ES');
    expect(headings(root, 'h2')).toContain('Desde que se publicó este artículo');
    expect(text(root.querySelector('.bs-since__date'))).toBe('Este artículo se publicó el 20 mar 2025.');
    expect(text(root.querySelector('button.bs-since__more'))).toBe('Ver los 6');
  });
});
