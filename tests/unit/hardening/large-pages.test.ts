/**
 * Hostile pages at the engine level: a single 1 MB text node and very deep nesting must be
 * analysed without a throw, a stack overflow or a multi-second freeze of the page.
 */
import { describe, expect, test, vi } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { analyzeHtml, parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { isExcludedElement, isRelatedLinkBlock } from '../../../lib/detect/exclusions';
import { buildTextIndex } from '../../../lib/dom/text-index';
import { splitSentences } from '../../../lib/match/sentences';
import { expectSpansInText, rangeText } from '../support/report-spans';

const pack = loadCompiledPack();

const SENTENCE =
  'Kristi Noem toured the CECOT prison in El Salvador, where Nayib Bukele holds Venezuelan men deported under the Alien Enemies Act. ';
const FILLER = 'The hearing resumed on Monday. ';
const HEADLINE = 'Noem visits CECOT in El Salvador';
const ARTICLE_HEAD =
  '<html lang="en"><head><title>Noem visits CECOT</title>' +
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>';

const ONE_MB = 1 << 20;
const bigText = (SENTENCE + FILLER).repeat(Math.ceil(ONE_MB / (SENTENCE.length + FILLER.length))).slice(0, ONE_MB);

/**
 * The whole analysis of a 1 MB paragraph took ~15 s before sentence splitting was windowed (V8's
 * `Intl.Segmenter` iterates a long string in superlinear time). A content script must never freeze a
 * page like that. A wall-clock budget here failed or passed with the machine's load, so the tests
 * check the cause instead, exactly: no string handed to the segmenter is longer than a few windows,
 * and all of them together are about the text once (linear work). The times are still printed.
 */
const LONGEST_SEGMENTED = 16_384;

/** Run `work` and count what it hands to `Intl.Segmenter`: the longest string and the total length. */
function segmented<T>(work: () => T): { result: T; longest: number; total: number } {
  const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
  try {
    const result = work();
    const lengths = segment.mock.calls.map(([input]) => input.length);
    return { result, longest: Math.max(0, ...lengths), total: lengths.reduce((a, b) => a + b, 0) };
  } finally {
    segment.mockRestore();
  }
}

/** What the old code failed: one huge string segmented at once, or the same text over and over. */
function expectWindowedSegmentation(counted: { longest: number; total: number }, textLength: number): void {
  expect(counted.longest).toBeGreaterThan(0);
  expect(counted.longest).toBeLessThanOrEqual(LONGEST_SEGMENTED);
  expect(counted.total).toBeLessThan(2 * textLength);
}

describe('a single 1 MB text node', () => {
  test('analysis completes within budget, on topic, with every span on the page text', () => {
    document.body.innerHTML = `<article><h1>${HEADLINE}</h1><p></p></article>`;
    document.querySelector('p')!.appendChild(document.createTextNode(bigText));
    const t0 = performance.now();
    const counted = segmented(() => analyzeDocument(document, pack));
    const { report, index } = counted.result;
    const elapsed = performance.now() - t0;
    console.info(`[hardening] 1 MB text node (happy-dom): analysis ${elapsed.toFixed(0)} ms`);
    expect(report.topic.onTopic).toBe(true);
    expect(index.text.length).toBe(HEADLINE.length + 1 + ONE_MB);
    const noem = report.entities.find((e) => e.id === 'kristi-noem');
    expect(noem?.mentions.length).toBeGreaterThan(5000);
    expectSpansInText(report, index);
    const last = noem!.mentions.at(-1)!;
    expect(rangeText(index, last.start, last.end)).toBe(last.text);
    expectWindowedSegmentation(counted, ONE_MB);
  }, 60_000);

  test('the same page parsed by linkedom (analyze CLI path)', () => {
    const t0 = performance.now();
    const html = `${ARTICLE_HEAD}<article><h1>${HEADLINE}</h1><p>${bigText}</p></article></body></html>`;
    const counted = segmented(() => analyzeHtml(html, pack));
    const elapsed = performance.now() - t0;
    console.info(`[hardening] 1 MB text node (linkedom): parse + analysis ${elapsed.toFixed(0)} ms`);
    expect(counted.result.topic.onTopic).toBe(true);
    expectWindowedSegmentation(counted, ONE_MB);
  }, 60_000);

  test.each([
    ['no sentence breaks at all', 'x'.repeat(ONE_MB)],
    ['one abbreviation after another', 'Mr. '.repeat(ONE_MB / 4)],
    ['astral characters only', '🇸🇻'.repeat(ONE_MB / 4)],
    ['combining marks only', 'a\u0301'.repeat(ONE_MB / 2)],
  ])(
    'sentence splitting stays fast: %s',
    (_, text) => {
      const t0 = performance.now();
      const counted = segmented(() => splitSentences(text, 'en'));
      const spans = counted.result;
      const elapsed = performance.now() - t0;
      console.info(`[hardening] splitSentences, 1 MB of ${_}: ${elapsed.toFixed(0)} ms, ${spans.length} sentences`);
      for (const span of spans) expect(span.end).toBeGreaterThan(span.start);
      expect(spans.at(-1)!.end).toBeLessThanOrEqual(text.length);
      expectWindowedSegmentation(counted, text.length);
    },
    60_000,
  );
});

/** Prose long enough to need several segmentation windows, with abbreviations and quotes. */
const PROSE = [
  'The U.S. Supreme Court ruled on Apr. 7 that the men could challenge their removal.',
  '“We will comply,” Mr. Trump said. Judge Boasberg disagreed!',
  'Did the flights leave after the order? Lawyers said yes... The government said no.',
  'El Sr. Bukele dijo que EE. UU. pagaría. ¿Cuántos hombres hay en el CECOT? Nadie lo sabe.',
  '(The ACLU filed suit.) The hearing resumed on Monday.',
];

describe('sentence splitting of long blocks', () => {
  test.each([2_000, 9_000, 40_000])('a %i-character block splits as its sentences one by one', (size) => {
    const units: string[] = [];
    for (let i = 0, length = 0; length < size; i++) {
      units.push(PROSE[i % PROSE.length]);
      length += PROSE[i % PROSE.length].length + 1;
    }
    const text = units.join(' ');
    // The windowed split of the whole block must equal splitting each paragraph on its own (the
    // same text with the joins turned into block breaks).
    const whole = splitSentences(text, 'en').map(({ start, end }) => text.slice(start, end));
    const bySentence = splitSentences(units.join('\n'), 'en').map(({ start, end }) => text.slice(start, end));
    expect(whole.length).toBeGreaterThan(size / 100);
    expect(whole).toEqual(bySentence);
  });
});

/** Builds nested elements one append at a time: happy-dom's parser and `innerHTML` recurse. */
function nest(parent: Element, depth: number, html: string): void {
  let element = parent;
  for (let i = 0; i < depth; i++) {
    const child = document.createElement(i % 3 === 2 ? 'span' : 'div');
    element.appendChild(child);
    element = child;
  }
  element.innerHTML = html;
}

const DEEP_ARTICLE = `<h1>${HEADLINE}</h1><p>${SENTENCE.repeat(6)}</p>`;

describe('deep nesting', () => {
  test.each([5_000, 50_000])('the text index walks %i levels without a stack overflow', (depth) => {
    // Detached: happy-dom connects and disconnects subtrees recursively, which overflows first.
    const article = document.createElement('article');
    nest(article, depth, `${DEEP_ARTICLE}<nav>Bukele</nav><p>after</p>`);
    const t0 = performance.now();
    const index = buildTextIndex(article, { skip: isExcludedElement, dropBlock: isRelatedLinkBlock });
    console.info(`[hardening] ${depth}-deep text index (happy-dom): ${(performance.now() - t0).toFixed(0)} ms`);
    expect(index.text).toBe(`${HEADLINE}\n${SENTENCE.repeat(6).trimEnd()} \nafter`);
    const at = index.text.indexOf('Nayib Bukele');
    expect(rangeText(index, at, at + 12)).toBe('Nayib Bukele');
  });

  test.each([5_000, 20_000])('a %i-deep page parsed by linkedom analyses on topic', (depth) => {
    const html = `${ARTICLE_HEAD}${'<div>'.repeat(depth)}<article>${DEEP_ARTICLE}</article>${'</div>'.repeat(depth)}</body></html>`;
    const t0 = performance.now();
    const doc = parseHtmlDocument(html);
    const { report, index } = analyzeDocument(doc, pack);
    console.info(
      `[hardening] ${depth}-deep page (linkedom): parse + analysis ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(report.topic.onTopic).toBe(true);
    expect(report.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['kristi-noem', 'cecot', 'el-salvador', 'nayib-bukele', 'alien-enemies-act']),
    );
    expectSpansInText(report, index);
  });

  // happy-dom's own querySelectorAll and textContent recurse and overflow near 5,000 levels (not the
  // engine: browsers' selector engines are iterative, and Chromium's parser caps depth at 512), so
  // the full analysis runs here at a depth happy-dom survives.
  test('a 2,000-deep page in happy-dom analyses on topic and maps back to the DOM', () => {
    document.body.innerHTML = '';
    nest(document.body, 2_000, `<article>${DEEP_ARTICLE}</article>`);
    const { report, index } = analyzeDocument(document, pack);
    expect(report.topic.onTopic).toBe(true);
    expectSpansInText(report, index, { dom: true });
  });
});
