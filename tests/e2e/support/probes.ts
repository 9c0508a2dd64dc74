/**
 * What a reader would see, read from a page: the highlights the extension drew, its UI host, and
 * the User Timing measures it recorded. Runs in the page's main world (the highlight registry and
 * the DOM are shared with the content script's world).
 */
import type { Page } from 'puppeteer-core';

export interface DrawnHighlight {
  name: string;
  text: string;
}

/** Every range in every `backstory-*` highlight, with the page text it covers. */
export async function readHighlights(page: Page): Promise<DrawnHighlight[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('backstory-')) return;
      highlight.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push({ name, text: range.toString() });
      });
    });
    return out;
  });
}

/** Wait until the content script drew at least `min` highlights (or time out). */
export async function waitForHighlights(page: Page, min = 1, timeout = 15_000): Promise<DrawnHighlight[]> {
  await page.waitForFunction(
    (n: number) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      if (!registry) return false;
      let count = 0;
      registry.forEach((h, name) => {
        if (name.startsWith('backstory-')) count += h.size;
      });
      return count >= n;
    },
    { timeout, polling: 100 },
    min,
  );
  return readHighlights(page);
}

/** Whether our UI host element is in the page. */
export async function hasBackstoryUi(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('[data-backstory-ui]') !== null);
}

/** The document's full text, to prove the extension never changes it. */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

/**
 * Wait until the content script announces that all its work for the page is done: the measure
 * `backstory:total`, recorded after the idle disputed-point pass too. With `since` (the end of an
 * earlier `backstory:total`, see `InPage.lastSettled`), wait for one that ended later. Fails when
 * the announcement does not come, rather than going on after a pause.
 */
export async function settle(page: Page, opts: { since?: number | null; timeout?: number } = {}): Promise<void> {
  const timeout = opts.timeout ?? 15_000;
  await page
    .waitForFunction(
      (since: number | null) => {
        const e = performance.getEntriesByName('backstory:total').at(-1);
        return !!e && (since === null || e.startTime + e.duration > since);
      },
      { timeout, polling: 100 },
      opts.since ?? null,
    )
    .catch((e: Error) => {
      throw new Error(`The content script did not announce it was done (backstory:total) within ${timeout} ms: ${e.message}`);
    });
}

/**
 * For a page where Backstory must do nothing and so announces nothing (a site the reader paused, a
 * site it has no access to): give it the time it would take to act. Such a pause can only let a
 * fault go unseen on a slow run, never fail a good one; where the content script runs, use `settle`.
 */
export async function pauseForAbsence(ms = 1_500): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** The text of the popup element with `data-testid=testId`; with `wanted`, first wait (up to 10 s) for that value. */
export async function popupText(popup: Page, testId: string, wanted?: string): Promise<string> {
  const selector = `[data-testid="${testId}"]`;
  if (wanted !== undefined) {
    // The popup updates as answers arrive; wait for the value rather than read a passing state.
    await popup
      .waitForFunction((s: string, w: string) => document.querySelector(s)?.textContent === w, { timeout: 10_000, polling: 100 }, selector, wanted)
      .catch(() => {});
  }
  const el = await popup.waitForSelector(selector, { timeout: 10_000 });
  return el!.evaluate((e) => e.textContent ?? '');
}
