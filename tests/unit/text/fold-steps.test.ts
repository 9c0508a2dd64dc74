import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText, foldTextSteps } from '../../../lib/text/fold';

function drain<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

/** Text rich in what folding changes: space runs, line breaks, curly quotes, accents, invisible characters. */
const foldableText = fc
  .array(
    fc.constantFrom('a', 'B', ' ', '  ', '\n', '\t', '’', '“', 'é', 'Ñ', '\u00a0', '\u200b', '\u00ad', 'MS-13', 'x'),
    {
      maxLength: 300,
    },
  )
  .map((parts) => parts.join(''));

describe('folding in steps', () => {
  test('gives the same text and the same offsets as folding at once, wherever the steps fall', () => {
    fc.assert(
      fc.property(foldableText, fc.integer({ min: 1, max: 40 }), (source, stepChars) => {
        const whole = foldText(source);
        const { value: stepped } = drain(foldTextSteps(source, stepChars));
        expect(stepped.text).toBe(whole.text);
        for (let i = 0; i <= whole.text.length; i++) expect(stepped.toOriginal(i)).toBe(whole.toOriginal(i));
      }),
    );
  });

  test('yields on a long text and keeps going when another fold runs while it is paused', () => {
    const source = 'Tren de Aragua  y el CECOT ’23\u00a0'.repeat(5000);
    const steps = foldTextSteps(source, 4096);
    steps.next();
    // Another fold in between (the shared expression would lose its place).
    expect(foldText('otra   cosa’').text).toBe("otra cosa'");
    let rest = 1;
    let step = steps.next();
    while (!step.done) {
      rest++;
      step = steps.next();
    }
    expect(step.value.text).toBe(foldText(source).text);
    expect(rest).toBeGreaterThan(10);
  });
});
