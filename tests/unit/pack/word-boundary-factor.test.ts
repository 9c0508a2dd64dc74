import { describe, expect, test } from 'vitest';
import { factorWordBoundary } from '../../../lib/pack/word-boundary-factor';
import { topLevelAlternatives } from '../../../lib/text/pattern-source';

describe('topLevelAlternatives', () => {
  test.each([
    ['a|b', ['a', 'b']],
    ['(?:a|b)|c', ['(?:a|b)', 'c']],
    ['[|]|\\||x', ['[|]', '\\|', 'x']],
    ['(?<=a|b)c', ['(?<=a|b)c']],
  ])('%s splits into %j', (source, expected) => {
    expect(topLevelAlternatives(source)).toEqual(expected);
  });
});

describe('factorWordBoundary', () => {
  test.each([
    ['(?:\\bcat)|(?:\\bdog|\\bcow)|(?:ox)', '\\b(?:cat|dog|cow)|ox'],
    ['(?:\\bcat)|(?:(?:a)|(?:b))', '(?:\\bcat)|(?:(?:a)|(?:b))'],
    ['\\bcat|\\b(?:dog)s', '\\b(?:cat|(?:dog)s)'],
    ['(?:\\bcat)(?:s)|\\bdog|\\bcow', '\\b(?:dog|cow)|(?:\\bcat)(?:s)'],
    ['\\bcat|ox', '\\bcat|ox'],
  ])('%s becomes %s', (source, expected) => {
    expect(factorWordBoundary(source)).toBe(expected);
  });

  const texts = ['the cat and the dog', 'concatenate; dogma', 'an ox, a cow, cats', ''];
  test.each(['(?:\\bcat\\b)|(?:\\bdog|ox)|(?:\\bcows?\\b)', '\\bcat|(?<=a )\\bcow|x'])(
    '%s matches at the same positions',
    (source) => {
      const before = new RegExp(source, 'gi');
      const after = new RegExp(factorWordBoundary(source), 'gi');
      for (const text of texts) {
        expect([...text.matchAll(after)].map((m) => m.index)).toEqual([...text.matchAll(before)].map((m) => m.index));
      }
    },
  );
});
