/**
 * Where the reading panel goes so that it never covers the article column. Centred layouts at
 * 1280–1366 px leave gutters narrower than the panel: there the page is pushed aside (a right
 * margin on the root, as side-by-side annotation tools do), so its centred column re-centres in the
 * space left. Where the gutter already holds the panel, or the window is too narrow for both, the
 * panel overlays as before (on a narrow window choosing an item closes it).
 */
import { rangeEnds, type HighlightItem } from '../dom/highlight';

/** Width of the reading panel (the CSS's `.bs-panel`); cards keep clear of it on wide screens. */
export const PANEL_WIDTH = 380;

/** The article column's horizontal extent, in viewport px. */
export interface Column {
  left: number;
  right: number;
}

/** Overlay (the panel fits beside the text, or nothing fits) or push the page aside. */
export function dockMode(
  viewportWidth: number,
  column: Column | null,
  panelWidth: number,
  narrowBelow: number,
): 'overlay' | 'push' {
  if (viewportWidth < narrowBelow || !column) return 'overlay';
  return column.right <= viewportWidth - panelWidth ? 'overlay' : 'push';
}

/**
 * The column the highlighted text sits in: the union of the boxes of the blocks holding the first
 * highlights (their paragraphs span the column, whatever the words' own positions).
 */
export function measureColumn(items: readonly HighlightItem[], limit = 40): Column | null {
  let left = Infinity;
  let right = -Infinity;
  for (const item of items.slice(0, limit)) {
    const node = rangeEnds(item).startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const block = el?.closest('p, li, blockquote, h1, h2, h3, h4, figcaption, td, div') ?? el;
    const r = block?.getBoundingClientRect();
    if (!r || r.width === 0) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return Number.isFinite(left) ? { left, right } : null;
}

/** Push the page's root aside by `px`; returns the undo. Restores the page's own inline value. */
export function pushPage(doc: Document, px: number): () => void {
  const style = doc.documentElement.style;
  const before = style.getPropertyValue('margin-right');
  const priority = style.getPropertyPriority('margin-right');
  style.setProperty('margin-right', `${px}px`, 'important');
  return () => {
    if (before) style.setProperty('margin-right', before, priority);
    else style.removeProperty('margin-right');
  };
}

/**
 * Dock the open panel beside the article column, pushing the page aside where its gutter is too
 * narrow; returns the undo when the page was pushed, null when the panel overlays.
 */
export function dockPanel(
  doc: Document,
  win: Window,
  items: readonly HighlightItem[],
  narrowBelow: number,
): (() => void) | null {
  if (dockMode(win.innerWidth, measureColumn(items), PANEL_WIDTH, narrowBelow) !== 'push') return null;
  const undo = pushPage(doc, PANEL_WIDTH);
  // A fixed-width layout does not re-centre: pushing would only add a scrollbar, so undo it.
  const after = measureColumn(items);
  if (!after || after.right > win.innerWidth - PANEL_WIDTH + 1) {
    undo();
    return null;
  }
  return undo;
}

/** The full launcher (a pill up to ~340 px wide, 16 px from the edge) would sit over the column. */
export function launcherCompact(items: readonly HighlightItem[], viewportWidth: number): boolean {
  const column = measureColumn(items);
  return !!column && column.right > viewportWidth - 360;
}
