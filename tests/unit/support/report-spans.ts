/**
 * Shared checks for the hardening tests: every span a report gives must be the article text at its
 * offsets, and map back to DOM text through `rangeFor`.
 */
import { expect } from 'vitest';
import type { PageReport } from '../../../lib/report/report';
import type { TextIndex } from '../../../lib/dom/text-index';

/** Whitespace-insensitive form: between blocks the DOM holds whatever whitespace the page has. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The DOM text of `index.rangeFor(start, end)` via a live `Range` of the test window's own
 * `document` (happy-dom's `Range.toString` returns '' for ranges of other documents).
 */
export function rangeText(index: TextIndex, start: number, end: number): string | null {
  const init = index.rangeFor(start, end);
  if (!init) return null;
  const range = document.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range.toString();
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Every entity mention and disputed sentence of a report. */
export function spansOf(report: PageReport): Span[] {
  return [
    ...report.entities.flatMap((e) => e.mentions),
    ...report.disputed.map(({ text, start, end }) => ({ text, start, end })),
  ];
}

/**
 * Assert each span lies inside the article text and equals it at its offsets; with `dom`, also that
 * its range reads back the same words from the DOM (the document must be the global `document`).
 */
export function expectSpansInText(report: PageReport, index: TextIndex, options: { dom?: boolean } = {}): void {
  for (const span of spansOf(report)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(index.text.length);
    expect(index.text.slice(span.start, span.end)).toBe(span.text);
    if (options.dom) expect(squash(rangeText(index, span.start, span.end) ?? '<null>')).toBe(squash(span.text));
  }
}
