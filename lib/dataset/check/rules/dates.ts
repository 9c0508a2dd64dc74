/** Rule: dates are real calendar days and no span ends before it starts. */
import type { ReportAt, Segment, ValidElements } from '../types';

/** Earliest and latest day a partial ISO date can mean, as sortable strings. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
export function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** The regex admits 2025-02-30; a calendar check does not. */
export function isCalendarDate(date: string): boolean {
  if (date.length !== 10) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

export interface DateSpan {
  segments: Segment[];
  start: string;
  startKey: string;
  end?: string;
  endKey?: string;
}

export function checkDates(valid: ValidElements, reportAt: ReportAt): void {
  const spans: DateSpan[] = [];
  const add = (segments: Segment[], start: string, startKey: string, end?: string, endKey?: string) =>
    spans.push({ segments, start, startKey, end, endKey });

  for (const { value, segments } of valid.sources) add(segments, value.date, 'date');
  for (const { value, segments } of valid.entities) {
    value.facts.forEach((f, i) => add([...segments, 'facts', i], f.date, 'date', f.endDate, 'endDate'));
    value.roles.forEach((r, i) => add([...segments, 'roles', i], r.from, 'from', r.to, 'to'));
  }
  for (const { value, segments } of valid.claims) {
    value.positions.forEach((p, i) => add([...segments, 'positions', i], p.date, 'date'));
    add([...segments, 'status'], value.status.date, 'date');
  }
  for (const { value, segments } of valid.timeline) add(segments, value.date, 'date', value.endDate, 'endDate');
  // A correction is dated when the edit was made, which can be after the date the facts describe.
  const firstCorrection = spans.length;
  valid.meta?.corrections.forEach((c, i) => add(['meta', 'corrections', i], c.date, 'date'));

  const reviewedAt = valid.meta?.reviewedAt;
  for (const [index, span] of spans.entries()) {
    const isCorrection = index >= firstCorrection;
    const ends = span.end !== undefined && span.endKey ? [[span.end, span.endKey] as const] : [];
    for (const [date, key] of [[span.start, span.startKey] as const, ...ends]) {
      if (!isCalendarDate(date)) reportAt([...span.segments, key], `${date} is not a calendar date`);
      else if (reviewedAt && !isCorrection && firstDay(date) > lastDay(reviewedAt)) {
        const message = `${key} ${date} is after the pack's review date ${reviewedAt} (meta.reviewedAt)`;
        reportAt([...span.segments, key], message);
      }
    }
    if (span.end !== undefined && span.endKey && lastDay(span.end) < firstDay(span.start)) {
      reportAt([...span.segments, span.endKey], `${span.endKey} ${span.end} is before ${span.startKey} ${span.start}`);
    }
  }
}
