import { describe, expect, test } from 'vitest';
import { compiledParts, SplitPattern } from '../../../lib/match/split-pattern';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { TRIGGER_PART_CHARS } from '../../../lib/pack/matcher-tables';

/** Every match of a global pattern, as the claims pass walks them (resuming where it likes). */
function walk(re: RegExp, text: string, resume: (m: RegExpExecArray) => number): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m[0]]);
    re.lastIndex = resume(m);
  }
  return out;
}

const ALTERNATIVES = [
  'deport\\w*',
  'de',
  'depo',
  '(?<=el )salvador',
  'salvadoran',
  'bukele',
  'a(?=b)',
  'ab+',
  '\\bgang\\b',
];

describe('SplitPattern: parts of an alternation match as the whole would', () => {
  test.each([[[1, 8]], [[3, 6]], [[2, 4, 7]], [[1, 2, 3, 4, 5, 6, 7, 8]]])('cut at %j', (cuts) => {
    const whole = new RegExp(ALTERNATIVES.map((a) => `(?:${a})`).join('|'), 'gi');
    const bounds = [0, ...cuts, ALTERNATIVES.length];
    const parts = bounds.slice(1).map((end, i) => ({
      source: ALTERNATIVES.slice(bounds[i], end)
        .map((a) => `(?:${a})`)
        .join('|'),
      flags: 'gi',
    }));
    const split = new SplitPattern(parts);
    const texts = [
      'The deported men reached El Salvador; a Salvadoran official and Bukele spoke. abbb ab a gang, gangs.',
      'depo de deport de depo el salvador salvador abab',
      '',
      'nothing to see',
    ];
    for (const text of texts) {
      // Resuming right after each match, one character on, and far ahead (sentence ends).
      for (const resume of [
        (m: RegExpExecArray) => m.index + Math.max(1, m[0].length),
        (m: RegExpExecArray) => m.index + 1,
        (m: RegExpExecArray) => m.index + 20,
      ]) {
        expect(walk(split, text, resume)).toEqual(walk(whole, text, resume));
      }
      // Interleaved with searches of another text, as the pass tests a sentence between scans.
      whole.lastIndex = 0;
      split.lastIndex = 0;
      for (;;) {
        const a = whole.exec(text);
        const b = split.exec(text);
        expect(b && [b.index, b[0]]).toEqual(a && [a.index, a[0]]);
        expect(split.lastIndex).toBe(whole.lastIndex);
        if (!a) break;
        split.lastIndex = 0;
        expect(split.test('a salvadoran')).toBe(true);
        split.lastIndex = whole.lastIndex;
      }
    }
  });

  test('a non-global split pattern searches from the start, as a non-global pattern does', () => {
    const split = new SplitPattern([
      { source: 'b', flags: 'i' },
      { source: 'a', flags: 'i' },
    ]);
    split.lastIndex = 5;
    expect(split.exec('xxAxxB')?.index).toBe(2);
    expect(split.test('none')).toBe(false);
  });

  test('the shipped triggers: large ones are cut into parts near the limit, and warm-up compiles each', () => {
    const shipped = loadCompiledPack();
    let split = 0;
    for (const claim of shipped.matcher!.claims) {
      for (const parts of [claim.triggers.en, claim.triggers.es]) {
        if (parts.length > 1) split++;
        for (const part of parts) expect(part.source.length, claim.id).toBeLessThan(TRIGGER_PART_CHARS * 1.25);
      }
    }
    expect(split).toBeGreaterThan(0);
    const re = new SplitPattern([
      { source: 'a', flags: 'g' },
      { source: 'b', flags: 'g' },
    ]);
    expect(compiledParts(re)).toHaveLength(2);
    const plain = /a/g;
    expect(compiledParts(plain)).toEqual([plain]);
  });
});
