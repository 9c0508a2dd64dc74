/**
 * Minimal rendering helpers for Preact components under happy-dom (no extra testing library), used
 * by the popup and options tests; the in-page UI's tests mount through its own `mountInPageUi`.
 */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { settle } from './settle';

const roots: HTMLElement[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/**
 * Let pending promises and renders run: a few of `settle`'s macrotask turns, each inside `act` so
 * effects flush (a render's effect may start another promise chain, hence more than one). No time
 * passes (`setImmediate`, which the tests' fake timers leave alone): a component's own delays, such
 * as the options page's "Saved" that clears itself, run only when a test moves time.
 */
export async function settleRenders(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await settle();
    });
  }
}

/** Render `vnode` into a fresh element in the document and wait for its effects. */
export async function mount(vnode: VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => {
    render(vnode, root);
  });
  await settleRenders();
  return root;
}

/** Click an element and wait for what follows. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
  await settleRenders();
}

/** The button (or link) whose visible text includes `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!found) throw new Error(`no button with text "${text}" in: ${(root as Element).textContent}`);
  return found;
}

/** Every button's visible text, trimmed, in document order: what a reader can act on. */
export function buttons(root: ParentNode): string[] {
  return [...root.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? '');
}

/** Headings' text, in document order. */
export function headings(root: ParentNode, selector = 'h1, h2, h3'): string[] {
  return [...root.querySelectorAll(selector)].map((h) => h.textContent?.trim() ?? '');
}

/**
 * axe-core violations in `root` (colour contrast is skipped: happy-dom does not compute styles).
 * Returned as "rule: target" lines so a failure names what to fix.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
