import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/popup-app';
import type { PopupServices } from '../../../components/popup/popup-services';
import type { TabReport } from '../../../lib/messages/protocol';
import { defaultSettings } from '../../../lib/settings/model';
import { originsForSite } from '../../../lib/settings/sites';
import { getSettings, getSnoozedSites, setSettings } from '../../../lib/settings/store';
import { makePack, offTopicReport, onTopicReport, tabReport } from '../support/popup-pack';
import { axeViolations, button, buttons, click, headings, mount, settleRenders } from '../support/preact-render';

const curated = [{ name: 'AP News', domain: 'apnews.com', lang: 'en' }];

function services(overrides: Partial<PopupServices> & { url?: string } = {}): PopupServices {
  const { url = 'https://apnews.com/article/x', ...rest } = overrides;
  return {
    activeTab: vi.fn(async () => ({ id: 7, url })),
    getReport: vi.fn(async () => null),
    scan: vi.fn(async () => null),
    togglePanel: vi.fn(async () => undefined),
    uiLanguage: () => 'en-US',
    openOptions: vi.fn(),
    ...rest,
  };
}

function renderPopup(s: PopupServices) {
  return mount(<PopupApp pack={makePack()} services={s} curatedSites={curated} />);
}

const count = (root: Element) => root.querySelector('[data-testid="highlight-count"]')?.textContent;

describe('on a page about the story', () => {
  test('shows why it matched, the highlight count, names by group, disputed points and key dates', async () => {
    const s = services({ getReport: vi.fn(async () => tabReport(onTopicReport())) });
    const root = await renderPopup(s);
    expect(s.getReport).toHaveBeenCalledWith(7);
    expect(root.querySelector('[data-testid="topic-state"]')?.getAttribute('data-state')).toBe('on-topic');
    expect(count(root)).toBe('6');
    expect(root.textContent).toContain('6 highlights on this page');
    expect(headings(root, 'h2')).toEqual([
      'This page',
      'Disputed points (1)',
      'Key dates in the story',
      'Names from the dataset (3)',
    ]);
    expect(headings(root, '.entity-group h3')).toEqual(['People (1)', 'Places & facilities (1)', 'Laws & cases (1)']);
    const noem = root.querySelector('[data-entity="kristi-noem"]');
    expect(noem?.textContent).toContain('Kristi Noem');
    expect(noem?.textContent).toContain('2 mentions');
    expect(root.querySelector('[data-entity="cecot"]')?.textContent).toContain('1 mention');
    expect(root.textContent).toContain('Dataset version 1.2.3, as of');
  });

  test('the reasons are behind a disclosure that says whether it is open', async () => {
    const root = await renderPopup(services({ getReport: async () => tabReport(onTopicReport()) }));
    const why = button(root, 'Why it matched');
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).not.toContain('"CECOT" in the headline');
    await click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(why.getAttribute('aria-controls')!);
    expect(region?.hidden).toBe(false);
    expect([...region!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '"CECOT" in the headline',
      '"Alien Enemies Act" in the lead',
    ]);
  });

  test('a disputed point opens into the same content as its card, and closes again', async () => {
    const root = await renderPopup(services({ getReport: async () => tabReport(onTopicReport()) }));
    const point = button(root, 'Were the deportees gang members?');
    expect(point.closest('h3')).not.toBeNull();
    expect(point.textContent).toContain('2 passages');
    expect(point.getAttribute('aria-expanded')).toBe('false');
    await click(point);
    expect(point.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(point.getAttribute('aria-controls')!)!;
    expect(region.textContent).toContain('They were all gang members, officials said.');
    expect(region.textContent).toContain('The administration');
    expect(region.textContent).toContain('Families and lawyers');
    expect(region.querySelectorAll('.bs-position')).toHaveLength(2);
    // Sub-headings sit below the h3 that names the point.
    expect(region.querySelectorAll('h4').length).toBeGreaterThan(0);
    await click(point);
    expect(point.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
  });

  test('the key dates are at most seven, in date order, including those related to the page', async () => {
    const root = await renderPopup(services({ getReport: async () => tabReport(onTopicReport()) }));
    const dates = [...root.querySelectorAll('.bs-timeline__event > time')].map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBe(7);
    expect([...dates].sort()).toEqual(dates);
    expect(root.textContent).toContain('Event e04.');
    expect(root.textContent).toContain('Event e05.');
  });

  test('every control is a real button or link (keyboard reachable) with a name', async () => {
    const root = await renderPopup(services({ getReport: async () => tabReport(onTopicReport()) }));
    await click(button(root, 'Were the deportees gang members?'));
    for (const el of root.querySelectorAll('[onclick], [role="button"]')) {
      expect(el.tagName).toBe('BUTTON');
    }
    for (const b of root.querySelectorAll('button')) {
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
      expect(b.getAttribute('type')).toBe('button');
    }
    for (const a of root.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https:/);
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });
});

describe('when nothing was found', () => {
  test('an unlisted site: before a scan it claims nothing and offers no Pause; then progress, the result, and "Always run"', async () => {
    let finish!: (r: TabReport | null) => void;
    const scan = vi.fn(() => new Promise<TabReport | null>((resolve) => (finish = resolve)));
    const requestOrigins = vi.fn(async () => true);
    const root = await renderPopup(services({ url: 'https://example.com/news/story', scan, requestOrigins }));
    expect(headings(root, 'h2')).toEqual(['Not scanned yet']);
    expect(root.textContent).toContain('reads a page only when you ask');
    expect(root.textContent).not.toContain('found no article');
    expect(root.textContent).not.toContain('Pause');

    await click(button(root, 'Scan this page'));
    expect(scan).toHaveBeenCalledWith(7);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Scanning this page…');
    expect(root.querySelector('.popup')?.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).not.toContain('Scan this page');

    finish(tabReport(onTopicReport(), 'https://example.com/news/story', 4));
    await settleRenders();
    expect(root.querySelector('[data-testid="topic-state"]')?.getAttribute('data-state')).toBe('on-topic');
    expect(count(root)).toBe('4');
    expect(headings(root, 'h2')).toContain('Disputed points (1)');

    await click(button(root, 'Always run on example.com'));
    expect(requestOrigins).toHaveBeenCalledWith(originsForSite('example.com'));
    await settleRenders();
    expect(root.querySelector('[data-testid="always-run"]')?.textContent).toContain(
      'will now run on example.com by itself',
    );
    expect((await getSettings()).sites.always).toContain('example.com');
  });

  test('opened again after a scan on an unlisted site: the result and "Always run" are still there, and it says a reload ends the scan', async () => {
    const root = await renderPopup(
      services({
        url: 'https://example.com/news/story',
        getReport: async () => tabReport(onTopicReport(), 'https://example.com/news/story', 4),
        requestOrigins: vi.fn(async () => true),
      }),
    );
    expect(root.querySelector('[data-testid="topic-state"]')?.getAttribute('data-state')).toBe('on-topic');
    expect(buttons(root)).toContain('Always run on example.com');
    expect(root.querySelector('[data-testid="always-run"]')?.textContent).toContain(
      'lasts until you leave or reload the page',
    );
  });

  test('no "Always run" offer where Backstory already runs by itself', async () => {
    const root = await renderPopup(
      services({ getReport: async () => tabReport(onTopicReport()), requestOrigins: vi.fn(async () => true) }),
    );
    expect(root.querySelector('[data-testid="always-run"]')).toBeNull();
  });

  test('on a listed outlet it says it looked and found nothing; scanning again is the quiet action', async () => {
    const root = await renderPopup(services());
    expect(root.textContent).toContain('looked at this page and found no article about this story');
    const again = button(root, 'Scan again');
    expect(again.className).toContain('button-quiet');
  });

  test('a scan that finds nothing says so and offers to try again', async () => {
    const root = await renderPopup(services({ url: 'https://example.com/' }));
    await click(button(root, 'Scan this page'));
    expect(root.textContent).toContain('The scan found nothing about this story on this page.');
    expect(buttons(root)).toContain('Scan again');
  });

  test('a scan the browser refuses shows that the page cannot be scanned', async () => {
    const scan = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    const root = await renderPopup(services({ url: 'https://chromewebstore.google.com/x', scan }));
    await click(button(root, 'Scan this page'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('This page can’t be scanned.');
  });

  test('a scanned page about something else says so, with what was checked', async () => {
    const root = await renderPopup(
      services({
        url: 'https://example.com/',
        scan: async () => tabReport(offTopicReport(), 'https://example.com/', 0),
      }),
    );
    await click(button(root, 'Scan this page'));
    expect(root.querySelector('[data-testid="topic-state"]')?.textContent).toBe(
      'This page does not look like an article about this story.',
    );
    expect(buttons(root)).toContain('What was checked');
    expect(headings(root, 'h2')).not.toContain('Key dates in the story');
  });

  test('a background that does not answer reads as nothing found', async () => {
    const root = await renderPopup(
      services({
        getReport: async () => {
          throw new Error('Could not establish connection');
        },
      }),
    );
    expect(headings(root, 'h2')).toEqual(['Nothing found on this page']);
  });
});

describe('pages it cannot read and sites the reader turned off', () => {
  test.each(['chrome://newtab/', 'about:addons', 'file:///tmp/a.html', 'moz-extension://abc/popup.html'])(
    '%s is explained without a scan button',
    async (url) => {
      const root = await renderPopup(services({ url }));
      expect(headings(root, 'h2')).toEqual(['This page can’t be scanned']);
      expect(root.textContent).not.toContain('Scan this page');
    },
  );

  test('no active tab is explained too', async () => {
    const root = await renderPopup(services({ activeTab: async () => null }));
    expect(headings(root, 'h2')).toEqual(['This page can’t be scanned']);
  });

  test('a "never" site says so and can be allowed again from the popup', async () => {
    await setSettings({ sites: { never: ['example.com'] } });
    const root = await renderPopup(services({ url: 'https://www.example.com/a' }));
    expect(headings(root, 'h2')).toEqual(['Backstory is off on this site']);
    expect(root.textContent).not.toContain('Scan this page');
    await click(button(root, 'Allow on example.com again'));
    expect((await getSettings()).sites.never).toEqual([]);
    expect(buttons(root)).toContain('Scan this page');
  });

  test('"pause on this site" lasts for the session and can be undone', async () => {
    const root = await renderPopup(services({ getReport: async () => tabReport(onTopicReport()) }));
    await click(button(root, 'Pause on apnews.com for this session'));
    expect(await getSnoozedSites()).toEqual(['apnews.com']);
    expect(await fakeBrowser.storage.local.get('snoozed-sites')).toEqual({});
    expect(root.textContent).toContain('Paused on apnews.com until you close the browser.');
    await click(button(root, 'Resume on apnews.com'));
    expect(await getSnoozedSites()).toEqual([]);
  });

  test('in a private window it says nothing is kept, and offers no pause (which would be remembered)', async () => {
    const root = await renderPopup(
      services({
        activeTab: async () => ({ id: 7, url: 'https://apnews.com/article/x', incognito: true }),
        getReport: async () => tabReport(onTopicReport()),
      }),
    );
    expect(count(root)).toBe('6');
    expect(root.querySelector('[data-testid="private-note"]')?.textContent).toContain(
      'kept in memory only, never saved',
    );
    expect(root.textContent).not.toContain('Pause on apnews.com');
  });
});

describe('language and links', () => {
  test('follows a Spanish browser', async () => {
    const root = await renderPopup(services({ url: 'https://example.com/', uiLanguage: () => 'es-419' }));
    expect(document.documentElement.lang).toBe('es');
    expect(headings(root, 'h2')).toEqual(['Aún no se ha analizado']);
    expect(buttons(root)).toContain('Analizar esta página');
    expect(buttons(root)).toContain('Configuración');
  });

  test('a fixed card language wins over the browser language', async () => {
    await setSettings({ cardLanguage: 'es' });
    const root = await renderPopup(
      services({ getReport: async () => tabReport(onTopicReport()), uiLanguage: () => 'en-GB' }),
    );
    expect(root.textContent).toContain('resaltados en esta página');
    expect(button(root, '¿Eran pandilleros los deportados?').getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).toContain('Personas (1)');
  });

  test('a settings change made elsewhere applies while the popup is open', async () => {
    const root = await renderPopup(services({ url: 'https://example.com/' }));
    expect(buttons(root)).toContain('Scan this page');
    await setSettings({ cardLanguage: 'es' });
    await settleRenders();
    expect(buttons(root)).toContain('Analizar esta página');
  });

  test('with the page language setting, a Spanish article gets a Spanish popup: labels and dataset text, never a mix', async () => {
    const report = { ...onTopicReport(), lang: 'es' };
    const root = await renderPopup(services({ getReport: async () => tabReport(report) }));
    expect(root.textContent).toContain('Nombres del conjunto de datos');
    expect(root.textContent).not.toContain('Names from the dataset');
    expect(button(root, '¿Eran pandilleros los deportados?').getAttribute('aria-expanded')).toBe('false');
  });

  test('the reading panel can be opened on the page from the popup', async () => {
    const s = services({ getReport: async () => tabReport(onTopicReport()) });
    const root = await renderPopup(s);
    await click(button(root, 'Open the reading panel on the page'));
    expect(s.togglePanel).toHaveBeenCalledWith(7);
  });

  test('the settings link opens the options page', async () => {
    const s = services();
    const root = await renderPopup(s);
    await click(button(root, 'Settings'));
    expect(s.openOptions).toHaveBeenCalledOnce();
  });

  test('starts from the defaults when settings are corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
    expect(await getSettings()).toEqual(defaultSettings());
    const root = await renderPopup(services({ url: 'https://example.com/' }));
    expect(buttons(root)).toContain('Scan this page');
  });
});

describe('accessibility (axe-core)', () => {
  test.each<[string, Partial<PopupServices> & { url?: string }]>([
    ['a page about the story', { getReport: async () => tabReport(onTopicReport()) }],
    ['nothing found', { url: 'https://example.com/' }],
    ['a page it cannot read', { url: 'chrome://newtab/' }],
  ])('%s has no violations', async (_, overrides) => {
    const root = await renderPopup(services(overrides));
    for (const b of root.querySelectorAll('button[aria-expanded="false"]')) await click(b);
    expect(await axeViolations(root)).toEqual([]);
  });
});
