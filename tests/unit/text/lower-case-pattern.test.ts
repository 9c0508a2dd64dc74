import { describe, expect, test } from 'vitest';
import { lowerCasePattern, lowerSameLength, patternTokens } from '../../../lib/text/keys';

/** Every match (where it starts and how long it is) of `re` in `text`. */
function matches(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m[0].length]);
}

describe('lowerCasePattern', () => {
  test('lower-cases literal letters and class ranges, and leaves escapes as written', () => {
    expect(lowerCasePattern('\\bTren de Aragua\\b')).toBe('\\btren de aragua\\b');
    expect(lowerCasePattern('[A-Z]\\S+\\W\\D\\B')).toBe('[a-z]\\S+\\W\\D\\B');
    // A hex escape's digits may change case: they mean the same.
    expect(lowerCasePattern('\\p{L}+|\\P{N}|\\u00C0')).toBe('\\p{L}+|\\P{N}|\\u00c0');
    expect(lowerCasePattern('(?<!MS-)13|ÑANDÚ')).toBe('(?<!ms-)13|ñandú');
    expect(lowerCasePattern('CECOT-style')).toBe('cecot-style');
  });

  test('refuses what lower case cannot keep: a letter-case property, a range across cases', () => {
    expect(() => lowerCasePattern('\\p{Lu}\\w+')).toThrow(/letter-case property/);
    expect(() => lowerCasePattern('[A-z]')).toThrow(/range across letter case/);
  });

  // What the claim patterns rely on: on lower-cased text, without `i`, the same matches as the
  // original with `i` on the text as it was.
  const patterns = [
    '\\b(?:Alien Enemies Act|Ley de Enemigos Extranjeros)\\b',
    '\\bMS-?13\\b.{0,40}\\b(?:Gang|Pandilla)s?\\b',
    '[A-Z][a-z]+ (?:paid|pagó) \\$\\s?\\d+(?:\\.\\d+)? (?:million|millones)',
    '(?<=\\bBukele\\s)[A-Z]\\w+',
    '\\bno\\s+(?:DUE|due)\\s+process\\b(?!\\s+Clause)',
    '[^A-Z\\s]{3,}ED\\b',
  ];
  const texts = [
    'The Alien Enemies Act was invoked; LA LEY DE ENEMIGOS EXTRANJEROS también.',
    'MS-13 Gang members, ms13 pandillas, Ms-13 GANGS.',
    'The US paid $6 million; Estados Unidos pagó $ 4.76 millones.',
    'President Bukele Said so. bukele said so.',
    'There was no DUE PROCESS here; no due process Clause applies.',
    'They were DEPORTED, exiled and REMOVED.',
  ];
  test.each(patterns)('%s: same matches', (source) => {
    const original = new RegExp(source, 'gi');
    const lowered = new RegExp(lowerCasePattern(source), 'g');
    for (const text of texts) expect(matches(lowered, lowerSameLength(text)), text).toEqual(matches(original, text));
  });
});

describe('lowerSameLength', () => {
  test('keeps every offset: a character whose lower case is longer stays as it is', () => {
    expect(lowerSameLength('CECOT')).toBe('cecot');
    const text = 'İstanbul and CECOT';
    const lower = lowerSameLength(text);
    expect(lower).toHaveLength(text.length);
    expect(lower).toBe('İstanbul and cecot');
  });
});

describe('reading a pattern source token by token', () => {
  test('escapes whole, property names with them, brackets as part of their class', () => {
    const tokens = [...patternTokens('a\\[b[\\]x-]\\p{Lu}(c)')].map(
      (t) => `${t.text}${t.escape ? '!' : ''}${t.inClass ? '@' : ''}`,
    );
    expect(tokens).toEqual(['a', '\\[!', 'b', '[@', '\\]!@', 'x@', '-@', ']@', '\\p{Lu}!', '(', 'c', ')']);
  });
});
