import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getUiHostNames, isUiHostName, randomUiHostName, UI_HOST_ROTATE_MS } from '../../../lib/settings/ui-host';

describe('the in-page host name', () => {
  test('random names are valid custom-element names, never "backstory", and differ', () => {
    const names = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const name = randomUiHostName();
      expect(isUiHostName(name)).toBe(true);
      // attachShadow accepts a valid custom-element name: a hyphen, lowercase, starting with a letter.
      expect(() => document.createElement(name).attachShadow({ mode: 'closed' })).not.toThrow();
      names.add(name);
    }
    expect(names.size).toBe(200);
    expect(isUiHostName('backstory-ui')).toBe(false);
    expect(isUiHostName('font-face')).toBe(false);
  });

  test('kept in storage.local: the same name until a day has passed, then a new one with the old kept', async () => {
    const t0 = 1_800_000_000_000;
    const [first] = await getUiHostNames(t0);
    expect(await getUiHostNames(t0 + 1000)).toEqual([first]);
    const later = await getUiHostNames(t0 + UI_HOST_ROTATE_MS);
    expect(later).toHaveLength(2);
    expect(later[1]).toBe(first);
    expect(later[0]).not.toBe(first);
  });

  test('a fresh install draws its own name', async () => {
    const [a] = await getUiHostNames();
    fakeBrowser.reset();
    const [b] = await getUiHostNames();
    expect(a).not.toBe(b);
  });

  test('a broken stored value is replaced, and storage out of reach still gives a name', async () => {
    await fakeBrowser.storage.local.set({ 'ui-host': { current: 'backstory-ui', since: 0 } });
    const [name] = await getUiHostNames();
    expect(isUiHostName(name)).toBe(true);
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('context invalidated'));
    try {
      expect(isUiHostName((await getUiHostNames())[0])).toBe(true);
    } finally {
      fakeBrowser.storage.local.get = get;
    }
  });
});
