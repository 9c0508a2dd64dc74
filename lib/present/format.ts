/**
 * Formatting helpers for the in-page UI: dataset dates of day, month or year precision and the
 * https-only link rule. Pure: language and clock come in as parameters.
 */
import type { Lang } from '../dataset/schema';
import { inPageStrings } from '../i18n/strings/inpage';
import { translator } from '../i18n/translate';

const { t } = translator(inPageStrings);

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Format an ISO date of day, month or year precision ("2025-03-16", "2025-03", "2025") without
 * inventing precision: a month-precision date never gains a day. UTC, so no time zone shifts it.
 */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = DATE_RE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, opts).format(date);
}

/** A dated span: "Jan 2025 – Mar 2026", or one date when there is no end. */
export function formatPeriod(from: string, to: string | undefined, lang: Lang): string {
  if (!to) return formatIsoDate(from, lang);
  return t(lang, 'date.range', { from: formatIsoDate(from, lang), to: formatIsoDate(to, lang) });
}

/**
 * The last instant an ISO date of any precision covers ("2026-03" → end of 31 March 2026), so a
 * role that ended "in March 2026" still counts as current on 10 March.
 */
export function endOfIsoDate(iso: string): number {
  const m = DATE_RE.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (!mo) return Date.UTC(year + 1, 0, 1) - 1;
  if (!d) return Date.UTC(year, Number(mo), 1) - 1;
  return Date.UTC(year, Number(mo) - 1, Number(d) + 1) - 1;
}

/** The first instant an ISO date of any precision covers ("2026-03" → 1 March 2026, 00:00 UTC). */
export function startOfIsoDate(iso: string): number {
  const m = DATE_RE.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d] = m;
  return Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
}

/** True when a role or period starting at `from` has begun by `now`. */
export function hasStarted(from: string, now: Date): boolean {
  const start = startOfIsoDate(from);
  return !Number.isFinite(start) || start <= now.getTime();
}

/** True when a role or period ending at `to` is over by `now`. */
export function hasEnded(to: string | undefined, now: Date): boolean {
  if (!to) return false;
  const end = endOfIsoDate(to);
  return Number.isFinite(end) && end < now.getTime();
}

/** Only `https:` URLs become links; anything else is shown as plain text. */
export function isSafeLink(url: string | undefined): url is string {
  if (!url || !url.startsWith('https:')) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Sort key for ISO dates of mixed precision: "2025" sorts before "2025-01". */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The keyboard command that toggles the panel, as declared in the manifest (`wxt.config.ts`). */
export const PANEL_SHORTCUT = 'Alt+Shift+B';

/**
 * The panel shortcut as the reader's keyboard labels it: browsers map Alt to Option on a Mac.
 * Readers who changed the shortcut in the browser's settings see the default here: a content
 * script cannot read the commands API.
 */
export function shortcutLabel(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? 'Option+Shift+B' : PANEL_SHORTCUT;
}
