import type { Browser } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  findBrowser,
  REPLACED_DOCUMENT_ERROR,
  retryEvaluationsInReplacedDocuments,
} from '../../../scripts/browser/browsers';
import { SWAP_ATTEMPTS, swapRetries } from '../../../scripts/browser/evaluate';

describe('findBrowser', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test.each([
    ['chromium', 'CHROME_PATH', /apt-get install -y chromium/],
    ['firefox', 'FIREFOX_PATH', /apt-get install -y firefox-esr/],
  ] as const)('a missing %s fails with how to install it', (name, env, hint) => {
    process.env[env] = '/nonexistent/browser-binary';
    expect(() => findBrowser(name)).toThrow(hint);
  });

  test('an existing path in the environment is used as given', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findBrowser('chromium')).toBe(process.execPath);
  });
});

describe('retryEvaluationsInReplacedDocuments', () => {
  type Answer = { result: { type: string; exceptionDetails?: { text: string }; result?: unknown } };
  /** A fake BiDi connection answering each call with the next scripted outcome. */
  function connection(script: (Answer | Error)[]) {
    const calls: string[] = [];
    const conn = {
      async send(method: string): Promise<Answer> {
        calls.push(method);
        const next = script.shift() ?? { result: { type: 'success', result: { type: 'string', value: 'last' } } };
        if (next instanceof Error) throw next;
        return next;
      },
    };
    const browser = { connection: conn } as unknown as Browser;
    return { browser, calls, send: (method: string) => conn.send(method) };
  }
  const ok: Answer = { result: { type: 'success', result: { type: 'boolean', value: true } } };
  const swapped = () => new Error(`unknown error TypeError: ${REPLACED_DOCUMENT_ERROR}`);
  const swappedInPage: Answer = {
    result: { type: 'exception', exceptionDetails: { text: `TypeError: ${REPLACED_DOCUMENT_ERROR}` } },
  };

  test('an evaluation that lands in a document being replaced is sent again, and answers', async () => {
    const c = connection([swapped(), swappedInPage, ok]);
    const before = swapRetries();
    retryEvaluationsInReplacedDocuments(c.browser);
    await expect(c.send('script.callFunction')).resolves.toEqual(ok);
    expect(c.calls).toEqual(['script.callFunction', 'script.callFunction', 'script.callFunction']);
    expect(swapRetries() - before).toBe(2);
  });

  test('any other failure, and any other command, is passed on at once', async () => {
    const other = new Error('no such frame');
    const c = connection([other, swapped()]);
    retryEvaluationsInReplacedDocuments(c.browser);
    await expect(c.send('script.evaluate')).rejects.toBe(other);
    await expect(c.send('browsingContext.navigate')).rejects.toThrow(REPLACED_DOCUMENT_ERROR);
    expect(c.calls).toHaveLength(2);
  });

  test('a document that keeps failing is given up on after a bounded number of attempts', async () => {
    const c = connection(Array.from({ length: 100 }, swapped));
    retryEvaluationsInReplacedDocuments(c.browser);
    await expect(c.send('script.evaluate')).rejects.toThrow(REPLACED_DOCUMENT_ERROR);
    expect(c.calls).toHaveLength(SWAP_ATTEMPTS);
  });
});
