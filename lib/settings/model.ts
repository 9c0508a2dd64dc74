/**
 * The reader's settings as data: their types, the defaults of a fresh install, the repair of any
 * stored value (`sanitizeSettings`) and the migration from the prototype's shape. Storage lives in
 * `store.ts`, where Backstory runs in `sites.ts`.
 *
 * Whatever is stored is repaired on every read by `sanitizeSettings`, field by field: a wrong type,
 * an unknown key, a string where an object belongs or `null` falls back to that field's default and
 * never throws. The repair is hand-written, not zod, because the content script imports this module
 * and must not ship zod.
 */
import type { EntityType, Lang } from '../dataset/schema';
import { toLang } from '../i18n/translate';
import { isRecord } from '../util/guards';
import { siteList, type SiteSettings } from './sites';

/** Highlight categories a reader can switch, as the options page groups them. */
export const HIGHLIGHT_CATEGORIES = ['people', 'organizations', 'places', 'laws', 'events', 'disputed'] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

export const HIGHLIGHT_STYLES = ['subtle', 'strong', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** `page`: the article's language; `browser`: the browser's UI language; or fixed. */
export const CARD_LANGUAGES = ['page', 'browser', 'en', 'es'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export const BADGE_MODES = ['disputed', 'entities'] as const;
export type BadgeMode = (typeof BADGE_MODES)[number];

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

function oneOf<T extends string>(values: readonly T[], x: unknown, fallback: T): T {
  return typeof x === 'string' && (values as readonly string[]).includes(x) ? (x as T) : fallback;
}

/**
 * Repair any stored value into valid settings, field by field: each field that is missing or of the
 * wrong shape takes its default, unknown keys are dropped, and invalid site entries are left out.
 * Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (isRecord(raw.highlight)) {
    for (const category of HIGHLIGHT_CATEGORIES) {
      const value = raw.highlight[category];
      if (typeof value === 'boolean') settings.highlight[category] = value;
    }
  }
  settings.style = oneOf(HIGHLIGHT_STYLES, raw.style, settings.style);
  settings.cardLanguage = oneOf(CARD_LANGUAGES, raw.cardLanguage, settings.cardLanguage);
  settings.badge = oneOf(BADGE_MODES, raw.badge, settings.badge);
  if (isRecord(raw.sites)) {
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
  if (!isRecord(old) || !V1_KEYS.some((key) => key in old)) return old;
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
