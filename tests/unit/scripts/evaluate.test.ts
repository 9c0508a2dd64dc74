import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { evaluateIn, isDocumentSwapError, SWAP_ATTEMPTS } from '../../../scripts/browser/evaluate';

/** A fake page whose `evaluate` fails with each scripted error in turn, then answers. */
function page(errors: Error[]) {
  let calls = 0;
  const p = {
    async evaluate(fn: (...a: unknown[]) => unknown, ...args: unknown[]) {
      calls += 1;
      const next = errors.shift();
      if (next) throw next;
      return fn(...args);
    },
  } as unknown as Page;
  return { page: p, calls: () => calls };
}

describe('evaluateIn', () => {
  test('an evaluation that met a navigation is sent again, and answers', async () => {
    const p = page([
      new Error('Execution context was destroyed, most likely because of a navigation.'),
      new Error("unknown error TypeError: right-hand side of 'in' should be an object, got null"),
    ]);
    await expect(evaluateIn(p.page, (a: number) => a + 1, 1)).resolves.toBe(2);
    expect(p.calls()).toBe(3);
  });

  test('a real error (an assertion in the page, a timeout) is passed on at once', async () => {
    const assertion = new Error('Evaluation failed: AssertionError: expected 1 to be 2');
    const p = page([assertion]);
    await expect(evaluateIn(p.page, () => 1)).rejects.toBe(assertion);
    expect(p.calls()).toBe(1);
    expect(isDocumentSwapError(new Error('Waiting failed: 10000ms exceeded'))).toBe(false);
  });

  test('a document that keeps being replaced is given up on after a bounded number of attempts', async () => {
    const p = page(Array.from({ length: 20 }, () => new Error('Cannot find context with specified id')));
    await expect(evaluateIn(p.page, () => 1)).rejects.toThrow('Cannot find context');
    expect(p.calls()).toBe(SWAP_ATTEMPTS);
  });
});
