/**
 * Publication dates on pages nobody on the project wrote: the real pages of
 * `../shared/realpages-data/real-pages.tar.xz` whose Readability metadata states a
 * `publishedTime`, plus the project's own fixture pages (their sources state the date).
 * Without the archive the real-page part says so and is skipped, unless
 * BACKSTORY_REQUIRE_REALPAGES=1 makes that a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { detectPublishedDate } from '../../../lib/detect/published-date';
import { REAL_PAGES_ARCHIVE as ARCHIVE } from '../support/real-pages';

const now = new Date('2026-12-05T12:00:00Z');
const haveArchive = existsSync(ARCHIVE);
const dir = haveArchive ? mkdtempSync(join(tmpdir(), 'backstory-dates-')) : '';
if (haveArchive) execFileSync('tar', ['-xJf', ARCHIVE, '-C', dir]);
else if (process.env.BACKSTORY_REQUIRE_REALPAGES === '1') throw new Error(`real pages missing: ${ARCHIVE}`);
else console.warn(`\n*** realpages-data missing (${ARCHIVE}): real-page publication dates NOT measured ***\n`);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!haveArchive)('publication dates on real pages', () => {
  test('right to the day on ≥ 95 % of pages whose metadata states one, and never wrong instead of unknown', () => {
    let right = 0;
    const wrong: string[] = [];
    const unknown: string[] = [];
    let total = 0;
    for (const file of readdirSync(join(dir, 'expected')).filter((f) => f.endsWith('.json'))) {
      const name = file.slice(0, -'.json'.length);
      const stated = JSON.parse(readFileSync(join(dir, 'expected', file), 'utf8')).publishedTime;
      const pagePath = join(dir, 'pages', `${name}.html`);
      if (!stated || !existsSync(pagePath)) continue;
      total++;
      const want = String(stated).slice(0, 10);
      const got = detectPublishedDate(parseHtmlDocument(readFileSync(pagePath, 'utf8')), { now }).published;
      if (got === want) right++;
      else if (got === null) unknown.push(`${name} (${want})`);
      else wrong.push(`${name}: ${got} instead of ${want}`);
    }
    console.log(
      `real pages with a stated date: ${right}/${total} right to the day (${((100 * right) / total).toFixed(1)} %); unknown: ${unknown.join(', ') || 'none'}; wrong: ${wrong.join(', ') || 'none'}`,
    );
    expect(total).toBeGreaterThanOrEqual(30);
    expect(wrong).toEqual([]);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  test('all 300 pages are read without throwing', () => {
    const pages = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html'));
    let dated = 0;
    for (const file of pages) {
      if (detectPublishedDate(parseHtmlDocument(readFileSync(join(dir, 'pages', file), 'utf8')), { now }).published)
        dated++;
    }
    console.log(`real pages: ${dated}/${pages.length} carry a date the detector trusts`);
    expect(pages.length).toBe(300);
  }, 120_000);
});

describe("the project's own fixture pages", () => {
  const root = resolve(__dirname, '../../fixtures');
  const rows: [string, string][] = [];
  for (const [src, out] of [
    ['articles-src', 'articles'],
    ['holdout-src', 'holdout'],
  ]) {
    for (const file of readdirSync(join(root, src)).filter((f) => f.endsWith('.src.txt'))) {
      const source = readFileSync(join(root, src, file), 'utf8');
      // Section fronts and search pages are not articles: their date is not an article's.
      if (/^layout:\s*(?:front|search)\s*$/m.test(source)) continue;
      const date = /^date:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(source)?.[1];
      const html = join(root, out, file.replace(/\.src\.txt$/, '.html'));
      if (date && existsSync(html)) rows.push([`${out}/${file.replace(/\.src\.txt$/, '')}`, date]);
    }
  }

  test('there are dated fixtures to check', () => expect(rows.length).toBeGreaterThan(50));

  test.each(rows)('%s was published on %s', (name, date) => {
    const doc = parseHtmlDocument(readFileSync(join(root, `${name}.html`), 'utf8'));
    expect(detectPublishedDate(doc, { now }).published).toBe(date);
  });
});
