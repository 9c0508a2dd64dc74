/**
 * What a reader would see, read from a page: the highlights the extension drew, its UI host, and
 * the User Timing measures it recorded. Runs in the page's main world (the highlight registry and
 * the DOM are shared with the content script's world).
 */
import type { Page } from 'puppeteer-core';
import { evaluateIn, pollIn } from '../../../scripts/browser/evaluate';
import { SETTLED_MARK } from '../../../lib/content/page-controller';

export interface DrawnHighlight {
  name: string;
  text: string;
}

/** Every range in every `backstory-*` highlight, with the page text it covers. */
export async function readHighlights(page: Page): Promise<DrawnHighlight[]> {
  return evaluateIn(page, () => {
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
  await pollIn(
    page,
    `${min} highlight(s) drawn`,
    { timeout },
    (n: number) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      if (!registry) return false;
      let count = 0;
      registry.forEach((h, name) => {
        if (name.startsWith('backstory-')) count += h.size;
      });
      return count >= n;
    },
    min,
  );
  return readHighlights(page);
}

/**
 * How tests find our UI host. It has no stable name (its tag is a random token from storage.local,
 * lib/settings/ui-host.ts), so tests find it by what it is: the element whose inline style pins the
 * UI's sheet sentinel (`--bs-sheet`, components/inpage/mount.tsx). A page could look for that too:
 * an element in the DOM cannot hide its own structure; what is gone is a name to query for.
 */
export const UI_HOST = '[style*="--bs-sheet: 0"]';

/** Whether our UI host element is in the page. */
export async function hasBackstoryUi(page: Page): Promise<boolean> {
  return evaluateIn(page, (sel) => document.querySelector(sel) !== null, UI_HOST);
}

/** The document's full text, to prove the extension never changes it. */
export async function pageText(page: Page): Promise<string> {
  return evaluateIn(page, () => document.body.textContent ?? '');
}

/** When (on the page's clock) the page last announced it was settled, or null before the first. */
export async function lastSettled(page: Page): Promise<number | null> {
  return evaluateIn(page, (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? null, SETTLED_MARK);
}

/**
 * Wait until the content script announces that the page is settled: the mark `backstory:settled`
 * (SETTLED_MARK), recorded once its analysis, the idle disputed-point pass included, is drawn and
 * the UI shows it (see lib/content/page-controller.ts). A page the cheap gate turns away never
 * gets that far: there the gate's own announcement, `backstory:total` recorded with no analysis
 * (`backstory:scan`) after it, is the end of the work. With `since` (from `lastSettled`, read before
 * an action such as a forced scan), wait for an announcement made after that. Fails when the
 * announcement does not come, rather than going on after a pause.
 */
export async function settle(page: Page, opts: { since?: number | null; timeout?: number } = {}): Promise<void> {
  const timeout = opts.timeout ?? 15_000;
  await settleOrExplain(page, timeout, opts.since ?? null);
}

async function settleOrExplain(page: Page, timeout: number, since: number | null): Promise<void> {
  try {
    await pollUntilSettled(page, timeout, since);
  } catch (err) {
    // Say how far the page got (gate, scan, draw), so that a failure names its stage.
    const seen = await evaluateIn(page, () =>
      performance
        .getEntries()
        .filter((e) => e.name.startsWith('backstory:'))
        .map((e) => `${e.name}@${Math.round(e.startTime)}+${Math.round(e.duration)}`)
        .join(' '),
    ).catch(() => 'unreadable');
    throw new Error(`${err instanceof Error ? err.message : String(err)}; entries seen: ${seen || 'none'}`);
  }
}

async function pollUntilSettled(page: Page, timeout: number, since: number | null): Promise<void> {
  await pollIn(
    page,
    `the content script announcing the page settled (${SETTLED_MARK}, or the gate's backstory:total)`,
    { timeout },
    (name: string, since: number | null) => {
      const after = (t: number | undefined) => t !== undefined && (since === null || t > since);
      const settled = performance.getEntriesByName(name).at(-1);
      if (settled) return after(settled.startTime);
      const total = performance.getEntriesByName('backstory:total').at(-1);
      const turnedAway = !!total && performance.getEntriesByName('backstory:scan').length === 0;
      return turnedAway && after(total.startTime + total.duration);
    },
    SETTLED_MARK,
    since,
  );
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
    const shows = (s: string, w: string) => document.querySelector(s)?.textContent === w;
    await pollIn(popup, `${testId} = ${wanted}`, {}, shows, selector, wanted)
      // A different value is what the caller's assertion then shows.
      .catch(() => {});
  }
  const found = await pollIn(
    popup,
    `the popup's ${testId}`,
    {},
    (s: string) => {
      const e = document.querySelector(s);
      return e ? { text: e.textContent ?? '' } : null;
    },
    selector,
  );
  return found.text;
}

/** Wait until the options page says the last change was saved (it writes storage first). */
export async function waitForSaved(options: Page, timeout = 10_000): Promise<void> {
  await pollIn(options, 'the options page saying "saved"', { timeout }, () =>
    /saved/i.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
  );
}
