/**
 * A page object for Backstory on an article, seen from outside as a reader (and the tests) see it:
 * wait until the content script says it is done, read the launcher, open a card from the text.
 *
 * "Done" is what the content script announces itself: the User Timing mark `backstory:settled`,
 * recorded once the page's analysis, the idle disputed-point pass included, is drawn and shown by
 * the UI (lib/content/page-controller.ts). It is read from the page's main world, which shares the
 * performance timeline with the content script's world. No wait here is on time alone, and every
 * evaluation survives a document swap (scripts/browser/evaluate.ts).
 */
import type { Page } from 'puppeteer-core';
import { evaluateIn, pollIn } from '../../../scripts/browser/evaluate';
import { lastSettled, readHighlights, settle, UI_HOST, type DrawnHighlight } from './probes';
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
   * Wait until the content script has announced the page settled. With `since` (a value from
   * `lastSettled()` taken before an action such as a forced scan), wait for an announcement made
   * after that: the mark is replaced each time, so a newer one has a later time.
   */
  async settled(opts: { since?: number | null; timeout?: number } = {}): Promise<void> {
    await settle(this.page, opts);
  }

  /** When (on the page's clock) the page last announced it was settled, or null before the first. */
  lastSettled(): Promise<number | null> {
    return lastSettled(this.page);
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
    const isLauncher = (n: UiNode) => hasClass(n, 'bs-launcher__open');
    const tree = await this.waitForUi('the launcher', (t) => findAll(t, isLauncher).length > 0);
    return findAll(tree, isLauncher)[0].text;
  }

  /** The counts the launcher shows once the page is settled (0 where it shows none). */
  async launcherCounts(): Promise<{ names: number; disputed: number }> {
    const text = await this.launcherText();
    const count = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    return { names: count(/(\d+) names?/), disputed: count(/(\d+) disputed points?/) };
  }

  /** Whether our UI host is in the page. */
  hasUi(): Promise<boolean> {
    return evaluateIn(this.page, (sel) => document.querySelector(sel) !== null, UI_HOST);
  }

  /** The names of our highlights registered in the page now (`backstory-…`). */
  highlightNames(): Promise<string[]> {
    return evaluateIn(this.page, () => {
      const names: string[] = [];
      (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.forEach((_, n) => {
        if (n.startsWith('backstory-')) names.push(n);
      });
      return names;
    });
  }

  /** Wait until a highlight whose name starts with `prefix` is registered (e.g. a style change applied). */
  async waitForHighlightStyle(prefix: string, timeout = 10_000): Promise<void> {
    await pollIn(
      this.page,
      `a ${prefix}* highlight`,
      { timeout },
      (p: string) => {
        let found = false;
        (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.forEach((_, n) => {
          if (n.startsWith(p)) found = true;
        });
        return found;
      },
      prefix,
    );
  }

  /**
   * Wait (up to `timeout`) until a highlight of `name` matching `choice` is drawn. A disputed
   * sentence drawn faintly (`<name>-more`, see `secondaryDisputed`) counts: a reader clicks it alike.
   */
  async waitForHighlight(name: string, choice: RangeChoice = {}, timeout = 10_000): Promise<void> {
    await pollIn(
      this.page,
      `a ${name} highlight ${JSON.stringify(choice)}`,
      { timeout },
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
      name,
      choice.exact ?? null,
      choice.contains ?? null,
    );
  }

  /** Viewport coordinates inside the first highlighted range of `name` matching `choice` (scrolled into view), or null. */
  pointAt(name: string, choice: RangeChoice = {}): Promise<{ x: number; y: number } | null> {
    return evaluateIn(
      this.page,
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
