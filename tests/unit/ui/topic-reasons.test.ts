import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyzeHtml } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { readableReasons } from '../../../lib/present/topic-reasons';

const pack = loadCompiledPack();
const demo = (file: string) => readFileSync(join(import.meta.dirname, '../../fixtures/demo', file), 'utf8');

test('an on-topic article: what the headline and opening name, in sentences, no scores', () => {
  const report = analyzeHtml(demo('noem-cecot-visit.html'), pack, 'https://www.apnews.com/article/x');
  expect(report.topic.onTopic).toBe(true);
  const en = readableReasons(report.topic, pack, 'en');
  expect(en[0]).toMatch(/^The headline mentions .*CECOT/);
  for (const line of en) {
    expect(line).not.toMatch(/\d+(\.\d+)?\s*[≥<]|score|[+−]\d/);
    expect(line).toMatch(/\.$/);
  }
  // The UI's language, whatever the page's: a Spanish reader gets Spanish sentences.
  const es = readableReasons(report.topic, pack, 'es');
  expect(es[0]).toMatch(/^El titular menciona /);
  // Each term said once, where it first appears.
  const terms = en.join(' ');
  expect(terms.split('CECOT').length - 1).toBe(1);
});

test('an unrelated article says which condition it missed', () => {
  const report = analyzeHtml(demo('unrelated-harbor-festival.html'), pack, 'https://www.apnews.com/article/y');
  expect(report.topic.onTopic).toBe(false);
  const en = readableReasons(report.topic, pack, 'en');
  expect(en.at(-1)).toMatch(/Neither the headline nor the opening paragraph|not the story itself|too little/);
});

test('a report without signal places falls back to its recorded reasons minus the score line', () => {
  expect(
    readableReasons(
      { id: 'cecot', onTopic: true, score: 20, reasons: ['CECOT in headline (+9)', 'score 20 ≥ 12'] },
      pack,
      'en',
    ),
  ).toEqual(['CECOT in headline (+9)']);
});
