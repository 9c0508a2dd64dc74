/**
 * Which highlight is under a point. Custom highlights are painted, not elements, so they receive no
 * pointer events: we ask the browser for the highlights at the point where it can
 * (`CSS.highlights.highlightsFromPoint`, Chromium 140+), and otherwise find the caret position under
 * the pointer (`caretPositionFromPoint`, or WebKit/Chromium's older `caretRangeFromPoint`) and look
 * it up in the highlight items' ranges. Neither answer is taken on trust: the highlight API is off
 * by the device scale factor in some Chromium versions, and a caret position snaps to the nearest
 * character even when the pointer is in a margin, so every candidate is confirmed against its
 * client rects, and where the browser's answers confirm nothing the caret path decides.
 */
import { rangeEnds, type HighlightItem } from '../dom/highlight';

interface HighlightHitResultLike {
  highlight?: unknown;
  ranges?: readonly AbstractRange[];
}
/** Shadow roots whose contents a point lookup may report (else it stops at their hosts). */
interface ShadowRootsOption {
  shadowRoots?: ShadowRoot[];
}
interface HighlightsFromPoint {
  highlightsFromPoint?: (
    x: number,
    y: number,
    options?: ShadowRootsOption,
  ) => readonly (HighlightHitResultLike | object)[];
}
interface CaretDocument {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: ShadowRootsOption,
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** A point inside the DOM, as a caret position. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The caret position under a viewport point, or null where neither API exists or nothing is there. */
export function caretAtPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretPoint | null {
  const d = doc as Document & CaretDocument;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const pos =
        shadowRoots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
      return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Both APIs throw on some detached or cross-origin cases; treat as "nothing here".
  }
  return null;
}

/** Client rects of a static range, through a reusable live range (static ranges have none). */
export function rangeRects(doc: Document, range: AbstractRange, scratch: Range = doc.createRange()): DOMRect[] {
  try {
    scratch.setStart(range.startContainer, range.startOffset);
    scratch.setEnd(range.endContainer, range.endOffset);
    return Array.from(scratch.getClientRects());
  } catch {
    // The page removed or changed the nodes since the range was built.
    return [];
  }
}

function containsPoint(rects: readonly DOMRect[], x: number, y: number, slop = 1): boolean {
  return rects.some(
    (r) => r.width > 0 && x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop,
  );
}

function containsCaret(item: HighlightItem, caret: CaretPoint, scratch: Range): boolean {
  const r = rangeEnds(item);
  // Most mentions sit in one text node: compare offsets without touching the DOM.
  if (r.startContainer === r.endContainer) {
    return caret.node === r.startContainer && caret.offset >= r.startOffset && caret.offset <= r.endOffset;
  }
  try {
    scratch.setStart(r.startContainer, r.startOffset);
    scratch.setEnd(r.endContainer, r.endOffset);
    return scratch.isPointInRange(caret.node, caret.offset);
  } catch {
    return false;
  }
}

/**
 * The best item among candidates: an entity before the disputed sentence that contains it (the
 * more specific card), then the shortest span.
 */
export function pickInnermost(candidates: readonly HighlightItem[]): HighlightItem | null {
  let best: HighlightItem | null = null;
  for (const item of candidates) {
    if (!best) {
      best = item;
      continue;
    }
    const itemIsEntity = item.kind !== 'disputed';
    const bestIsEntity = best.kind !== 'disputed';
    if (itemIsEntity !== bestIsEntity) {
      if (itemIsEntity) best = item;
      continue;
    }
    if (item.end - item.start < best.end - best.start) best = item;
  }
  return best;
}

/**
 * The highlight item under viewport point (x, y), or null. `items` are the ones drawn on the page;
 * `win` provides `CSS.highlights` when the browser has it. Highlights inside the page's open shadow
 * roots are found only when those roots (`HighlightSet.shadowRoots`) are named.
 */
export function hitTest(
  items: readonly HighlightItem[],
  x: number,
  y: number,
  doc: Document,
  win: Window & typeof globalThis,
  shadowRoots: ShadowRoot[] = [],
): HighlightItem | null {
  if (items.length === 0) return null;
  const registry = (win as unknown as { CSS?: { highlights?: HighlightsFromPoint } }).CSS?.highlights;
  const scratch = doc.createRange();

  if (registry && typeof registry.highlightsFromPoint === 'function') {
    let results: readonly (HighlightHitResultLike | object)[] = [];
    try {
      results =
        shadowRoots.length > 0
          ? registry.highlightsFromPoint(x, y, { shadowRoots })
          : registry.highlightsFromPoint(x, y);
    } catch {
      results = [];
    }
    // The answer is a hint, never final: Chromium 156 answers for (x / zoom, y / zoom) on screens
    // with a device scale factor other than 1, so "nothing" may be wrong and "something" may be
    // another highlight. Only ranges whose own rectangles hold the point are believed.
    const ranges = new Set<AbstractRange>();
    for (const r of results) for (const range of (r as HighlightHitResultLike).ranges ?? []) ranges.add(range);
    if (ranges.size > 0) {
      const confirmed = items.filter(
        (item) => ranges.has(item.range) && containsPoint(rangeRects(doc, item.range, scratch), x, y),
      );
      if (confirmed.length > 0) return pickInnermost(confirmed);
    }
  }

  const d = doc as Document & CaretDocument;
  if (typeof d.caretPositionFromPoint !== 'function' && typeof d.caretRangeFromPoint !== 'function') {
    // No caret API at all: the items' own rectangles decide.
    return pickInnermost(items.filter((item) => containsPoint(rangeRects(doc, item.range, scratch), x, y)));
  }
  const caret = caretAtPoint(doc, x, y, shadowRoots);
  if (!caret) return null;
  const candidates = items.filter((item) => containsCaret(item, caret, scratch));
  const confirmed = candidates.filter((item) => containsPoint(rangeRects(doc, item.range, scratch), x, y));
  return pickInnermost(confirmed);
}

/** Some of the range is inside the window. */
export function isOnScreen(doc: Document, win: Window, range: AbstractRange): boolean {
  const h = win.innerHeight;
  const w = win.innerWidth;
  return rangeRects(doc, range).some((r) => r.bottom > 0 && r.top < h && r.right > 0 && r.left < w);
}
