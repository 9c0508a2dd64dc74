/**
 * The article's visible text, built in one walk of the DOM, with a way back from text offsets to DOM
 * positions. Text nodes inside one block join as they render (`<a>Nicolás</a> Maduro`); a `\n`
 * separates blocks, so adjacent paragraphs never run together ("Bukele" + "Trump"). Whitespace
 * control characters inside text nodes become spaces one for one, so an offset inside a text node
 * is an offset into its data and `text` holds `\n` only between blocks.
 *
 * The walk follows what is rendered: an element with an open shadow root contributes its shadow
 * tree (web components), and a `<slot>` there the light-DOM nodes assigned to it.
 */
import { openShadowRootOf, shadowRootOfNode } from './shadow';

/** A DOM position pair, usable as `new StaticRange(init)`. */
export interface RangeInit {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface TextIndex {
  text: string;
  /** DOM positions of `text.slice(start, end)`, or null when the offsets are out of range. */
  rangeFor(start: number, end: number): RangeInit | null;
  /**
   * False when no text node of the index is in a shadow tree (no root was, and the walk entered no
   * shadow root): a highlight set then needs no per-range look-up of its shadow roots. Unset (an
   * index made elsewhere): unknown.
   */
  inShadowTree?: boolean;
}

export interface TextIndexOptions {
  /** Elements to leave out with their whole subtree (navigation, asides, hidden, our own UI…). */
  skip?: (element: Element) => boolean;
  /** Called with a short block's text once the block ends; returning true removes the block. */
  dropBlock?: (blockText: string) => boolean;
}

/** Elements that start a new line when rendered (HTML's default `display` other than inline). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
  'audio',
  'iframe',
  'option',
  'body',
  'html',
]);

const CONTROL_WHITESPACE = /[\t\n\r\f\v]/g;
const ALL_WHITESPACE = /^[\s\u00a0]*$/;
/** Only short blocks are offered to `dropBlock`: "Read more: …" lines, not paragraphs. */
const DROPPABLE_MAX = 300;

/** The nodes a `<slot>` renders (assigned light-DOM nodes); empty for its fallback content. */
function assignedNodesOf(slot: Element): Node[] {
  try {
    return (slot as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
  } catch {
    return [];
  }
}

/** Build the text index of `root`'s visible text (of each root in turn, given several). */
export function buildTextIndex(root: Node | readonly Node[], options: TextIndexOptions = {}): TextIndex {
  const steps = buildTextIndexSteps(root, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Nodes visited between two yields of `buildTextIndexSteps` (well under a millisecond of work). */
const NODES_PER_STEP = 512;

/** `buildTextIndex` as steps, so that a caller can spread a large page's walk over several tasks. */
export function* buildTextIndexSteps(
  root: Node | readonly Node[],
  options: TextIndexOptions = {},
): Generator<void, TextIndex> {
  // Several roots: a headline the page sets apart from the body comes first, as a block of its own.
  const roots: readonly Node[] = Array.isArray(root) ? root : [root as Node];
  const skip = options.skip;
  const dropBlock = options.dropBlock;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  // Each node's length, kept at build time: Firefox copies a text node's whole string on every
  // `.data` read (a 1 MB node: 3,000 reads took 7 s), and `rangeFor` runs once per highlight.
  const lengths: number[] = [];
  let length = 0;
  let pendingBreak = false;

  const addText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    if (pendingBreak || length === 0) {
      if (ALL_WHITESPACE.test(data)) return; // indentation between blocks
      if (length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
    }
    nodes.push(node);
    starts.push(length);
    lengths.push(data.length);
    parts.push(data.replace(CONTROL_WHITESPACE, ' '));
    length += data.length;
  };

  interface BlockMark {
    parts: number;
    nodes: number;
    length: number;
  }

  const closeElement = (mark: BlockMark | null): void => {
    if (!mark) return;
    pendingBreak = true;
    if (dropBlock && length > mark.length && length - mark.length <= DROPPABLE_MAX) {
      const blockText = parts.slice(mark.parts).join('').trim();
      if (dropBlock(blockText)) {
        parts.length = mark.parts;
        nodes.length = mark.nodes;
        starts.length = mark.nodes;
        lengths.length = mark.nodes;
        length = mark.length;
      }
    }
  };

  // The recursive walk of the children, with the recursion on an explicit stack: pages nest
  // thousands of levels deep, which recursion answers with a stack overflow. Ascending pops the
  // stack instead of reading `parentNode`, so a page that clobbers a form's `nextSibling` (an
  // `<input name="nextSibling">`) can make us skip text but never walk in circles.
  // A frame walks its element's children by `nextSibling`, or, for a slot, the list of nodes
  // assigned to it (which are not siblings of each other).
  const open: { element: Element; mark: BlockMark | null; list?: Node[]; at?: number }[] = [];
  const next = (current: Node): Node | null => {
    const top = open[open.length - 1];
    if (top?.list) {
      top.at = (top.at ?? 0) + 1;
      return top.list[top.at] ?? null;
    }
    return current.nextSibling;
  };
  let inShadowTree = roots.some((r) => shadowRootOfNode(r) !== null);
  const firstRendered = (parent: Node): Node | null => {
    const shadow = parent.nodeType === 1 ? openShadowRootOf(parent as Element) : null;
    if (shadow) inShadowTree = true;
    return shadow ? shadow.firstChild : parent.firstChild;
  };
  let rootAt = 0;
  let node: Node | null = roots.length > 0 ? firstRendered(roots[0]) : null;
  let visited = 0;
  for (;;) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node === null) {
      const done = open.pop();
      if (!done) {
        if (++rootAt >= roots.length) break;
        pendingBreak = true;
        node = firstRendered(roots[rootAt]);
        continue;
      }
      closeElement(done.mark);
      node = next(done.element);
      continue;
    }
    const type = node.nodeType;
    if (type === 3) {
      addText(node as Text);
    } else if (type === 1) {
      const element = node as Element;
      const block = BLOCK_TAGS.has(element.localName);
      if (block) pendingBreak = true;
      if (!skip?.(element)) {
        const mark = block ? { parts: parts.length, nodes: nodes.length, length } : null;
        const assigned = element.localName === 'slot' ? assignedNodesOf(element) : [];
        if (assigned.length > 0) {
          open.push({ element, mark, list: assigned, at: 0 });
          node = assigned[0];
        } else {
          open.push({ element, mark });
          node = firstRendered(element);
        }
        continue;
      }
    }
    node = next(node);
  }
  const text = parts.join('');

  /** Index of the last node starting at or before `offset`. */
  // The last node found: highlights come in text order per entity, and a mention's end, like the
  // next mention, is mostly in the same node or the next, so most look-ups skip the search.
  let hint = 0;
  const nodeAt = (offset: number): number => {
    const count = starts.length;
    if (starts[hint] <= offset) {
      if (hint + 1 >= count || starts[hint + 1] > offset) return hint;
      if (hint + 2 >= count || starts[hint + 2] > offset) return (hint += 1);
    }
    hint = search(offset);
    return hint;
  };
  const search = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return {
    text,
    inShadowTree,
    rangeFor(start, end) {
      if (!(start >= 0 && end <= text.length && start < end) || nodes.length === 0) return null;
      let first = nodeAt(start);
      let startOffset = start - starts[first];
      if (startOffset >= lengths[first]) {
        // `start` sits on a block separator: begin at the next node.
        first += 1;
        if (first >= nodes.length) return null;
        startOffset = 0;
      }
      const last = nodeAt(end - 1);
      const endOffset = Math.min(end - starts[last], lengths[last]);
      if (last < first) return null;
      return { startContainer: nodes[first], startOffset, endContainer: nodes[last], endOffset };
    },
  };
}
