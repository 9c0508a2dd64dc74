/**
 * Evaluations that survive a document swap. A tab's document is replaced now and then while a test
 * asks it something (a navigation, an extension page passing through short-lived documents, the
 * extension reloaded under an open page), and the browser then fails the evaluation although the
 * same call a moment later, in the document that took over, works. Every evaluation of the e2e
 * support code goes through here: it is sent again, a bounded number of times, when (and only
 * when) the failure is one of those swaps; a real error, such as an assertion inside the evaluated
 * function or a timeout, is passed on at once.
 */
import type { Page } from 'puppeteer-core';

/**
 * How each browser reports an evaluation that met a document being replaced:
 * - Firefox (WebDriver BiDi), failing inside its own evaluation code as the old document goes;
 * - puppeteer (both protocols), when the realm or execution context it used went away;
 * - Chromium (DevTools), when the context id it sent to no longer exists.
 */
export const DOCUMENT_SWAP_ERRORS = [
  "right-hand side of 'in' should be an object, got null",
  'Execution context was destroyed',
  'ExecutionContext was destroyed',
  'Cannot find context with specified id',
  'Realm already destroyed',
];

/** Attempts in all (the first included) before a swap error is passed on. */
export const SWAP_ATTEMPTS = 6;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether `error` says the evaluation met a document being replaced (and only that). */
export function isDocumentSwapError(error: unknown): boolean {
  const message = messageOf(error);
  return DOCUMENT_SWAP_ERRORS.some((m) => message.includes(m));
}

/** The pause before attempt `n` (1-based after the first): 50, 100, 200, 400, 400 ms. */
export const swapBackoffMs = (n: number) => Math.min(50 * 2 ** (n - 1), 400);

let retries = 0;
/** How many evaluations were sent again so far (shown by the tests that want to know). */
export const swapRetries = () => retries;

/**
 * Run `attempt` (one evaluation) and send it again when it failed in a document being replaced,
 * up to SWAP_ATTEMPTS in all. `isSwap` decides which outcomes count as that (a raw BiDi answer can
 * report it without throwing); `what` names the call in the one warning each retried call prints,
 * so that how often browsers do this stays visible in the test output.
 */
export async function surviveDocumentSwap<T>(
  what: string,
  attempt: () => Promise<T>,
  isSwap: (outcome: { error: unknown } | { value: T }) => boolean = (o) => 'error' in o && isDocumentSwapError(o.error),
): Promise<T> {
  for (let n = 1; ; n++) {
    let outcome: { error: unknown } | { value: T };
    try {
      outcome = { value: await attempt() };
    } catch (error) {
      outcome = { error };
    }
    if (n >= SWAP_ATTEMPTS || !isSwap(outcome)) {
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    }
    retries += 1;
    if (n === 1) console.warn(`[evaluate] ${what} met a document being replaced; sending it again`);
    await new Promise((r) => setTimeout(r, swapBackoffMs(n)));
  }
}

/** `page.evaluate`, surviving a document swap. Use it for every evaluation in support code. */
export function evaluateIn<A extends unknown[], R>(
  page: Page,
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  return surviveDocumentSwap(
    'page.evaluate',
    () => page.evaluate(fn as unknown as (...a: unknown[]) => R, ...(args as unknown[])) as Promise<Awaited<R>>,
  ) as Promise<R>;
}

const NO_ANSWER = Symbol('no answer');

/**
 * Ask `page` `fn(...args)` until it returns something truthy, one short evaluation at a time, and
 * return that. Not `waitForFunction`, whose poller lives inside one document: Firefox never answers
 * an evaluation still pending in a document when that document is replaced, so a poller stranded
 * there waits out its whole timeout. Here an evaluation left unanswered for `answerMs` is dropped
 * and the next one asks whatever document the tab holds then. Throws, naming `what` and the last
 * value or error seen, once `timeout` has passed.
 */
export async function pollIn<A extends unknown[], R>(
  page: Page,
  what: string,
  opts: { timeout?: number; interval?: number; answerMs?: number },
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<NonNullable<R>> {
  const { timeout = 10_000, interval = 100, answerMs = 2_000 } = opts;
  const deadline = Date.now() + timeout;
  let seen = 'no answer yet';
  for (;;) {
    const value = await Promise.race([
      evaluateIn(page, fn, ...args).catch((e: unknown) => new PollError(e)),
      new Promise<typeof NO_ANSWER>((r) => setTimeout(() => r(NO_ANSWER), answerMs)),
    ]);
    if (value === NO_ANSWER) seen = 'no answer (its document was being replaced)';
    else if (value instanceof PollError) {
      // A closed page will never answer: say so now rather than after the timeout.
      if (/Target closed|Session closed|has been closed|no such frame/i.test(value.message)) throw value.cause;
      seen = `an error: ${value.message}`;
    } else if (value) return value as NonNullable<R>;
    else seen = JSON.stringify(value) ?? String(value);
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${timeout} ms (last: ${seen})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

class PollError {
  readonly message: string;
  constructor(readonly cause: unknown) {
    this.message = messageOf(cause).split('\n')[0];
  }
}
