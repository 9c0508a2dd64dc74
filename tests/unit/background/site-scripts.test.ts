import { describe, expect, test } from 'vitest';
import {
  DYNAMIC_SCRIPT_ID,
  readerSiteMatches,
  syncReaderSiteScript,
  type ScriptingLike,
} from '../../../lib/background/site-scripts';
import { defaultSettings, type Settings } from '../../../lib/settings/model';

function settingsWith(sites: Partial<Settings['sites']>): Settings {
  const s = defaultSettings();
  s.sites = { ...s.sites, ...sites };
  return s;
}

describe('readerSiteMatches', () => {
  test.each([
    ['nothing chosen, nothing granted', settingsWith({}), [], []],
    [
      'an always-site whose permission was granted',
      settingsWith({ always: ['example.org'] }),
      ['*://example.org/*', '*://*.example.org/*'],
      ['*://example.org/*', '*://*.example.org/*'],
    ],
    ['an always-site whose permission was not granted', settingsWith({ always: ['example.org'] }), [], []],
    ['all sites, granted', settingsWith({ allSites: true }), ['*://*/*'], ['*://*/*']],
    ['all sites, not granted', settingsWith({ allSites: true }), [], []],
  ])('%s', (_, settings, granted, expected) => {
    expect(readerSiteMatches(settings, granted)).toEqual(expected);
  });
});

function fakeScripting() {
  const registered = new Map<string, { id: string; matches: string[] }>();
  const calls: string[] = [];
  const api: ScriptingLike = {
    async getRegisteredContentScripts() {
      return [...registered.values()];
    },
    async registerContentScripts(scripts) {
      calls.push('register');
      for (const s of scripts as { id: string; matches: string[] }[]) registered.set(s.id, s);
    },
    async unregisterContentScripts() {
      calls.push('unregister');
      registered.clear();
    },
  };
  return { api, registered, calls };
}

describe('syncReaderSiteScript', () => {
  const files = { js: '/content-scripts/content.js', css: '/content-scripts/content.css' };

  test('registers, leaves an unchanged registration alone, and unregisters when emptied', async () => {
    const { api, registered, calls } = fakeScripting();
    await syncReaderSiteScript(api, ['*://example.org/*'], files);
    expect(registered.get(DYNAMIC_SCRIPT_ID)?.matches).toEqual(['*://example.org/*']);
    await syncReaderSiteScript(api, ['*://example.org/*'], files);
    expect(calls).toEqual(['register']);
    await syncReaderSiteScript(api, [], files);
    expect(registered.size).toBe(0);
    expect(calls).toEqual(['register', 'unregister']);
  });
});
