/**
 * The settings in storage (through WXT's fake browser): repaired on read, saved by patch, migrated
 * from the prototype's shape, watched, and the session-only snooze list.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, sanitizeSettings, type Settings } from '../../../lib/settings/model';
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

describe('defaults', () => {
  test('a fresh install reads the defaults', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
  });
});

describe('corrupt or foreign values are repaired field by field', () => {
  test.each<[string, unknown, (s: Settings) => void]>([
    ['null is the defaults', null, (s) => expect(s).toEqual(defaultSettings())],
    [
      'a string instead of an object is the defaults',
      '{"style":"strong"}',
      (s) => expect(s).toEqual(defaultSettings()),
    ],
    ['a number is the defaults', 42, (s) => expect(s).toEqual(defaultSettings())],
    ['an array is the defaults', [1, 2], (s) => expect(s).toEqual(defaultSettings())],
    ['a style outside the list falls back to subtle', { style: 'neon' }, (s) => expect(s.style).toBe('subtle')],
    [
      'a valid style survives next to a broken one',
      { style: 'strong', badge: 7 },
      (s) => {
        expect(s.style).toBe('strong');
        expect(s.badge).toBe('disputed');
      },
    ],
    [
      'a string "false" is not a boolean',
      { highlight: { people: 'false', places: false } },
      (s) => {
        expect(s.highlight.people).toBe(true);
        expect(s.highlight.places).toBe(false);
      },
    ],
    [
      'highlight as a string falls back to all on',
      { highlight: 'none' },
      (s) => expect(s.highlight).toEqual(defaultSettings().highlight),
    ],
    [
      'unknown keys are dropped',
      { style: 'underline', evil: '<script>', highlight: { extra: true } },
      (s) => {
        expect(s).not.toHaveProperty('evil');
        expect(s.highlight).not.toHaveProperty('extra');
        expect(s.style).toBe('underline');
      },
    ],
    [
      'site lists keep only valid hostnames, normalised and once',
      { sites: { never: ['https://WWW.Example.com/a', 'example.com', 'not a site', 3, null, 'javascript:alert(1)'] } },
      (s) => expect(s.sites.never).toEqual(['example.com']),
    ],
    [
      'a site list that is not an array is empty',
      { sites: { always: 'example.com', allSites: 'yes' } },
      (s) => {
        expect(s.sites.always).toEqual([]);
        expect(s.sites.allSites).toBe(false);
      },
    ],
    [
      'sites as null is the default sites',
      { sites: null, badge: 'entities' },
      (s) => {
        expect(s.sites).toEqual(defaultSettings().sites);
        expect(s.badge).toBe('entities');
      },
    ],
  ])('%s', async (_, stored, check) => {
    check(sanitizeSettings(stored));
    // The same repair happens when the value is read from storage.
    await fakeBrowser.storage.local.set({ settings: stored });
    check(await getSettings(defineSettingsItem()));
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
