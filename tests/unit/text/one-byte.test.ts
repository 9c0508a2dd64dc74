import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { foldText, ONE_BYTE_MAX_CHARS, oneByte } from '../../../lib/text/fold';
import { matchClaims } from '../../../lib/match/claims';
import { getRuntime } from '../../../lib/match/runtime';
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
});
