/**
 * The curated news outlets where Backstory runs without being asked, as manifest match patterns.
 * The list itself is data (`assets/dataset/news-sites.json`), reviewed like the topic pack.
 */
import sites from '../assets/dataset/news-sites.json';

export interface NewsSite {
  name: string;
  domain: string;
  lang: string;
}

export const NEWS_SITES: readonly NewsSite[] = (sites as { sites: NewsSite[] }).sites;

/** Match patterns for a domain and its subdomains, over http and https. */
export function matchPatternsFor(domain: string): string[] {
  return [`*://${domain}/*`, `*://*.${domain}/*`];
}

export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.flatMap((s) => matchPatternsFor(s.domain));
