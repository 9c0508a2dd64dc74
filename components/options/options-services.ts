/**
 * What the options page needs from the browser, behind one interface so tests can render the page
 * with plain functions (the fake browser does not implement `permissions`).
 */
import type { browser as browserApi } from 'wxt/browser';

type Browser = typeof browserApi;

export interface OptionsServices {
  /**
   * Ask for optional host permissions. Must be the first thing a click or submit handler does:
   * browsers grant permission prompts only during a user gesture.
   */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Give host permissions back; false when the browser refused (e.g. a required origin). */
  removeOrigins(origins: string[]): Promise<boolean>;
  /** Whether the extension holds all of these host permissions now. */
  containsOrigins(origins: string[]): Promise<boolean>;
  /** The browser's UI language (BCP 47). */
  uiLanguage(): string;
}

/** The options page's services on a real browser. */
export function browserOptionsServices(browser: Browser): OptionsServices {
  return {
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }).catch(() => false),
    containsOrigins: (origins) => browser.permissions.contains({ origins }).catch(() => false),
    uiLanguage: () => browser.i18n.getUILanguage(),
  };
}
