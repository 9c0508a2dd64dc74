/**
 * The settings rules in zod: each field `.catch`es its default, so parsing repairs instead of
 * failing. This is the reviewed statement of the rules; what ships is `sanitizeSettings` in
 * `settings.ts` (the content script must not bundle zod), and a property test checks that both give
 * the same result for any input. Import only from Node, tests, or extension pages.
 */
import { z } from 'zod';
import {
  BADGE_MODES,
  CARD_LANGUAGES,
  HIGHLIGHT_STYLES,
  defaultSettings,
  normalizeSite,
  type Settings,
} from './settings/model';

const defaults = defaultSettings();

const siteList = z
  .array(z.unknown())
  .catch([])
  .transform((items) => [...new Set(items.map(normalizeSite).filter((s): s is string => s !== null))]);

const flag = (fallback: boolean) => z.boolean().catch(fallback);

const HighlightSchema = z
  .object({
    people: flag(defaults.highlight.people),
    organizations: flag(defaults.highlight.organizations),
    places: flag(defaults.highlight.places),
    laws: flag(defaults.highlight.laws),
    events: flag(defaults.highlight.events),
    disputed: flag(defaults.highlight.disputed),
  })
  .catch(() => defaultSettings().highlight);

const SitesSchema = z
  .object({
    disabledCurated: siteList,
    always: siteList,
    never: siteList,
    allSites: flag(defaults.sites.allSites),
  })
  .catch(() => defaultSettings().sites);

/** Parses any value into valid `Settings`; never throws. */
export const SettingsSchema: z.ZodType<Settings, unknown> = z
  .object({
    highlight: HighlightSchema,
    style: z.enum(HIGHLIGHT_STYLES).catch(defaults.style),
    cardLanguage: z.enum(CARD_LANGUAGES).catch(defaults.cardLanguage),
    badge: z.enum(BADGE_MODES).catch(defaults.badge),
    sites: SitesSchema,
  })
  .catch(() => defaultSettings());
