/** Where Backstory runs: the one decision, site normalisation, the curated list and its match patterns. */
import { describe, expect, test } from 'vitest';
import newsSites from '../../../assets/dataset/news-sites.json';
import { defaultSettings, type Settings } from '../../../lib/settings/model';
import { curatedMatchPatterns, normalizeSite, originsForSite, shouldRunOn } from '../../../lib/settings/sites';

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

describe('shouldRunOn', () => {
  const d = defaultSettings();
  test.each<[string, string, Settings, string[], 'auto' | 'never' | 'on-request']>([
    ['a curated outlet runs automatically', 'https://apnews.com/article/x', d, [], 'auto'],
    ['a curated outlet subdomain runs automatically', 'https://www.elfaro.net/es/2025', d, [], 'auto'],
    ['plain http counts too', 'http://apnews.com/', d, [], 'auto'],
    ['an unlisted site runs only on request', 'https://example.com/news', d, [], 'on-request'],
    ['a look-alike domain is not the outlet', 'https://notapnews.com/x', d, [], 'on-request'],
    ['a domain that only contains the outlet is not it', 'https://apnews.com.evil.example/x', d, [], 'on-request'],
    [
      'a curated outlet switched off runs only on request',
      'https://apnews.com/x',
      settingsWith({ disabledCurated: ['apnews.com'] }),
      [],
      'on-request',
    ],
    [
      'switching off CNN leaves CNN en Español on',
      'https://cnnespanol.cnn.com/x',
      settingsWith({ disabledCurated: ['cnn.com'] }),
      [],
      'auto',
    ],
    [
      'switching off CNN en Español leaves CNN on',
      'https://edition.cnn.com/x',
      settingsWith({ disabledCurated: ['cnnespanol.cnn.com'] }),
      [],
      'auto',
    ],
    [
      'an extra "always" site runs automatically',
      'https://news.example.com/a',
      settingsWith({ always: ['example.com'] }),
      [],
      'auto',
    ],
    ['a "never" site never runs', 'https://example.com/', settingsWith({ never: ['example.com'] }), [], 'never'],
    ['"never" beats the curated list', 'https://apnews.com/x', settingsWith({ never: ['apnews.com'] }), [], 'never'],
    [
      '"never" beats "always"',
      'https://example.com/',
      settingsWith({ never: ['example.com'], always: ['example.com'] }),
      [],
      'never',
    ],
    [
      '"never" beats "all sites"',
      'https://example.com/',
      settingsWith({ never: ['example.com'], allSites: true }),
      [],
      'never',
    ],
    ['"all sites" runs on any web page', 'https://example.org/story', settingsWith({ allSites: true }), [], 'auto'],
    [
      '"all sites" does not override a switched-off outlet',
      'https://apnews.com/x',
      settingsWith({ allSites: true, disabledCurated: ['apnews.com'] }),
      [],
      'on-request',
    ],
    ['a snoozed outlet waits for a request', 'https://apnews.com/x', d, ['apnews.com'], 'on-request'],
    [
      'a snoozed site waits even with "always"',
      'https://example.com/',
      settingsWith({ always: ['example.com'] }),
      ['example.com'],
      'on-request',
    ],
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

describe('match patterns', () => {
  test('a site and its subdomains, over http and https', () => {
    expect(originsForSite('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });

  test('the curated list gives two patterns per outlet, in list order', () => {
    const sites = [curated[0], curated[2]];
    expect(curatedMatchPatterns(sites)).toEqual([
      '*://apnews.com/*',
      '*://*.apnews.com/*',
      '*://cnnespanol.cnn.com/*',
      '*://*.cnnespanol.cnn.com/*',
    ]);
  });
});
