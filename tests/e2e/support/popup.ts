/**
 * A page object for the popup, opened for one article tab (as a page of its own: headless browsers
 * have no toolbar to click in Firefox; Chromium's toolbar button is pressed). Specs read counts and
 * press buttons through it, not through the popup's DOM. Every read waits for a value the popup
 * shows (it fills in as the background answers) and survives a document swap.
 */
import type { Page } from 'puppeteer-core';
import { evaluateIn, pollIn } from '../../../scripts/browser/evaluate';
import { tabIdOf } from '../../../scripts/browser/popup-page';
import { popupText } from './probes';

interface ActionApi {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

export class PopupPage {
  constructor(
    readonly page: Page,
    /** The article tab the popup is for. */
    readonly article: Page,
  ) {}

  /** Text of the element with `data-testid=testId`; with `wanted`, first wait (up to 10 s) for it. */
  text(testId: string, wanted?: string): Promise<string> {
    return popupText(this.page, testId, wanted);
  }

  /** The highlight count shown; with `wanted`, once it shows that (or after 10 s, whatever it shows). */
  async highlightCount(wanted?: number): Promise<number> {
    return Number(await this.text('highlight-count', wanted === undefined ? undefined : String(wanted)));
  }

  /** The number in the "Disputed points (N)" heading, 0 when the popup shows no such section. */
  async disputedCount(): Promise<number> {
    const heading = await evaluateIn(this.page, () => document.querySelector('#disputed-heading')?.textContent ?? '');
    return Number(/\((\d+)\)/.exec(heading)?.[1] ?? 0);
  }

  /** The `data-state` of the topic line (how sure the popup is that the page is on topic). */
  topicState(): Promise<string | null> {
    return evaluateIn(
      this.page,
      () => document.querySelector('[data-testid="topic-state"]')?.getAttribute('data-state') ?? null,
    );
  }

  /** The browser's id for the article's tab. */
  tabId(): Promise<number> {
    return tabIdOf(this.page, this.article);
  }

  /**
   * The toolbar badge of the article's tab. With `untilSet`, wait (up to 10 s) until there is one:
   * a background woken by the page's report sets it once it has taken that report.
   */
  async badge(opts: { untilSet?: boolean } = {}): Promise<string> {
    const tabId = await this.tabId();
    const read = (id: number) => {
      const g = globalThis as unknown as { browser?: ActionApi; chrome: ActionApi };
      return (g.browser ?? g.chrome).action.getBadgeText({ tabId: id });
    };
    if (!opts.untilSet) return evaluateIn(this.page, read, tabId);
    return pollIn(this.page, `the badge of tab ${tabId}`, {}, read, tabId).catch(() => '');
  }

  /**
   * Press "Scan this page" with the keyboard, as a reader may (a pointer click waits for frames an
   * unfocused popup never paints).
   */
  async scan(): Promise<void> {
    const scan = await this.page.waitForSelector('[data-testid="scan-button"]', { timeout: 10_000 });
    await scan!.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Run `fn` in the popup (an extension page: it may use the extension APIs). */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return evaluateIn(this.page, fn, ...args);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
