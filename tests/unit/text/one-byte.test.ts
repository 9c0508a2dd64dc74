import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { foldText, ONE_BYTE_MAX_CHARS, oneByte } from '../../../lib/text/fold';
import { matchClaims } from '../../../lib/match/claims';
import { getRuntime } from '../../../lib/match/runtime';
import { compiledParts } from '../../../lib/match/split-pattern';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

/**
 * How V8 stores a string, read from its serialisation (the tag after the two header bytes): '"' for
 * one byte a character, 'c' for two. Patterns are compiled once per width they meet.
 */
const storedOneByte = (text: string): boolean => serialize(text)[2] === 0x22;

describe('folded text is stored one byte a character where it can be', () => {
  test('the fold of two-byte text whose folded characters fit in one byte', () => {
    const source = 'Bukele’s “mega-prison” — CECOT';
    const { text } = foldText(source);
    expect(text).toBe('Bukele\'s "mega-prison" - CECOT');
    expect(storedOneByte(source)).toBe(false);
    expect(storedOneByte(text)).toBe(true);
  });

  test('text that keeps a character beyond Latin-1 stays as it is', () => {
    const { text } = foldText('A fee of €6 million… paid');
    expect(text).toContain('€');
    expect(storedOneByte(text)).toBe(false);
    const wide = 'x\u2026';
    expect(oneByte(wide)).toBe(wide);
  });

  test('the copy has the same characters, and a text over the limit is left alone', () => {
    const sliced = `${'ab’'.repeat(10)}`.slice(0, 20).replace(/’/g, "'");
    expect(oneByte(sliced)).toBe(sliced);
    expect(storedOneByte(oneByte(sliced))).toBe(true);
    const long = `${'a'.repeat(ONE_BYTE_MAX_CHARS)}b’`.slice(0, ONE_BYTE_MAX_CHARS + 1);
    expect(oneByte(long)).toBe(long);
  });

  // A page's curly quotes (two-byte text) must not make the disputed pass compile its patterns a
  // second time: it copies its folded blocks one byte a character.
  test('the disputed pass finds the same points in text with curly quotes and dashes', () => {
    const pack = loadCompiledPack();
    const ascii =
      "Venezuelans were deported to El Salvador's CECOT prison under the Alien Enemies Act. Their lawyers say the men are not gang members - many had no criminal record.";
    const typographic = ascii.replace("'", '’').replace(' - ', ' — ');
    const runtime = getRuntime(pack);
    const ids = (text: string) => matchClaims(text, runtime, pack, 'en').map((h) => [h.id, h.start, h.end]);
    expect(ids(typographic)).toEqual(ids(ascii));
    expect(ids(ascii).length).toBeGreaterThan(0);
  });

  test('the claim patterns meet only one-byte text, in blocks with and without curly quotes', () => {
    const pack = loadCompiledPack();
    const runtime = getRuntime(pack);
    // One block with a curly quote (the page's text is two-byte), one of Latin-1 characters only.
    const text = [
      'Venezuelans were deported to El Salvador’s CECOT prison under the Alien Enemies Act.',
      'Their lawyers say the men are not gang members and many had no criminal record.',
    ].join('\n');
    matchClaims(text, runtime, pack, 'en'); // warm-up runs on texts of our own
    const claimPatterns = new Set<RegExp>();
    for (const claim of runtime.claimsFor('en')) {
      for (const pattern of [claim.trigger, claim.context, claim.exclude, claim.follow])
        if (pattern) for (const re of compiledParts(pattern)) claimPatterns.add(re);
      if (claim.words) claimPatterns.add(claim.words.index.pattern);
    }
    const subjects: string[] = [];
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, subject: string) {
      if (claimPatterns.has(this)) subjects.push(subject);
      return exec.call(this, subject);
    };
    try {
      matchClaims(text, runtime, pack, 'en');
    } finally {
      RegExp.prototype.exec = exec;
    }
    // Both blocks' sentences, and the one-character texts the patterns are revived on.
    expect(subjects.some((s) => s.startsWith('their lawyers'))).toBe(true);
    expect(subjects.some((s) => s.startsWith('venezuelans'))).toBe(true);
    expect(subjects.filter((s) => s.length > 1 && !storedOneByte(s))).toEqual([]);
  });
});
