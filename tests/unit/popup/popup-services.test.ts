import { describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPopupServices } from '../../../components/popup/popup-services';

describe('browserPopupServices', () => {
  test('the active tab of the current window, with its URL', async () => {
    // The fake browser cannot activate a created tab, so the query itself is stubbed.
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 5, url: 'https://apnews.com/article/x' } as never]);
    expect(await browserPopupServices(browser).activeTab()).toEqual({ id: 5, url: 'https://apnews.com/article/x' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockRestore();
  });

  test('no active tab reads as null', async () => {
    expect(await browserPopupServices(browser).activeTab()).toBeNull();
  });

  test('the browser UI language comes from browser.i18n', () => {
    fakeBrowser.i18n.getUILanguage = vi.fn(() => 'es-419');
    expect(browserPopupServices(browser).uiLanguage()).toBe('es-419');
  });
});
