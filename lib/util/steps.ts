/**
 * Work written as steps: a generator that yields wherever its caller may pause. The content script
 * spreads steps over short tasks (`lib/content/slices.ts`); everything else runs them at once here.
 */

/** Run steps to completion, synchronously, and return their result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
