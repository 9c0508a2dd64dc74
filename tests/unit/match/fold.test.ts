import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldString, foldText } from '../../../lib/text/fold';
import { matchEntities } from '../../../lib/match/entities';
import { getRuntime } from '../../../lib/match/runtime';
import { buildMatcherTables, flagsFor } from '../../../lib/pack/matcher-tables';
import { handMadePack } from './hand-made-pack';

describe('folding', () => {
  test.each([
    ['Ábrego García', 'Abrego Garcia'],
    ['A\u0301brego Garci\u0301a', 'Abrego Garcia'],
    ['Bukele’s “deal”', 'Bukele\'s "deal"'],
    ['MS\u201113 and MS–13', 'MS-13 and MS-13'],
    ['two  spaces\u00a0\u00a0and\ttab', 'two spaces and tab'],
    ['soft\u00adhyphen and zero\u200bwidth', 'softhyphen and zerowidth'],
    ['block\nseparator', 'block\nseparator'],
    ['España, niño', 'Espana, nino'],
    ['plain ASCII text', 'plain ASCII text'],
  ])('%j → %j', (source, folded) => {
    expect(foldText(source).text).toBe(folded);
  });

  test.each([
    // [source, folded index, original index]
    ['A\u0301brego', 1, 2],
    ['a  b', 2, 3],
    ['a  b', 1, 1],
    ['x\u00adyz', 2, 3],
    ['abc', 3, 3],
  ])('toOriginal in %j: %i → %i', (source, folded, original) => {
    expect(foldText(source).toOriginal(folded)).toBe(original);
  });

  test('a folded string keeps its case (case-insensitivity is in the pattern)', () => {
    expect(foldString(' ICE ')).toBe('ICE');
  });
});

describe('matcher tables', () => {
  test.each([
    ['\\bworst of the worst\\b', 'i'],
    ['\\p{Lu}\\w+ said', 'iu'],
    ['\\u{1F600}', 'iu'],
  ])('claim pattern %j compiles with flags %s', (source, flags) => {
    expect(flagsFor(source)).toBe(flags);
  });

  test('an invalid claim pattern names its claim', () => {
    const [claim] = handMadePack().claims;
    const broken = { ...claim, triggers: { en: ['(unclosed'], es: ['ok'] } };
    expect(() => buildMatcherTables([], [broken], handMadePack().topic)).toThrow(/claim gang-membership triggers\.en/);
  });

  test('the same alias listed in both languages is one rule', () => {
    const tables = buildMatcherTables(handMadePack().entities, [], handMadePack().topic);
    expect(tables.rules['bukele']).toHaveLength(1);
  });
});

describe('offsets survive folding (property)', () => {
  const pack = handMadePack();
  const pieces = fc.constantFrom(
    'Kilmar Ábrego García',
    'A\u0301brego Garci\u0301a',
    'Nayib\u00a0Bukele’s',
    'ICE',
    'ice',
    'MS 13',
    'Tren de Aragua',
    'San Salvador',
    'El  Salvador',
    ' ',
    '  ',
    '\u00ad',
    '\n',
    'the',
    'niño',
    '—',
    '“',
    'Noem',
  );
  test('every mention text equals the source slice at its offsets', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const hit of matchEntities(text, foldText(text), getRuntime(pack), 'en')) {
          for (const m of hit.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
