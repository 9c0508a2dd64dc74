import { describe, expect, test, vi } from 'vitest';
import { reinjectOpenTabs, type OpenTab } from '../../../lib/background/reinject';
import type { RunDecision } from '../../../lib/settings/sites';

const decide = (url: string): RunDecision =>
  url.includes('apnews.com') ? 'auto' : url.includes('blocked.example') ? 'never' : 'on-request';

describe('reinjectOpenTabs (Chromium, after install or update)', () => {
  test('injects only where the script runs by itself, and only into tabs it can see', async () => {
    const tabs: OpenTab[] = [
      { id: 1, url: 'https://apnews.com/article/a' },
      { id: 2, url: 'https://example.org/elsewhere' },
      { id: 3 }, // no host access: the URL is hidden
      { id: 4, url: 'https://blocked.example/' },
      { id: 5, url: 'https://apnews.com/article/b', discarded: true },
      { url: 'https://apnews.com/article/no-id' },
      { id: 6, url: 'https://apnews.com/article/c' },
    ];
    const inject = vi.fn(async () => {});
    expect(await reinjectOpenTabs(async () => tabs, decide, inject)).toEqual([1, 6]);
    expect(inject.mock.calls).toEqual([[1], [6]]);
  });

  test('a tab that refuses does not stop the others', async () => {
    const tabs: OpenTab[] = [
      { id: 1, url: 'https://apnews.com/article/a' },
      { id: 2, url: 'https://apnews.com/article/b' },
    ];
    const inject = vi.fn(async (tabId: number) => {
      if (tabId === 1) throw new Error('No tab with id: 1');
    });
    expect(await reinjectOpenTabs(async () => tabs, decide, inject)).toEqual([2]);
  });
});
