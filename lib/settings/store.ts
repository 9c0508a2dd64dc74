/**
 * The settings in storage, read and written only through this module: the WXT storage item
 * `local:settings` (with fallback, version and migrations), repaired on every read, and the
 * session-only snooze list (`session:snoozed-sites`).
 *
 * No `browser.*` runs at import time: the settings item is defined on first use (defining an item
 * that has migrations starts reading storage at once).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  defaultSettings,
  mergeSettings,
  migrateSettingsV1,
  sanitizeSettings,
  SETTINGS_VERSION,
  type Settings,
  type SettingsPatch,
} from './model';
import { normalizeSite, siteList } from './sites';

/** Define the `local:settings` item. Exposed for tests that seed storage before it migrates. */
export function defineSettingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  return storage.defineItem<Settings>('local:settings', {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    migrations: { 2: migrateSettingsV1 },
  });
}

let settingsItem: WxtStorageItem<Settings, Record<string, unknown>> | undefined;
function defaultItem() {
  return (settingsItem ??= defineSettingsItem());
}

/** The reader's settings, repaired. */
export async function getSettings(item = defaultItem()): Promise<Settings> {
  try {
    return sanitizeSettings(await item.getValue());
  } catch {
    // Storage unavailable (e.g. an extension context being torn down): behave as a fresh install.
    return defaultSettings();
  }
}

/** Change some settings and save; resolves with the settings as saved. */
export async function setSettings(patch: SettingsPatch, item = defaultItem()): Promise<Settings> {
  const next = mergeSettings(await getSettings(item), patch);
  await item.setValue(next);
  return next;
}

/** Change settings with a function of the current ones (e.g. add to a site list) and save. */
export async function updateSettings(
  update: (current: Settings) => SettingsPatch,
  item = defaultItem(),
): Promise<Settings> {
  const current = await getSettings(item);
  return setSettings(update(current), item);
}

/**
 * Call `cb` with the repaired settings whenever they change, in any extension page or tab; this is
 * how a change applies to open pages without a reload. Returns the function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void, item = defaultItem()): () => void {
  return item.watch((value) => cb(sanitizeSettings(value)));
}

// ---------------------------------------------------------------------------------------------
// Session snooze: "pause on this site" lasts until the browser closes (storage.session).

/**
 * Where snoozed sites live. Read through `storage.getItem` rather than a defined item: defining an
 * item reads it at once, which in a context without session storage (a Chrome content script,
 * unless the background widens the access level) would log an unhandled rejection.
 */
export const SNOOZE_KEY = 'session:snoozed-sites' as const;

/** Sites paused for this browser session; empty where session storage is out of reach. */
export async function getSnoozedSites(): Promise<string[]> {
  try {
    return siteList(await storage.getItem<unknown>(SNOOZE_KEY));
  } catch {
    return [];
  }
}

/** Pause (`snoozed: true`) or resume a site for this browser session. */
export async function setSiteSnoozed(site: string, snoozed: boolean): Promise<string[]> {
  const host = normalizeSite(site);
  const current = await getSnoozedSites();
  if (!host) return current;
  const next = snoozed ? [...current.filter((s) => s !== host), host] : current.filter((s) => s !== host);
  await storage.setItem(SNOOZE_KEY, next);
  return next;
}

/**
 * Call `cb` with the snoozed sites whenever they change. Where session storage is out of reach,
 * watches nothing.
 */
export function watchSnoozedSites(cb: (sites: string[]) => void): () => void {
  try {
    return storage.watch<unknown>(SNOOZE_KEY, (value) => cb(siteList(value)));
  } catch {
    return () => {};
  }
}
