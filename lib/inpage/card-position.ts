/**
 * Where a card goes: next to the highlighted text, inside the viewport, never on top of the text it
 * explains. Pure geometry over plain rects so every case is a table row in the tests.
 */

/** A viewport-relative box (like DOMRect, without the methods). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'center';

export interface Placement {
  left: number;
  top: number;
  /** The card scrolls inside this height when its content is taller. */
  maxHeight: number;
  side: Side;
}

export interface PlaceOptions {
  /** Space between the text and the card. */
  gap?: number;
  /** Minimum distance from the viewport edges. */
  margin?: number;
  /** The pointer, to start the card near where the reader is looking on a long line. */
  pointer?: { x: number; y: number };
  /** Below this height the card is not worth showing on one side; another side is tried. */
  minHeight?: number;
}

function union(boxes: readonly Box[]): Box {
  return boxes.reduce((u, b) => ({
    left: Math.min(u.left, b.left),
    top: Math.min(u.top, b.top),
    right: Math.max(u.right, b.right),
    bottom: Math.max(u.bottom, b.bottom),
  }));
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Place a card of `size` next to `anchors` (the client rects of the highlighted range) within
 * `viewport`. Tries below, then above (where page previews usually go), then beside the text; when
 * nothing fits whole, takes the roomier of below/above and lets the card scroll. With no anchors
 * (the text could not be located), the card is centred near the top.
 */
export function placeCard(
  anchors: readonly Box[],
  size: { width: number; height: number },
  viewport: Box,
  options: PlaceOptions = {},
): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const minHeight = options.minHeight ?? 160;
  const vw = viewport.right - viewport.left;
  const vh = viewport.bottom - viewport.top;
  const width = Math.min(size.width, vw - 2 * margin);
  const fullHeight = vh - 2 * margin;
  const xMin = viewport.left + margin;
  const xMax = viewport.right - margin - width;

  const visible = anchors.filter(
    (a) => a.right > viewport.left && a.left < viewport.right && a.bottom > viewport.top && a.top < viewport.bottom,
  );
  if (visible.length === 0) {
    return {
      left: clamp(viewport.left + (vw - width) / 2, xMin, xMax),
      top: viewport.top + margin,
      maxHeight: fullHeight,
      side: 'center',
    };
  }

  const u = union(visible);
  const first = visible[0];
  const last = visible[visible.length - 1];
  const below = viewport.bottom - margin - (u.bottom + gap);
  const above = u.top - gap - (viewport.top + margin);
  const startX = (line: Box) => {
    const px = options.pointer?.x;
    const preferred =
      px !== undefined && px >= line.left && px <= line.right ? Math.max(line.left, px - 32) : line.left;
    return clamp(preferred, xMin, xMax);
  };

  if (size.height <= below) {
    return { left: startX(last), top: u.bottom + gap, maxHeight: below, side: 'below' };
  }
  if (size.height <= above) {
    return { left: startX(first), top: u.top - gap - size.height, maxHeight: above, side: 'above' };
  }

  const right = viewport.right - margin - (u.right + gap);
  const left = u.left - gap - (viewport.left + margin);
  const sideTop = (h: number) => clamp(u.top, viewport.top + margin, viewport.bottom - margin - h);
  if (width <= right) {
    const h = Math.min(size.height, fullHeight);
    return { left: u.right + gap, top: sideTop(h), maxHeight: fullHeight, side: 'right' };
  }
  if (width <= left) {
    const h = Math.min(size.height, fullHeight);
    return { left: u.left - gap - width, top: sideTop(h), maxHeight: fullHeight, side: 'left' };
  }

  if (Math.max(below, above) >= minHeight) {
    return below >= above
      ? { left: startX(last), top: u.bottom + gap, maxHeight: below, side: 'below' }
      : { left: startX(first), top: viewport.top + margin, maxHeight: above, side: 'above' };
  }

  // A passage that fills the viewport: keep clear of the lines around the pointer at least.
  if (visible.length > 1) return placeCard([nearestLine(visible, options.pointer)], size, viewport, options);
  return below >= above
    ? { left: startX(last), top: u.bottom + gap, maxHeight: Math.max(below, 0), side: 'below' }
    : { left: startX(first), top: viewport.top + margin, maxHeight: Math.max(above, 0), side: 'above' };
}

function nearestLine(lines: readonly Box[], pointer: { x: number; y: number } | undefined): Box {
  if (!pointer) return lines[lines.length - 1];
  return lines.find((l) => pointer.y >= l.top && pointer.y <= l.bottom) ?? lines[lines.length - 1];
}
