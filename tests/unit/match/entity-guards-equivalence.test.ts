/**
 * The identity guards read a mention's surroundings by index (no copies of the paragraph); this
 * checks them against the plain reading they replaced (slice, trim, test) on many generated texts.
 */
import { describe, expect, test } from 'vitest';
import { guardMatches } from '../../../lib/match/entity-guards';

const CITATION_INITIALS = /^\s+[A-Z]{1,3}(?:[,.;]|\s+(?:et al|and|&))/;
const LABEL_PRONE = new Set(['dhs', 'ice']);

/** The citation and label guards as first written. */
function plainKeeps(source: string, m: { start: number; end: number }, id: string): boolean {
  const text = source.slice(m.start, m.end);
  if (CITATION_INITIALS.test(source.slice(m.end, m.end + 16)) && !/\s/.test(text.trim())) return false;
  if (LABEL_PRONE.has(id)) {
    const from = source.lastIndexOf('\n', m.start - 1) + 1;
    const to = source.indexOf('\n', m.end);
    const line = source.slice(from, to === -1 ? source.length : to).trim();
    if (line.length <= text.length + 2 && !/[.!?:]$/.test(line) && line.length < 40) return false;
  }
  return true;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\t',
  'PD',
  'AB',
  'ABCD',
  ',',
  '.',
  ';',
  ':',
  '!',
  ' et al',
  ' and',
  ' &',
  'x',
  'word',
  'Smith',
  '\u2003',
  'é',
  'ICE',
  'DHS',
  ' \n ',
  'J',
];
const NAMES = ['ICE', 'Boasberg', 'Homeland Security', 'DHS'];

describe('identity guards read by index', () => {
  test('agree with the plain reading on generated texts', () => {
    const next = random(7);
    const ids = ['dhs', 'james-boasberg', 'ice'];
    for (let round = 0; round < 3000; round++) {
      const pick = (list: string[]) => list[Math.floor(next() * list.length)];
      let before = '';
      let after = '';
      for (let i = Math.floor(next() * 6); i > 0; i--) before += pick(PIECES);
      for (let i = Math.floor(next() * 8); i > 0; i--) after += pick(PIECES);
      const name = pick(NAMES);
      const source = before + name + after;
      const match = { entity: Math.floor(next() * ids.length), start: before.length, end: before.length + name.length };
      const expected = plainKeeps(source, match, ids[match.entity]);
      expect(guardMatches(source, [match], ids).length === 1, JSON.stringify({ source, match })).toBe(expected);
    }
  });
});
