import { describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPopupServices } from '../../../components/popup/popup-services';

describe('browserPopupServices', () => {
  test('the active tab of the current window, with its URL', async () => {
    const created = await fakeBrowser.tabs.create({ url: 'https://apnews.com/article/x' });
    // The fake browser activates a tab only through `duplicate`.
    const tab = await fakeBrowser.tabs.duplicate(created.id!, { active: true });
    const services = browserPopupServices(browser);
    expect(await services.activeTab()).toEqual({ id: tab.id, url: 'https://apnews.com/article/x' });
  });

  test('no active tab reads as null', async () => {
    expect(await browserPopupServices(browser).activeTab()).toBeNull();
  });

  test('the browser UI language comes from browser.i18n', () => {
    fakeBrowser.i18n.getUILanguage = vi.fn(() => 'es-419');
    expect(browserPopupServices(browser).uiLanguage()).toBe('es-419');
  });
});
