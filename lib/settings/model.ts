/**
 * The reader's settings: declared once here as a WXT storage item (`local:settings`, with fallback,
 * version and migrations) plus the session-only snooze list (`session:snoozed-sites`), read and
 * written only through this module; and `shouldRunOn`, which decides where Backstory runs.
 *
 * Whatever is stored is repaired on every read by `sanitizeSettings`, field by field: a wrong type,
 * an unknown key, a string where an object belongs or `null` falls back to that field's default and
 * never throws. The repair is hand-written, not zod, because the content script imports this module
 * and must not ship zod; `settings-schema.ts` states the same rules in zod and a property test keeps
 * the two in agreement.
 *
 * No `browser.*` runs at import time: the settings item is defined on first use (defining an item
 * that has migrations starts reading storage at once).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { EntityType, Lang } from '../dataset/schema';
import { toLang } from '../i18n/translate';

/** Highlight categories a reader can switch, as the options page groups them. */
export const HIGHLIGHT_CATEGORIES = [
  'people',
  'organizations',
  'places',
  'laws',
  'events',
  'disputed',
] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

export const HIGHLIGHT_STYLES = ['subtle', 'strong', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** `page`: the article's language; `browser`: the browser's UI language; or fixed. */
export const CARD_LANGUAGES = ['page', 'browser', 'en', 'es'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export const BADGE_MODES = ['disputed', 'entities'] as const;
export type BadgeMode = (typeof BADGE_MODES)[number];

export interface SiteSettings {
  /** Curated outlets (by `domain`) the reader switched off. */
  disabledCurated: string[];
  /** Extra sites where it always runs (the reader granted host permission for each). */
  always: string[];
  /** Sites where it never runs, not even from the curated list. */
  never: string[];
  /** Run on every site (the reader granted the optional `*://*\/*` permission). */
  allSites: boolean;
}

export interface Settings {
  highlight: Record<HighlightCategory, boolean>;
  style: HighlightStyle;
  cardLanguage: CardLanguage;
  badge: BadgeMode;
  sites: SiteSettings;
}

/** A change to some settings; `highlight` and `sites` merge one level deep. */
export interface SettingsPatch {
  highlight?: Partial<Record<HighlightCategory, boolean>>;
  style?: HighlightStyle;
  cardLanguage?: CardLanguage;
  badge?: BadgeMode;
  sites?: Partial<SiteSettings>;
}

/** A curated outlet, as listed in `assets/dataset/news-sites.json`. */
export interface CuratedSite {
  name: string;
  domain: string;
  lang: string;
}

/** Where an entity type's highlights are switched on and off (the panel's groups, `lib/present/view-model.ts`). */
export const CATEGORY_OF_TYPE: Record<EntityType, HighlightCategory> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
  facility: 'places',
  law: 'laws',
  'court-case': 'laws',
  event: 'events',
  policy: 'events',
};

/** True when highlights of `kind` (an entity type, or `disputed`) are switched on. */
export function isHighlightOn(settings: Settings, kind: EntityType | 'disputed'): boolean {
  return settings.highlight[kind === 'disputed' ? 'disputed' : CATEGORY_OF_TYPE[kind]];
}

/**
 * The language of the extension's own pages (popup, options): the card language when the reader
 * fixed one, else the browser's UI language (these pages have no article language to follow).
 */
export function extensionPageLanguage(cardLanguage: CardLanguage, browserUiLanguage: string): Lang {
  return cardLanguage === 'en' || cardLanguage === 'es' ? cardLanguage : toLang(browserUiLanguage);
}

/** The settings of a fresh install. Call for a copy; callers may mutate what they get. */
export function defaultSettings(): Settings {
  return {
    highlight: {
      people: true,
      organizations: true,
      places: true,
      laws: true,
      events: true,
      disputed: true,
    },
    style: 'subtle',
    cardLanguage: 'page',
    badge: 'disputed',
    sites: { disabledCurated: [], always: [], never: [], allSites: false },
  };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function oneOf<T extends string>(values: readonly T[], x: unknown, fallback: T): T {
  return typeof x === 'string' && (values as readonly string[]).includes(x) ? (x as T) : fallback;
}

// A hostname as we store it: lowercase labels of letters, digits and hyphens, at least one dot.
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Turn what a reader typed ("https://www.Example.com/news", "example.com") into the hostname we
 * store ("example.com"), or null when it is not a site. A leading `www.` is dropped because a site
 * entry covers its subdomains anyway.
 */
export function normalizeSite(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return HOSTNAME.test(host) ? host : null;
}

function siteList(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  const out: string[] = [];
  for (const item of x) {
    const site = normalizeSite(item);
    if (site && !out.includes(site)) out.push(site);
  }
  return out;
}

/**
 * Repair any stored value into valid settings, field by field: each field that is missing or of the
 * wrong shape takes its default, unknown keys are dropped, and invalid site entries are left out.
 * Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isPlainObject(raw)) return settings;
  if (isPlainObject(raw.highlight)) {
    for (const category of HIGHLIGHT_CATEGORIES) {
      const value = raw.highlight[category];
      if (typeof value === 'boolean') settings.highlight[category] = value;
    }
  }
  settings.style = oneOf(HIGHLIGHT_STYLES, raw.style, settings.style);
  settings.cardLanguage = oneOf(CARD_LANGUAGES, raw.cardLanguage, settings.cardLanguage);
  settings.badge = oneOf(BADGE_MODES, raw.badge, settings.badge);
  if (isPlainObject(raw.sites)) {
    settings.sites.disabledCurated = siteList(raw.sites.disabledCurated);
    settings.sites.always = siteList(raw.sites.always);
    settings.sites.never = siteList(raw.sites.never);
    if (typeof raw.sites.allSites === 'boolean') settings.sites.allSites = raw.sites.allSites;
  }
  return settings;
}

/** Apply `patch` to `current` and repair the result (a patch can come from anywhere). */
export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return sanitizeSettings({
    ...current,
    ...patch,
    highlight: { ...current.highlight, ...patch.highlight },
    sites: { ...current.sites, ...patch.sites },
  });
}

const V1_KEYS = ['enabled', 'highlightStyle', 'language', 'blockedSites'];

/**
 * Version 1 was the prototype's flat shape: `{ enabled, highlightStyle: 'subtle' | 'strong',
 * language: 'auto' | 'en' | 'es', blockedSites }`. Anything without those keys (including a value
 * written without version metadata, which WXT counts as version 1) passes through to be repaired.
 */
export function migrateSettingsV1(old: unknown): unknown {
  if (!isPlainObject(old) || !V1_KEYS.some((key) => key in old)) return old;
  const enabled = old.enabled !== false;
  const language = old.language === 'auto' ? 'page' : old.language;
  return {
    highlight: Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c, enabled])),
    style: old.highlightStyle,
    cardLanguage: language,
    sites: { never: old.blockedSites },
  };
}

/** The current version of `local:settings`; bump it with a migration when the shape changes. */
export const SETTINGS_VERSION = 2;

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
  const next = snoozed
    ? [...current.filter((s) => s !== host), host]
    : current.filter((s) => s !== host);
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

// ---------------------------------------------------------------------------------------------
// Where it runs.

/** True when `host` is `site` or one of its subdomains. */
export function hostMatchesSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** The hostname of an http(s) URL, lowercase and without `www.`; null for any other URL. */
export function siteOfUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeSite(parsed.hostname);
  } catch {
    return null;
  }
}

/**
 * The curated outlet that covers `host`: the most specific listed domain, so that
 * `cnnespanol.cnn.com` follows its own entry rather than `cnn.com`'s.
 */
export function curatedSiteFor<S extends CuratedSite>(host: string, curated: readonly S[]): S | null {
  let best: S | null = null;
  for (const site of curated) {
    if (hostMatchesSite(host, site.domain) && (!best || site.domain.length > best.domain.length)) {
      best = site;
    }
  }
  return best;
}

/** Match patterns that cover a site and its subdomains, for permission requests. */
export function originsForSite(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** The optional permission behind "run on all sites". */
export const ALL_SITES_ORIGINS = ['*://*/*'];

/**
 * Whether Backstory runs on `url` by itself (`auto`), only when the reader asks (`on-request`),
 * or not at all (`never`). Order: pages that are not http(s) and "never" sites first, then a site
 * paused for this session, then "always" sites, curated outlets (on unless switched off), and
 * "all sites".
 */
export function shouldRunOn(
  url: string,
  settings: Settings,
  curatedSites: readonly CuratedSite[],
  snoozedSites: readonly string[] = [],
): 'auto' | 'never' | 'on-request' {
  const host = siteOfUrl(url);
  if (!host) return 'never';
  const listed = (sites: readonly string[]) => sites.some((site) => hostMatchesSite(host, site));
  if (listed(settings.sites.never)) return 'never';
  // A paused site still answers "Scan this page": the reader asked.
  if (listed(snoozedSites)) return 'on-request';
  if (listed(settings.sites.always)) return 'auto';
  const curated = curatedSiteFor(host, curatedSites);
  // A curated outlet the reader switched off stays off even with "all sites": the narrower choice wins.
  if (curated) return settings.sites.disabledCurated.includes(curated.domain) ? 'on-request' : 'auto';
  if (settings.sites.allSites) return 'auto';
  return 'on-request';
}
