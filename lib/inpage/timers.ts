/** Timeouts that all end together: every timer the in-page UI starts is cleared by `clear()`. */
export class Timers {
  private readonly ids = new Set<number>();

  constructor(private readonly win: Window) {}

  /** Run `fn` after `ms`; returns an id for `cancel` (never 0, so 0 can mean "none"). */
  start(fn: () => void, ms: number): number {
    const id = this.win.setTimeout(() => {
      this.ids.delete(id);
      fn();
    }, ms);
    this.ids.add(id);
    return id;
  }

  /** Cancel one timer; 0 is ignored. */
  cancel(id: number): void {
    if (!id) return;
    this.win.clearTimeout(id);
    this.ids.delete(id);
  }

  clear(): void {
    for (const id of this.ids) this.win.clearTimeout(id);
    this.ids.clear();
  }
}
