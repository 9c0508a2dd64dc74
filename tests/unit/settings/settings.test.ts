import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import newsSites from '../../../assets/dataset/news-sites.json';
import {
  BADGE_MODES,
  CARD_LANGUAGES,
  HIGHLIGHT_CATEGORIES,
  HIGHLIGHT_STYLES,
  defaultSettings,
  isHighlightOn,
  sanitizeSettings,
  type Settings,
} from '../../../lib/settings/model';
import { normalizeSite, shouldRunOn } from '../../../lib/settings/sites';
import {
  defineSettingsItem,
  getSettings,
  getSnoozedSites,
  setSettings,
  setSiteSnoozed,
  updateSettings,
  watchSettings,
  watchSnoozedSites,
} from '../../../lib/settings/store';

const curated = [
  { name: 'AP News', domain: 'apnews.com', lang: 'en' },
  { name: 'CNN', domain: 'cnn.com', lang: 'en' },
  { name: 'CNN en Español', domain: 'cnnespanol.cnn.com', lang: 'es' },
  { name: 'El Faro', domain: 'elfaro.net', lang: 'es' },
];

function settingsWith(sites: Partial<Settings['sites']>): Settings {
  const s = defaultSettings();
  s.sites = { ...s.sites, ...sites };
  return s;
}

describe('defaults', () => {
  test('a fresh install reads the defaults', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
  });

  test('every category is highlighted, subtly, in the page language, badge counts disputed points', () => {
    const d = defaultSettings();
    expect(Object.values(d.highlight).every(Boolean)).toBe(true);
    expect([d.style, d.cardLanguage, d.badge]).toEqual(['subtle', 'page', 'disputed']);
    expect(d.sites).toEqual({ disabledCurated: [], always: [], never: [], allSites: false });
  });

  test('defaultSettings returns a fresh copy each time', () => {
    const a = defaultSettings();
    a.highlight.people = false;
    a.sites.never.push('example.com');
    expect(defaultSettings().highlight.people).toBe(true);
    expect(defaultSettings().sites.never).toEqual([]);
  });
});

describe('corrupt or foreign values are repaired field by field', () => {
  test.each<[string, unknown, (s: Settings) => void]>([
    ['null is the defaults', null, (s) => expect(s).toEqual(defaultSettings())],
    ['a string instead of an object is the defaults', '{"style":"strong"}', (s) => expect(s).toEqual(defaultSettings())],
    ['a number is the defaults', 42, (s) => expect(s).toEqual(defaultSettings())],
    ['an array is the defaults', [1, 2], (s) => expect(s).toEqual(defaultSettings())],
    ['a style outside the list falls back to subtle', { style: 'neon' }, (s) => expect(s.style).toBe('subtle')],
    ['a valid style survives next to a broken one', { style: 'strong', badge: 7 }, (s) => {
      expect(s.style).toBe('strong');
      expect(s.badge).toBe('disputed');
    }],
    ['a string "false" is not a boolean', { highlight: { people: 'false', places: false } }, (s) => {
      expect(s.highlight.people).toBe(true);
      expect(s.highlight.places).toBe(false);
    }],
    ['highlight as a string falls back to all on', { highlight: 'none' }, (s) => expect(s.highlight).toEqual(defaultSettings().highlight)],
    ['unknown keys are dropped', { style: 'underline', evil: '<script>', highlight: { extra: true } }, (s) => {
      expect(s).not.toHaveProperty('evil');
      expect(s.highlight).not.toHaveProperty('extra');
      expect(s.style).toBe('underline');
    }],
    ['site lists keep only valid hostnames, normalised and once', { sites: { never: ['https://WWW.Example.com/a', 'example.com', 'not a site', 3, null, 'javascript:alert(1)'] } }, (s) =>
      expect(s.sites.never).toEqual(['example.com'])],
    ['a site list that is not an array is empty', { sites: { always: 'example.com', allSites: 'yes' } }, (s) => {
      expect(s.sites.always).toEqual([]);
      expect(s.sites.allSites).toBe(false);
    }],
    ['sites as null is the default sites', { sites: null, badge: 'entities' }, (s) => {
      expect(s.sites).toEqual(defaultSettings().sites);
      expect(s.badge).toBe('entities');
    }],
  ])('%s', async (_, stored, check) => {
    check(sanitizeSettings(stored));
    // The same repair happens when the value is read from storage.
    await fakeBrowser.storage.local.set({ settings: stored });
    check(await getSettings(defineSettingsItem()));
  });
});

/** Any value a store could hand back: plausible settings with wrong fields here and there, or any JSON. */
const plausibleSettings = fc.record(
  {
    highlight: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...HIGHLIGHT_CATEGORIES, 'other'),
        fc.oneof(fc.boolean(), fc.string(), fc.constant(null)),
      ),
      fc.jsonValue(),
    ),
    style: fc.oneof(fc.constantFrom(...HIGHLIGHT_STYLES, 'bold'), fc.jsonValue()),
    cardLanguage: fc.constantFrom(...CARD_LANGUAGES, 'fr', 1),
    badge: fc.constantFrom(...BADGE_MODES, null),
    sites: fc.oneof(
      fc.record(
        {
          never: fc.array(fc.oneof(fc.domain(), fc.webUrl(), fc.string(), fc.integer())),
          always: fc.oneof(fc.array(fc.domain()), fc.string()),
          disabledCurated: fc.array(fc.constantFrom('apnews.com', 'WWW.CNN.com', '', 'x')),
          allSites: fc.oneof(fc.boolean(), fc.string()),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const anyStored = fc.oneof(plausibleSettings, fc.jsonValue(), fc.anything());

/** A stored site list as the repair must leave it: normalised hostnames, each once. */
function isSiteList(x: unknown): boolean {
  return Array.isArray(x) && x.every((s) => normalizeSite(s) === s) && new Set(x).size === x.length;
}

/** Valid settings: exactly the known keys, each of its type and range. */
function isValidSettings(s: Settings): boolean {
  return (
    Object.keys(s).sort().join() === 'badge,cardLanguage,highlight,sites,style' &&
    Object.keys(s.highlight).sort().join() === [...HIGHLIGHT_CATEGORIES].sort().join() &&
    Object.values(s.highlight).every((v) => typeof v === 'boolean') &&
    HIGHLIGHT_STYLES.includes(s.style) &&
    CARD_LANGUAGES.includes(s.cardLanguage) &&
    BADGE_MODES.includes(s.badge) &&
    Object.keys(s.sites).sort().join() === 'allSites,always,disabledCurated,never' &&
    isSiteList(s.sites.always) &&
    isSiteList(s.sites.never) &&
    isSiteList(s.sites.disabledCurated) &&
    typeof s.sites.allSites === 'boolean'
  );
}

/** The reference rule for one site list: normalise each entry, drop the invalid, keep the first of each. */
function expectedSiteList(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  return [...new Set(x.map(normalizeSite).filter((s): s is string => s !== null))];
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

describe('sanitizeSettings, over any input', () => {
  test('is total: any value becomes valid settings, without throwing', () => {
    fc.assert(
      fc.property(anyStored, (raw) => {
        expect(isValidSettings(sanitizeSettings(raw))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('is idempotent: repaired settings need no further repair', () => {
    fc.assert(
      fc.property(anyStored, (raw) => {
        const once = sanitizeSettings(raw);
        expect(sanitizeSettings(once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  test('repairs field by field: a valid field survives whatever its neighbours hold, an invalid one takes its default', () => {
    const d = defaultSettings();
    fc.assert(
      fc.property(plausibleSettings, (raw) => {
        const s = sanitizeSettings(raw);
        const keep = <T>(values: readonly T[], x: unknown, fallback: T) => (values.includes(x as T) ? x : fallback);
        expect(s.style).toBe(keep(HIGHLIGHT_STYLES, raw.style, d.style));
        expect(s.cardLanguage).toBe(keep(CARD_LANGUAGES, raw.cardLanguage, d.cardLanguage));
        expect(s.badge).toBe(keep(BADGE_MODES, raw.badge, d.badge));
        for (const category of HIGHLIGHT_CATEGORIES) {
          const given = isObject(raw.highlight) ? raw.highlight[category] : undefined;
          expect(s.highlight[category]).toBe(typeof given === 'boolean' ? given : d.highlight[category]);
        }
        const sites = isObject(raw.sites) ? raw.sites : {};
        expect(s.sites.never).toEqual(expectedSiteList(sites.never));
        expect(s.sites.always).toEqual(expectedSiteList(sites.always));
        expect(s.sites.disabledCurated).toEqual(expectedSiteList(sites.disabledCurated));
        expect(s.sites.allSites).toBe(typeof sites.allSites === 'boolean' ? sites.allSites : d.sites.allSites);
      }),
      { numRuns: 500 },
    );
  });
});

describe('saving', () => {
  test('setSettings merges a patch one level deep and persists it', async () => {
    await setSettings({ highlight: { people: false }, style: 'strong' });
    await setSettings({ highlight: { events: false }, sites: { never: ['example.org'] } });
    const s = await getSettings();
    expect(s.highlight).toMatchObject({ people: false, events: false, places: true });
    expect(s.style).toBe('strong');
    expect(s.sites.never).toEqual(['example.org']);
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual(s);
  });

  test('a patch with bad values cannot store them', async () => {
    await setSettings({ style: 'loud' as never, sites: { always: ['::::'] } });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(defaultSettings());
  });

  test('updateSettings computes the patch from the current settings', async () => {
    await setSettings({ sites: { always: ['a.example'] } });
    await updateSettings((s) => ({ sites: { always: [...s.sites.always, 'b.example'] } }));
    expect((await getSettings()).sites.always).toEqual(['a.example', 'b.example']);
  });

  test('a first save records the current version', async () => {
    const item = defineSettingsItem();
    await setSettings({ badge: 'entities' }, item);
    expect(await item.getMeta()).toEqual({ v: 2 });
  });
});

describe('migrations', () => {
  test.each<[string, unknown, Partial<Settings>]>([
    [
      'the prototype flat shape moves into the new fields',
      { enabled: true, highlightStyle: 'strong', language: 'es', blockedSites: ['www.example.com'] },
      { style: 'strong', cardLanguage: 'es', sites: { ...defaultSettings().sites, never: ['example.com'] } },
    ],
    [
      'highlights switched off in version 1 stay off in every category',
      { enabled: false, language: 'auto' },
      {
        cardLanguage: 'page',
        highlight: { people: false, organizations: false, places: false, laws: false, events: false, disputed: false },
      },
    ],
    ['garbage stored under version 1 becomes the defaults', 'corrupt', defaultSettings()],
    ['an empty version 1 object becomes the defaults', {}, defaultSettings()],
  ])('%s', async (_, v1, expected) => {
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    const item = defineSettingsItem();
    expect(await getSettings(item)).toMatchObject(expected);
    expect(await item.getMeta()).toEqual({ v: 2 });
  });

  test('a value stored without version metadata is treated as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlightStyle: 'strong' } });
    expect((await getSettings(defineSettingsItem())).style).toBe('strong');
  });

  test('a value already at version 2 is not migrated again', async () => {
    const v2 = { ...defaultSettings(), style: 'underline' };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    expect(await getSettings(defineSettingsItem())).toEqual(v2);
  });
});

describe('watching', () => {
  test('watchSettings sees changes made anywhere, repaired', async () => {
    const item = defineSettingsItem();
    const cb = vi.fn();
    const stop = watchSettings(cb, item);
    await setSettings({ style: 'underline' }, item);
    expect(cb).toHaveBeenLastCalledWith(expect.objectContaining({ style: 'underline' }));
    // Another context writes something broken straight into storage.
    await fakeBrowser.storage.local.set({ settings: { style: 42, badge: 'entities' } });
    expect(cb).toHaveBeenLastCalledWith(expect.objectContaining({ style: 'subtle', badge: 'entities' }));
    // Removal reads as the defaults.
    await fakeBrowser.storage.local.remove('settings');
    expect(cb).toHaveBeenLastCalledWith(defaultSettings());
    const calls = cb.mock.calls.length;
    stop();
    await setSettings({ style: 'strong' }, item);
    expect(cb).toHaveBeenCalledTimes(calls);
  });
});

describe('session snooze', () => {
  test('snoozing and resuming a site, watched', async () => {
    const cb = vi.fn();
    const stop = watchSnoozedSites(cb);
    expect(await getSnoozedSites()).toEqual([]);
    await setSiteSnoozed('www.cnn.com', true);
    await setSiteSnoozed('apnews.com', true);
    await setSiteSnoozed('cnn.com', true);
    expect(await getSnoozedSites()).toEqual(['apnews.com', 'cnn.com']);
    expect(cb).toHaveBeenLastCalledWith(['apnews.com', 'cnn.com']);
    await setSiteSnoozed('cnn.com', false);
    expect(await getSnoozedSites()).toEqual(['apnews.com']);
    stop();
  });

  test('snooze lives in session storage, not local', async () => {
    await setSiteSnoozed('cnn.com', true);
    expect(await fakeBrowser.storage.session.get('snoozed-sites')).toEqual({ 'snoozed-sites': ['cnn.com'] });
    expect(await fakeBrowser.storage.local.get('snoozed-sites')).toEqual({});
  });

  test('corrupt snooze data reads as nothing snoozed', async () => {
    await fakeBrowser.storage.session.set({ 'snoozed-sites': 'cnn.com' });
    expect(await getSnoozedSites()).toEqual([]);
  });
});

describe('shouldRunOn', () => {
  const d = defaultSettings();
  test.each<[string, string, Settings, string[], 'auto' | 'never' | 'on-request']>([
    ['a curated outlet runs automatically', 'https://apnews.com/article/x', d, [], 'auto'],
    ['a curated outlet subdomain runs automatically', 'https://www.elfaro.net/es/2025', d, [], 'auto'],
    ['plain http counts too', 'http://apnews.com/', d, [], 'auto'],
    ['an unlisted site runs only on request', 'https://example.com/news', d, [], 'on-request'],
    ['a look-alike domain is not the outlet', 'https://notapnews.com/x', d, [], 'on-request'],
    ['a domain that only contains the outlet is not it', 'https://apnews.com.evil.example/x', d, [], 'on-request'],
    ['a curated outlet switched off runs only on request', 'https://apnews.com/x', settingsWith({ disabledCurated: ['apnews.com'] }), [], 'on-request'],
    ['switching off CNN leaves CNN en Español on', 'https://cnnespanol.cnn.com/x', settingsWith({ disabledCurated: ['cnn.com'] }), [], 'auto'],
    ['switching off CNN en Español leaves CNN on', 'https://edition.cnn.com/x', settingsWith({ disabledCurated: ['cnnespanol.cnn.com'] }), [], 'auto'],
    ['an extra "always" site runs automatically', 'https://news.example.com/a', settingsWith({ always: ['example.com'] }), [], 'auto'],
    ['a "never" site never runs', 'https://example.com/', settingsWith({ never: ['example.com'] }), [], 'never'],
    ['"never" beats the curated list', 'https://apnews.com/x', settingsWith({ never: ['apnews.com'] }), [], 'never'],
    ['"never" beats "always"', 'https://example.com/', settingsWith({ never: ['example.com'], always: ['example.com'] }), [], 'never'],
    ['"never" beats "all sites"', 'https://example.com/', settingsWith({ never: ['example.com'], allSites: true }), [], 'never'],
    ['"all sites" runs on any web page', 'https://example.org/story', settingsWith({ allSites: true }), [], 'auto'],
    ['"all sites" does not override a switched-off outlet', 'https://apnews.com/x', settingsWith({ allSites: true, disabledCurated: ['apnews.com'] }), [], 'on-request'],
    ['a snoozed outlet waits for a request', 'https://apnews.com/x', d, ['apnews.com'], 'on-request'],
    ['a snoozed site waits even with "always"', 'https://example.com/', settingsWith({ always: ['example.com'] }), ['example.com'], 'on-request'],
    ['a browser page never runs', 'chrome://settings/', settingsWith({ allSites: true }), [], 'never'],
    ['the extension gallery page is not http', 'about:addons', d, [], 'never'],
    ['a file URL never runs', 'file:///home/a.html', d, [], 'never'],
    ['garbage never runs', 'not a url', d, [], 'never'],
  ])('%s', (_, url, settings, snoozed, expected) => {
    expect(shouldRunOn(url, settings, curated, snoozed)).toBe(expected);
  });
});

describe('normalizeSite', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/path?q=1', 'example.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['www.example.com', 'example.com'],
    ['localhost', null],
    ['ftp://example.com', null],
    ['exa mple.com', null],
    ['', null],
    [42, null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });
});

describe('the curated news-site list', () => {
  const sites = (newsSites as { sites: { name: string; domain: string; lang: string }[] }).sites;

  test('has about fifty outlets in English and Spanish', () => {
    expect(sites.length).toBeGreaterThanOrEqual(45);
    expect(sites.filter((s) => s.lang === 'es').length).toBeGreaterThanOrEqual(15);
  });

  test.each(sites.map((s) => [s.name, s] as const))('%s is a bare, normalised domain with a language', (_, site) => {
    expect(normalizeSite(site.domain)).toBe(site.domain);
    expect(['en', 'es']).toContain(site.lang);
    expect(site.name.trim()).toBe(site.name);
  });

  test('lists each domain once', () => {
    const domains = sites.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
  });
});

describe('highlight categories', () => {
  test.each([
    ['person', 'people'],
    ['facility', 'places'],
    ['court-case', 'laws'],
    ['policy', 'events'],
    ['disputed', 'disputed'],
  ] as const)('%s follows the %s switch', (kind, category) => {
    const s = defaultSettings();
    expect(isHighlightOn(s, kind)).toBe(true);
    s.highlight[category] = false;
    expect(isHighlightOn(s, kind)).toBe(false);
  });
});

describe('where session storage is out of reach', () => {
  test('snooze reads as nothing and watching is a no-op, never a crash', async () => {
    const session = fakeBrowser.storage.session;
    // As in a content script where storage.session is not exposed.
    (fakeBrowser.storage as { session?: unknown }).session = undefined;
    try {
      expect(await getSnoozedSites()).toEqual([]);
      const stop = watchSnoozedSites(() => {});
      expect(stop).toBeTypeOf('function');
      stop();
    } finally {
      (fakeBrowser.storage as { session?: unknown }).session = session;
    }
  });
});
