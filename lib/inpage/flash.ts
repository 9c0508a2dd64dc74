/** Bringing a chosen mention into view and marking it for a moment. */
import { rangeRects } from './hit-test';
import type { Timers } from './timers';

/** Name of the temporary highlight that marks the mention chosen in the panel. */
export const FLASH_HIGHLIGHT = 'backstory-flash';

type HighlightEnv = {
  CSS?: { highlights?: { set(n: string, h: unknown): void; delete(n: string): void } };
  Highlight?: new (...r: AbstractRange[]) => { priority: number };
};

/** Scroll `range` into view, in the upper quarter of the window so a card fits below it. */
export function scrollToRange(doc: Document, win: Window, range: AbstractRange): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // Centre first (this also scrolls any inner scroll container), then lift the text to the
  // upper quarter of the window so its card fits below it instead of being squeezed.
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  const top = rangeRects(doc, range)[0]?.top;
  if (top !== undefined) win.scrollBy({ top: top - win.innerHeight * 0.25, behavior: 'instant' as ScrollBehavior });
}

/** Marks a range with the `backstory-flash` highlight (styled by the page CSS) for `ms`. */
export class Flash {
  private timer = 0;

  constructor(
    private readonly win: Window,
    private readonly timers: Timers,
    private readonly ms: number,
  ) {}

  show(range: AbstractRange): void {
    const env = this.win as unknown as HighlightEnv;
    const registry = env.CSS?.highlights;
    if (!registry || !env.Highlight) return;
    const h = new env.Highlight(range);
    h.priority = 2;
    registry.set(FLASH_HIGHLIGHT, h);
    this.timers.cancel(this.timer);
    this.timer = this.timers.start(() => registry.delete(FLASH_HIGHLIGHT), this.ms);
  }

  clear(): void {
    this.timers.cancel(this.timer);
    (this.win as unknown as HighlightEnv).CSS?.highlights?.delete(FLASH_HIGHLIGHT);
  }
}
