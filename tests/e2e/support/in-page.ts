/**
 * A page object for Backstory on an article, seen from outside as a reader (and the tests) see it:
 * wait until the content script says it is done, read the launcher, open a card from the text.
 *
 * "Done" is what the content script announces itself: the User Timing measure `backstory:total`,
 * which it records once all work for the page is finished, the idle disputed-point pass included
 * (the performance-marks contract in DESIGN.md). It is read from the page's main world, which
 * shares the performance timeline with the content script's world. No wait here is on time alone.
 */
import type { Page } from 'puppeteer-core';
import { readHighlights, settle, type DrawnHighlight } from './probes';
import { cardOf, findAll, hasClass, readUiTree, waitForUi, type UiNode } from './ui-tree';

export type BrowserName = 'chromium' | 'firefox';

/** Which highlighted range: all of `name`, or the one whose text is `exact` or contains `contains`. */
export interface RangeChoice {
  exact?: string;
  contains?: string;
}

export class InPage {
  constructor(
    readonly page: Page,
    readonly browserName: BrowserName,
  ) {}

  /**
   * Wait until the content script has finished all its work for the page. With `since` (a value
   * from `lastSettled()` taken before an action such as a forced scan), wait for work finished after
   * that: the measure is replaced on each run, so a newer one has a later end.
   */
  async settled(opts: { since?: number | null; timeout?: number } = {}): Promise<void> {
    await settle(this.page, opts);
  }

  /** End (on the page's clock) of the latest `backstory:total`, or null before the first. */
  async lastSettled(): Promise<number | null> {
    return this.page.evaluate(() => {
      const e = performance.getEntriesByName('backstory:total').at(-1);
      return e ? e.startTime + e.duration : null;
    });
  }

  highlights(): Promise<DrawnHighlight[]> {
    return readHighlights(this.page);
  }

  /** Our UI tree now (null: no UI on the page). */
  ui(): Promise<UiNode | null> {
    return readUiTree(this.page, this.browserName);
  }

  /** Read the UI until `pred` holds; throws with `what` if it does not within `timeout`. */
  async waitForUi(what: string, pred: (t: UiNode | null) => boolean, timeout = 5_000): Promise<UiNode | null> {
    const tree = await waitForUi(this.page, this.browserName, pred, timeout);
    if (!pred(tree)) throw new Error(`${what}: not seen in our UI within ${timeout} ms`);
    return tree;
  }

  /** The launcher's text once the page is settled (names and disputed points both counted). */
  async launcherText(): Promise<string> {
    await this.settled();
    const isLauncher = (n: UiNode) => hasClass(n, 'bs-launcher');
    const tree = await this.waitForUi('the launcher', (t) => findAll(t, isLauncher).length > 0);
    return findAll(tree, isLauncher)[0].text;
  }

  /**
   * Wait (up to `timeout`) until a highlight of `name` matching `choice` is drawn. A disputed
   * sentence drawn faintly (`<name>-more`, see `secondaryDisputed`) counts: a reader clicks it alike.
   */
  async waitForHighlight(name: string, choice: RangeChoice = {}, timeout = 10_000): Promise<void> {
    await this.page
      .waitForFunction(
        (hName: string, exact: string | null, contains: string | null) => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
          for (const r of [...(registry?.get(hName) ?? []), ...(registry?.get(`${hName}-more`) ?? [])]) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            const text = range.toString();
            if ((exact === null || text === exact) && (contains === null || text.includes(contains))) return true;
          }
          return false;
        },
        { timeout, polling: 100 },
        name,
        choice.exact ?? null,
        choice.contains ?? null,
      )
      .catch((e: Error) => {
        throw new Error(`No ${name} highlight ${JSON.stringify(choice)} within ${timeout} ms: ${e.message}`);
      });
  }

  /** Viewport coordinates inside the first highlighted range of `name` matching `choice` (scrolled into view), or null. */
  pointAt(name: string, choice: RangeChoice = {}): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      (hName: string, exact: string | null, contains: string | null) => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
        for (const r of [...(registry?.get(hName) ?? []), ...(registry?.get(`${hName}-more`) ?? [])]) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const text = range.toString();
          if (exact !== null && text !== exact) continue;
          if (contains !== null && !text.includes(contains)) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
        }
        return null;
      },
      name,
      choice.exact ?? null,
      choice.contains ?? null,
    );
  }

  /**
   * Click a highlighted range, as a reader does, and return the card that opens. Waits first for
   * the page to be settled and the range drawn: disputed points come in an idle pass after names.
   */
  async openCard(name: string, choice: RangeChoice = {}): Promise<UiNode> {
    await this.settled();
    await this.waitForHighlight(name, choice);
    const point = await this.pointAt(name, choice);
    if (!point) throw new Error(`The ${name} highlight ${JSON.stringify(choice)} has no box on screen`);
    await this.page.mouse.click(point.x, point.y);
    const tree = await this.waitForUi(`a card after clicking ${name} ${JSON.stringify(choice)}`, (t) => !!cardOf(t));
    return cardOf(tree)!;
  }

  /** Press Escape and wait until no card is open. */
  async closeCard(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.waitForUi('no card after Escape', (t) => !cardOf(t));
  }
}
