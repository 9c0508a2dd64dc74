/**
 * How much of a long article carries disputed marking: on the longest English and Spanish article
 * fixtures, the share of the article text under a clear disputed mark (first sentence per claim per
 * paragraph) and under any disputed mark, printed; the clear marks must stay a minority of the text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { secondaryDisputed } from '../../../lib/dom/highlight';

const DIR = resolve(import.meta.dirname, '../../fixtures/articles');
const PAGES = ['en-longform-year-of-cecot', 'es-cronologia-un-ano-cecot'];

/** Most of the text a reader sees may carry a clear disputed mark. */
const MAX_CLEAR_SHARE = 0.35;

function coverage(spans: { start: number; end: number }[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = 0;
  for (const s of sorted) {
    const from = Math.max(s.start, reach);
    if (s.end > from) covered += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return covered;
}

describe('share of a long article under disputed marking', () => {
  const pack = loadCompiledPack();
  test.each(PAGES)('%s', (name) => {
    const html = readFileSync(resolve(DIR, `${name}.html`), 'utf8');
    const { report, index } = analyzeDocument(parseHtmlDocument(html, `https://fixtures.example/${name}`), pack);
    expect(report.topic.onTopic).toBe(true);
    const text = index.text.replace(/\s/g, ' ');
    const body = text.replace(/ /g, '').length;
    const nonSpace = (spans: { start: number; end: number }[]) => coverage(spans) - spans.length * 0; // offsets include spaces; measured the same way for the total below
    const total = text.length;
    const secondary = secondaryDisputed(report.disputed, index.text);
    const clear = report.disputed.filter((_, i) => !secondary.has(i));
    const anyShare = nonSpace(report.disputed) / total;
    const clearShare = nonSpace(clear) / total;
    console.log(
      `${name}: ${report.disputed.length} disputed hits (${clear.length} clear), ${total} chars (${body} non-space): ` +
        `any disputed mark ${(anyShare * 100).toFixed(0)} %, clear mark ${(clearShare * 100).toFixed(0)} %`,
    );
    expect(clearShare).toBeLessThanOrEqual(MAX_CLEAR_SHARE);
  });
});
