import { describe, expect, test } from 'vitest';
import { createRuntime, getRuntime } from '../../../lib/match/runtime';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { matchClaims } from '../../../lib/match/claims';

describe('trigger words, built in steps', () => {
  test('the shipped claims get their words only through wordsSteps, over several steps, once', () => {
    const runtime = getRuntime(loadCompiledPack());
    for (const lang of ['en', 'es'] as const) {
      const matchers = runtime.claimsFor(lang);
      expect(matchers.some((m) => m.words)).toBe(false);
      let steps = 0;
      for (const _ of runtime.wordsSteps(lang)) steps++;
      // 40-55 parts and 1,400-1,700 words: more than one step, so a fresh tab never pays it at once.
      expect(steps).toBeGreaterThan(3);
      expect(matchers.some((m) => m.words)).toBe(true);
      let again = 0;
      for (const _ of runtime.wordsSteps(lang)) again++;
      expect(again).toBe(0);
    }
  });

  test('the disputed pass gives its matchers their words before it reads the page', () => {
    const pack = loadCompiledPack();
    const runtime = createRuntime(pack.matcher!);
    expect(runtime.claimsFor('en').some((m) => m.words)).toBe(false);
    const hits = matchClaims(
      'The Trump administration deported more than 200 Venezuelans to El Salvador under the Alien Enemies Act.\n' +
        'Judge Boasberg ordered the planes turned around, but the flights landed anyway in El Salvador.',
      runtime,
      pack,
      'en',
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(runtime.claimsFor('en').some((m) => m.words)).toBe(true);
  });
});
