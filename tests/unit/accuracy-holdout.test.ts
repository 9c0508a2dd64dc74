/**
 * Accuracy on the held-out corpus (tests/fixtures/holdout): pages written and annotated
 * independently of the engine and the dataset, which were tuned on tests/fixtures/articles. The
 * numbers printed here are the honest estimate; the floors are loose sanity checks only, so that
 * nobody tunes the engine to this set. Do not add triggers or aliases to make a page here pass:
 * fix the general cause, then check both corpora.
 * Rebuild after editing a source: npx tsx scripts/fixtures/build-fixtures.ts --src tests/fixtures/holdout-src --out tests/fixtures/holdout
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { print, score, type Scores } from './support/accuracy-score';

const DIR = resolve(import.meta.dirname, '../fixtures/holdout');

/** Sanity floors: far below the tuned corpus's, so a regression fails but the number is not a target. */
const FLOORS = {
  'topic precision': 0.8,
  'topic recall': 0.8,
  'entity precision': 0.9,
  'entity recall': 0.8,
  'disputed precision': 0.6,
  'disputed recall': 0.4,
} as const;

describe('accuracy on the held-out corpus', () => {
  let s: Scores;
  beforeAll(() => {
    s = score(DIR);
    print(s, 'held-out');
  }, 120_000);

  test('the held-out corpus is large and mixed enough to measure', () => {
    expect(s.pages).toBeGreaterThanOrEqual(24);
    expect(s.topic.tp + s.topic.fn).toBeGreaterThanOrEqual(14);
    expect(s.topic.fp + (s.pages - s.topic.tp - s.topic.fn - s.topic.fp)).toBeGreaterThanOrEqual(8);
  });

  test.each(Object.entries(FLOORS))('%s ≥ %s', (metric, floor) => {
    const value = {
      'topic precision': s.topic.precision,
      'topic recall': s.topic.recall,
      'entity precision': s.entities.precision,
      'entity recall': s.entities.recall,
      'disputed precision': s.disputed.precision,
      'disputed recall': s.disputed.recall,
    }[metric]!;
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
