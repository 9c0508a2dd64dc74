/**
 * Where Backstory runs: sites as the reader types and we store them, the curated outlets, the
 * match patterns that grant host access, and `shouldRunOn`, the one decision over all of them.
 *
 * Pure functions only: the build (`wxt.config.ts`) imports this module for the manifest's match
 * patterns, so it must not reach storage or any browser API. The curated list itself is data
 * (`assets/dataset/news-sites.json`, reviewed like the topic pack) that entrypoints pass in.
 */

/** A curated outlet, as listed in `assets/dataset/news-sites.json`. */
export interface CuratedSite {
  name: string;
  domain: string;
  lang: string;
}

/** The reader's choices of where Backstory runs (`Settings.sites`). */
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

/** Whether Backstory runs on a page by itself, never, or only when the reader asks. */
export type RunDecision = 'auto' | 'never' | 'on-request';

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

/** Any stored value as a list of sites: normalized, invalid entries and duplicates left out. */
export function siteList(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  const out: string[] = [];
  for (const item of x) {
    const site = normalizeSite(item);
    if (site && !out.includes(site)) out.push(site);
  }
  return out;
}

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
function curatedSiteFor<S extends CuratedSite>(host: string, curated: readonly S[]): S | null {
  let best: S | null = null;
  for (const site of curated) {
    if (hostMatchesSite(host, site.domain) && (!best || site.domain.length > best.domain.length)) {
      best = site;
    }
  }
  return best;
}

/** Match patterns that cover a site and its subdomains over http and https (manifest, permissions). */
export function originsForSite(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** The match patterns of the curated outlets: the manifest's content-script matches and host access. */
export function curatedMatchPatterns(curated: readonly CuratedSite[]): string[] {
  return curated.flatMap((site) => originsForSite(site.domain));
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
  settings: { sites: SiteSettings },
  curatedSites: readonly CuratedSite[],
  snoozedSites: readonly string[] = [],
): RunDecision {
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
