/** Rules: the source policy (canonical URLs, no staging hosts, dates, real headlines). */
import type { ReportAt, Segment, ValidElements } from '../types';

/**
 * Hosts that serve a publisher's pages before or beside publication (staging, preview, proof and
 * CMS origins). A reader sent there may see a draft or nothing; the canonical host is cited instead.
 */
export const STAGING_HOSTS: readonly string[] = [
  'prod-www.startribune.com',
  'pre.efe.com',
  'preview.deepnewz.com',
  'proof.csmonitor.com',
  'digital-release.thehill.com',
  'scotusblog.go-vip.net',
];
/** Host-name shapes of staging and preview servers, tested label by label. */
export const STAGING_HOST_PATTERNS: readonly RegExp[] = [
  /^prod-/,
  /^pre\./,
  /^preview\./,
  /^proof\./,
  /^digital-release\./,
  /(^|[.-])staging([.-]|$)/,
  /(^|\.)stage\./,
  /\.go-vip\.(net|co)$/,
  /\.azurewebsites\.net$/,
  /\.pages\.dev$/,
];

/** Why a URL's host is not acceptable as a citation, or undefined when it is. */
export function stagingHostReason(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const cite = "cite the publisher's canonical host";
  if (STAGING_HOSTS.includes(host)) return `host "${host}" is a staging or preview server; ${cite}`;
  const pattern = STAGING_HOST_PATTERNS.find((p) => p.test(host));
  return pattern ? `host "${host}" looks like a staging or preview server (${String(pattern)}); ${cite}` : undefined;
}

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar date a URL's path spells out (`/2025/03/16/`, `/2025-03-16`, `/2025/Mar/25/`), at the
 * precision it gives, or undefined. Query strings are ignored: trackers put dates there too.
 */
export function urlPathDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const full = /(?:^|[/_-])(20\d{2}|19\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const named = /\/(20\d{2})\/([A-Za-z]{3})\/(0?[1-9]|[12]\d|3[01])\//.exec(path);
  if (named) {
    const m = MONTHS.indexOf(named[2]!.toLowerCase());
    if (m >= 0) return `${named[1]}-${String(m + 1).padStart(2, '0')}-${named[3]!.padStart(2, '0')}`;
  }
  const month = /\/(20\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  return month ? `${month[1]}-${month[2]}` : undefined;
}

/** Titles an editor wrote rather than copied; they must be marked `"titleKind": "descriptive"`. */
export const CONSTRUCTED_TITLE = /^(report|reports|article|coverage|summary|analysis|story)\s+(on|that|of|about)\b/i;

/**
 * The source policy documented in the pack's methodology: canonical URLs, no staging hosts, URL dates
 * that agree with the source's date, and titles that are real headlines unless marked descriptive.
 * A mirror used as the source URL is a warning unless `via.canonicalUnavailable` records why the
 * original's own page could not be cited (for many wire stories it is not among the stored pages);
 * those are counted in the summary instead.
 */
export function checkSourcePolicy(
  valid: ValidElements,
  reportAt: ReportAt,
  warn: (segments: Segment[], message: string) => void,
): { mirrorsWithReason: number } {
  let mirrorsWithReason = 0;
  for (const { value: source, segments } of valid.sources) {
    const urls: [string, Segment[]][] = [[source.url, [...segments, 'url']]];
    if (source.via?.url) urls.push([source.via.url, [...segments, 'via', 'url']]);
    for (const [url, at] of urls) {
      const reason = stagingHostReason(url);
      if (reason) reportAt(at, reason);
    }
    const inUrl = urlPathDate(source.url);
    if (inUrl && !datesAgree(inUrl, source.date)) {
      reportAt([...segments, 'date'], `date ${source.date} disagrees with the date ${inUrl} in the URL path`);
    }
    if (source.titleKind !== 'descriptive' && CONSTRUCTED_TITLE.test(source.title)) {
      reportAt(
        [...segments, 'title'],
        `"${source.title}" reads as a description, not a headline; ` +
          'mark it "titleKind": "descriptive" or use the real headline',
      );
    }
    if (source.via?.url && source.via.url === source.url) {
      if (source.via.canonicalUnavailable) mirrorsWithReason += 1;
      else {
        const message =
          `the URL is the mirror's (${source.via.publisher}); ` +
          "cite the original's canonical URL and keep the mirror as via";
        warn([...segments, 'url'], message);
      }
    }
  }
  return { mirrorsWithReason };
}

/** Two partial ISO dates agree when one is a prefix of the other (2025-03 and 2025-03-16). */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
