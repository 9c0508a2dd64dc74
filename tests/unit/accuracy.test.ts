/**
 * Accuracy on the fixture corpus (tests/fixtures/articles): every saved page is analysed with the
 * shipped pack and compared with its human-annotated `NAME.expected.json`. Prints precision and
 * recall for topic detection, entity mentions and disputed points, and fails below the floors.
 * How the expectations are annotated and counted: tests/fixtures/README.md.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { print, score, type Scores } from './support/accuracy-score';

const DIR = resolve(import.meta.dirname, '../fixtures/articles');

/** Floors: the accuracy this corpus has reached; the run fails below any of them. */
const FLOORS = {
  'topic precision': 0.95,
  'topic recall': 0.95,
  'entity precision': 0.97,
  'entity recall': 0.95,
  'disputed precision': 0.9,
  'disputed recall': 0.8,
} as const;

describe('accuracy on the fixture corpus', () => {
  let s: Scores;
  beforeAll(() => {
    s = score(DIR);
    print(s);
  }, 120_000);

  test('the corpus is large and mixed enough to measure', () => {
    expect(s.pages).toBeGreaterThanOrEqual(40);
    expect(s.topic.tp + s.topic.fn).toBeGreaterThanOrEqual(20);
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
