import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/options-app';
import type { OptionsServices } from '../../../components/options/options-services';
import { sortSources } from '../../../components/options/about-dataset';
import { getSettings, setSettings, setSiteSnoozed, getSnoozedSites } from '../../../lib/settings/store';
import { makePack } from '../support/popup-pack';
import { axeViolations, button, click, headings, mount, settleRenders } from '../support/preact-render';

const curated = [
  { name: 'AP News', domain: 'apnews.com', lang: 'en' },
  { name: 'El Faro', domain: 'elfaro.net', lang: 'es' },
  { name: 'CNN en Español', domain: 'cnnespanol.cnn.com', lang: 'es' },
];

function services(overrides: Partial<OptionsServices> = {}): OptionsServices {
  return {
    requestOrigins: vi.fn(async () => true),
    removeOrigins: vi.fn(async () => true),
    containsOrigins: vi.fn(async () => true),
    uiLanguage: () => 'en-US',
    ...overrides,
  };
}

function renderOptions(s: OptionsServices = services()) {
  return mount(<OptionsApp pack={makePack()} services={s} curatedSites={curated} />);
}

const status = (root: Element) => root.querySelector('[data-testid="save-status"]')?.textContent;

function input(root: Element, selector: string): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

async function type(el: HTMLInputElement, text: string) {
  await act(() => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function change(el: HTMLInputElement, checked: boolean) {
  await act(() => {
    el.checked = checked;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settleRenders();
}

/** Submit a site form the way a click on its button does, without awaiting first. */
function submitSite(root: Element, list: 'always' | 'never') {
  const form = root.querySelector(`[data-list="${list}"] form`) as HTMLFormElement;
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

describe('layout', () => {
  test('has the sections in order, each control labelled', async () => {
    const root = await renderOptions();
    expect(headings(root, 'h1, h2')).toEqual([
      'Backstory settings',
      'What to highlight',
      'Language',
      'Toolbar badge',
      'Where Backstory runs',
      'About the dataset',
    ]);
    expect(await axeViolations(root)).toEqual([]);
  });
});

describe('saving as you change', () => {
  // Fake time for the page's own delay ("Saved" clears itself after 2.5 s): a loaded machine cannot
  // clear it before a test looks, and the test of the delay moves time instead of waiting. (Not for
  // the whole file: axe-core schedules its own work with setTimeout.)
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a highlight category switched off is saved at once, with "Saved" shown', async () => {
    const root = await renderOptions();
    expect(status(root)).toBe('');
    await change(input(root, 'input[name="highlight-people"]'), false);
    expect((await getSettings()).highlight.people).toBe(false);
    expect(status(root)).toBe('Saved');
    expect(root.querySelector('[data-testid="save-status"]')?.getAttribute('role')).toBe('status');
  });

  test('"Saved" clears after a moment, so the next save is announced again', async () => {
    const root = await renderOptions();
    await change(input(root, 'input[name="highlight-people"]'), false);
    expect(status(root)).toBe('Saved');
    await act(async () => void (await vi.advanceTimersByTimeAsync(2499)));
    expect(status(root)).toBe('Saved');
    await act(async () => void (await vi.advanceTimersByTimeAsync(1)));
    expect(status(root)).toBe('');
  });

  test.each([
    ['style', 'underline', (s: Awaited<ReturnType<typeof getSettings>>) => s.style],
    ['badge', 'entities', (s: Awaited<ReturnType<typeof getSettings>>) => s.badge],
    ['cardLanguage', 'browser', (s: Awaited<ReturnType<typeof getSettings>>) => s.cardLanguage],
  ])('choosing %s = %s saves it', async (name, value, read) => {
    const root = await renderOptions();
    await change(input(root, `input[name="${name}"][value="${value}"]`), true);
    expect(read(await getSettings())).toBe(value);
  });

  test('choosing Spanish cards switches this page to Spanish', async () => {
    const root = await renderOptions();
    await change(input(root, 'input[name="cardLanguage"][value="es"]'), true);
    expect(headings(root, 'h1')).toEqual(['Configuración de Backstory']);
    expect(document.documentElement.lang).toBe('es');
  });

  test('a change made in another tab shows here', async () => {
    const root = await renderOptions();
    await setSettings({ highlight: { disputed: false } });
    await settleRenders();
    expect(input(root, 'input[name="highlight-disputed"]').checked).toBe(false);
  });
});

describe('site controls', () => {
  test('a curated outlet can be switched off and on', async () => {
    const root = await renderOptions();
    const faro = input(root, '[data-domain="elfaro.net"] input');
    expect(faro.checked).toBe(true);
    expect(root.textContent).toContain('3 of 3 sites on');
    await change(faro, false);
    expect((await getSettings()).sites.disabledCurated).toEqual(['elfaro.net']);
    expect(root.textContent).toContain('2 of 3 sites on');
    await change(input(root, '[data-domain="elfaro.net"] input'), true);
    expect((await getSettings()).sites.disabledCurated).toEqual([]);
  });

  test('the curated list can be filtered, ignoring accents', async () => {
    const root = await renderOptions();
    await type(input(root, 'input[type="search"]'), 'espanol');
    await settleRenders();
    expect([...root.querySelectorAll('[data-domain]')].map((e) => e.getAttribute('data-domain'))).toEqual([
      'cnnespanol.cnn.com',
    ]);
  });

  test('adding an "always" site asks for its permission within the gesture, then saves it', async () => {
    const s = services();
    const root = await renderOptions(s);
    await type(input(root, 'input[name="always-site"]'), 'https://www.Example.org/page');
    act(() => submitSite(root, 'always'));
    // Called synchronously from the submit handler: nothing was awaited before the prompt.
    expect(s.requestOrigins).toHaveBeenCalledWith(['*://example.org/*', '*://*.example.org/*']);
    await settleRenders();
    expect((await getSettings()).sites.always).toEqual(['example.org']);
    expect(root.querySelector('[data-list="always"] [data-site="example.org"]')).not.toBeNull();
    expect(input(root, 'input[name="always-site"]').value).toBe('');
  });

  test('a refused permission adds nothing and says why', async () => {
    const root = await renderOptions(services({ requestOrigins: vi.fn(async () => false) }));
    await type(input(root, 'input[name="always-site"]'), 'example.org');
    act(() => submitSite(root, 'always'));
    await settleRenders();
    expect((await getSettings()).sites.always).toEqual([]);
    expect(status(root)).toBe('The browser did not grant access to example.org, so it was not added.');
    expect(input(root, 'input[name="always-site"]').value).toBe('example.org');
  });

  test('an invalid address is flagged next to the field and asks for nothing', async () => {
    const s = services();
    const root = await renderOptions(s);
    const field = input(root, 'input[name="always-site"]');
    await type(field, 'not a site');
    act(() => submitSite(root, 'always'));
    await settleRenders();
    expect(s.requestOrigins).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Enter a web address such as example.com.');
    expect(field.getAttribute('aria-describedby')).toContain('always-error');
  });

  test('removing an "always" site gives its permission back', async () => {
    await setSettings({ sites: { always: ['example.org'] } });
    const s = services();
    const root = await renderOptions(s);
    await click(button(root, 'Remove example.org'));
    expect((await getSettings()).sites.always).toEqual([]);
    expect(s.removeOrigins).toHaveBeenCalledWith(['*://example.org/*', '*://*.example.org/*']);
  });

  test('an "always" site whose permission was withdrawn offers to allow it again', async () => {
    await setSettings({ sites: { always: ['example.org'] } });
    const s = services({ containsOrigins: vi.fn(async () => false) });
    const root = await renderOptions(s);
    expect(root.textContent).toContain('Access not granted');
    await click(button(root, 'Allow example.org'));
    expect(s.requestOrigins).toHaveBeenCalledWith(['*://example.org/*', '*://*.example.org/*']);
    expect(root.textContent).not.toContain('Access not granted');
  });

  test('a "never" site is saved without any permission and leaves the "always" list', async () => {
    await setSettings({ sites: { always: ['example.org'] } });
    const s = services();
    const root = await renderOptions(s);
    await type(input(root, 'input[name="never-site"]'), 'example.org');
    act(() => submitSite(root, 'never'));
    await settleRenders();
    const { sites } = await getSettings();
    expect(sites.never).toEqual(['example.org']);
    expect(sites.always).toEqual([]);
    expect(s.requestOrigins).not.toHaveBeenCalled();
  });

  test('"run on all sites" asks for the permission and saves only when granted', async () => {
    const s = services();
    const root = await renderOptions(s);
    const box = input(root, 'input[name="allSites"]');
    await change(box, true);
    expect(s.requestOrigins).toHaveBeenCalledWith(['*://*/*']);
    expect((await getSettings()).sites.allSites).toBe(true);
    expect(input(root, 'input[name="allSites"]').checked).toBe(true);

    await change(input(root, 'input[name="allSites"]'), false);
    expect((await getSettings()).sites.allSites).toBe(false);
    expect(s.removeOrigins).toHaveBeenCalledWith(['*://*/*']);
  });

  test('"run on all sites" stays off when the browser refuses', async () => {
    const root = await renderOptions(services({ requestOrigins: vi.fn(async () => false) }));
    await change(input(root, 'input[name="allSites"]'), true);
    expect((await getSettings()).sites.allSites).toBe(false);
    expect(input(root, 'input[name="allSites"]').checked).toBe(false);
    expect(status(root)).toBe('The browser did not grant access to all sites.');
  });

  test('"all sites" saved without the permission (withdrawn in the browser) is turned off on load', async () => {
    await setSettings({ sites: { allSites: true } });
    const root = await renderOptions(services({ containsOrigins: vi.fn(async () => false) }));
    expect((await getSettings()).sites.allSites).toBe(false);
    expect(input(root, 'input[name="allSites"]').checked).toBe(false);
  });

  test('sites paused for the session are listed and can be resumed', async () => {
    await setSiteSnoozed('apnews.com', true);
    const root = await renderOptions();
    expect(root.textContent).toContain('Paused until the browser closes');
    await click(button(root, 'Resume apnews.com'));
    expect(await getSnoozedSites()).toEqual([]);
    expect(root.textContent).not.toContain('Paused until the browser closes');
  });
});

describe('about the dataset', () => {
  test('shows version, date, methodology, corrections and every source with its via', async () => {
    const root = await renderOptions();
    const about = root.querySelector('.about')!;
    expect(about.querySelector('[data-testid="dataset-version"]')?.textContent).toBe('1.2.3');
    expect(about.querySelector('[data-testid="dataset-as-of"]')?.getAttribute('datetime')).toBe('2026-03-15');
    expect(about.textContent).toContain('We read the sources.');
    expect(about.textContent).toContain('Every fact has a date.');
    expect(about.textContent).toContain('Fixed a date.');
    const sources = [...about.querySelectorAll('[data-testid="source-list"] li')];
    expect(sources).toHaveLength(2);
    expect(sources[0].textContent).toContain('AP');
    expect(sources[0].textContent).toContain('Mirror Site');
    expect(sources[1].textContent).toContain('Reuters');
    expect(sources[1].querySelector('a')?.getAttribute('href')).toBe('https://reuters.example/s1');
  });

  test('sources sort by publisher, then newest first', () => {
    const pack = makePack();
    const s1 = pack.sources.s1;
    const older = { ...s1, id: 's0', date: '2024-01-01' };
    expect(sortSources([older, pack.sources.s2, s1], 'en').map((s) => s.id)).toEqual(['s2', 's1', 's0']);
  });

  test('in Spanish', async () => {
    await setSettings({ cardLanguage: 'es' });
    const root = await renderOptions();
    const about = root.querySelector('.about')!;
    expect(about.textContent).toContain('Leímos las fuentes.');
    expect(about.textContent).toContain('Se corrigió una fecha.');
    expect(headings(root, 'h2')).toContain('Sobre el conjunto de datos');
  });
});
