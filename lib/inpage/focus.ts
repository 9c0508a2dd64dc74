/**
 * Keyboard focus helpers for our dialogs: Tab and Shift+Tab cycle inside the open card or panel
 * (Escape is the way out, handled by the controller), and arrow keys walk a list of buttons.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), summary, input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focusable elements inside `root`, in tree order, skipping those inside `hidden` subtrees. */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]') && !el.closest('details:not([open]) > :not(summary)'),
  );
}

/** On Tab at either end of `root`, wrap to the other end. Returns true when it moved focus. */
export function wrapTab(e: KeyboardEvent, root: HTMLElement): boolean {
  if (e.key !== 'Tab') return false;
  const items = focusableIn(root);
  if (items.length === 0) {
    e.preventDefault();
    return true;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const current = e.target as HTMLElement | null;
  const outside = !current || !items.includes(current);
  if (e.shiftKey && (current === first || current === root || outside)) {
    e.preventDefault();
    last.focus();
    return true;
  }
  if (!e.shiftKey && (current === last || outside)) {
    e.preventDefault();
    first.focus();
    return true;
  }
  return false;
}

/** Arrow Up/Down, Home and End move focus among `items`; returns true when the key was used. */
export function moveInList(e: KeyboardEvent, items: readonly HTMLElement[]): boolean {
  const index = items.indexOf(e.target as HTMLElement);
  if (index < 0 || items.length === 0) return false;
  let next: number;
  switch (e.key) {
    case 'ArrowDown':
      next = Math.min(index + 1, items.length - 1);
      break;
    case 'ArrowUp':
      next = Math.max(index - 1, 0);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    default:
      return false;
  }
  e.preventDefault();
  items[next].focus();
  return true;
}

/** The focused element, looking inside our shadow root (the page only sees our host). */
export function deepActiveElement(doc: Document, host: HTMLElement, shadow: ShadowRoot): HTMLElement | null {
  const active = doc.activeElement;
  if (active === host) return (shadow.activeElement as HTMLElement | null) ?? null;
  // Duck-typed: `instanceof` across Firefox's Xray wrappers is not reliable.
  return active && active !== doc.body && typeof (active as HTMLElement).focus === 'function'
    ? (active as HTMLElement)
    : null;
}
