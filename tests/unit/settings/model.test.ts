/**
 * The settings as data: defaults, and the repair of any stored value (`sanitizeSettings`), checked
 * over generated input for totality, idempotence and its field-by-field rules.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BADGE_MODES,
  CARD_LANGUAGES,
  HIGHLIGHT_CATEGORIES,
  HIGHLIGHT_STYLES,
  defaultSettings,
  isHighlightOn,
  sanitizeSettings,
  type Settings,
} from '../../../lib/settings/model';
import { normalizeSite } from '../../../lib/settings/sites';

describe('defaults', () => {
  test('every category is highlighted, subtly, in the page language, badge counts disputed points', () => {
    const d = defaultSettings();
    expect(Object.values(d.highlight).every(Boolean)).toBe(true);
    expect([d.style, d.cardLanguage, d.badge]).toEqual(['subtle', 'page', 'disputed']);
    expect(d.sites).toEqual({ disabledCurated: [], always: [], never: [], allSites: false });
  });

  test('defaultSettings returns a fresh copy each time', () => {
    const a = defaultSettings();
    a.highlight.people = false;
    a.sites.never.push('example.com');
    expect(defaultSettings().highlight.people).toBe(true);
    expect(defaultSettings().sites.never).toEqual([]);
  });
});

/** Any value a store could hand back: plausible settings with wrong fields here and there, or any JSON. */
const plausibleSettings = fc.record(
  {
    highlight: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...HIGHLIGHT_CATEGORIES, 'other'),
        fc.oneof(fc.boolean(), fc.string(), fc.constant(null)),
      ),
      fc.jsonValue(),
    ),
    style: fc.oneof(fc.constantFrom(...HIGHLIGHT_STYLES, 'bold'), fc.jsonValue()),
    cardLanguage: fc.constantFrom(...CARD_LANGUAGES, 'fr', 1),
    badge: fc.constantFrom(...BADGE_MODES, null),
    sites: fc.oneof(
      fc.record(
        {
          never: fc.array(fc.oneof(fc.domain(), fc.webUrl(), fc.string(), fc.integer())),
          always: fc.oneof(fc.array(fc.domain()), fc.string()),
          disabledCurated: fc.array(fc.constantFrom('apnews.com', 'WWW.CNN.com', '', 'x')),
          allSites: fc.oneof(fc.boolean(), fc.string()),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const anyStored = fc.oneof(plausibleSettings, fc.jsonValue(), fc.anything());

/** A stored site list as the repair must leave it: normalised hostnames, each once. */
function isSiteList(x: unknown): boolean {
  return Array.isArray(x) && x.every((s) => normalizeSite(s) === s) && new Set(x).size === x.length;
}

/** Valid settings: exactly the known keys, each of its type and range. */
function isValidSettings(s: Settings): boolean {
  return (
    Object.keys(s).sort().join() === 'badge,cardLanguage,highlight,sites,style' &&
    Object.keys(s.highlight).sort().join() === [...HIGHLIGHT_CATEGORIES].sort().join() &&
    Object.values(s.highlight).every((v) => typeof v === 'boolean') &&
    HIGHLIGHT_STYLES.includes(s.style) &&
    CARD_LANGUAGES.includes(s.cardLanguage) &&
    BADGE_MODES.includes(s.badge) &&
    Object.keys(s.sites).sort().join() === 'allSites,always,disabledCurated,never' &&
    isSiteList(s.sites.always) &&
    isSiteList(s.sites.never) &&
    isSiteList(s.sites.disabledCurated) &&
    typeof s.sites.allSites === 'boolean'
  );
}

/** The reference rule for one site list: normalise each entry, drop the invalid, keep the first of each. */
function expectedSiteList(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  return [...new Set(x.map(normalizeSite).filter((s): s is string => s !== null))];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

describe('sanitizeSettings, over any input', () => {
  test('is total: any value becomes valid settings, without throwing', () => {
    fc.assert(
      fc.property(anyStored, (raw) => {
        expect(isValidSettings(sanitizeSettings(raw))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('is idempotent: repaired settings need no further repair', () => {
    fc.assert(
      fc.property(anyStored, (raw) => {
        const once = sanitizeSettings(raw);
        expect(sanitizeSettings(once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  test('repairs field by field: a valid field survives its neighbours, an invalid one takes its default', () => {
    const d = defaultSettings();
    fc.assert(
      fc.property(plausibleSettings, (raw) => {
        const s = sanitizeSettings(raw);
        const keep = <T>(values: readonly T[], x: unknown, fallback: T) => (values.includes(x as T) ? x : fallback);
        expect(s.style).toBe(keep(HIGHLIGHT_STYLES, raw.style, d.style));
        expect(s.cardLanguage).toBe(keep(CARD_LANGUAGES, raw.cardLanguage, d.cardLanguage));
        expect(s.badge).toBe(keep(BADGE_MODES, raw.badge, d.badge));
        for (const category of HIGHLIGHT_CATEGORIES) {
          const given = isObject(raw.highlight) ? raw.highlight[category] : undefined;
          expect(s.highlight[category]).toBe(typeof given === 'boolean' ? given : d.highlight[category]);
        }
        const sites = isObject(raw.sites) ? raw.sites : {};
        expect(s.sites.never).toEqual(expectedSiteList(sites.never));
        expect(s.sites.always).toEqual(expectedSiteList(sites.always));
        expect(s.sites.disabledCurated).toEqual(expectedSiteList(sites.disabledCurated));
        expect(s.sites.allSites).toBe(typeof sites.allSites === 'boolean' ? sites.allSites : d.sites.allSites);
      }),
      { numRuns: 500 },
    );
  });
});

describe('highlight categories', () => {
  test.each([
    ['person', 'people'],
    ['facility', 'places'],
    ['court-case', 'laws'],
    ['policy', 'events'],
    ['disputed', 'disputed'],
  ] as const)('%s follows the %s switch', (kind, category) => {
    const s = defaultSettings();
    expect(isHighlightOn(s, kind)).toBe(true);
    s.highlight[category] = false;
    expect(isHighlightOn(s, kind)).toBe(false);
  });
});
