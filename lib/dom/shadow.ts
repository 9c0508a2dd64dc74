/**
 * Pages built of web components render their articles inside their own *open* shadow roots, which
 * `querySelectorAll` and `textContent` do not enter. These helpers find those roots, and give our
 * highlight styles to the ones that hold highlights: `::highlight()` rules apply per tree scope, so
 * the document's stylesheet does not reach inside a shadow tree. Closed shadow roots stay closed.
 */

/** At most this many shadow roots are visited: a page of thousands of components costs no more. */
const MAX_ROOTS = 200;

/** The element's open shadow root, or null (a closed one is null to us too). */
export function openShadowRootOf(element: Element): ShadowRoot | null {
  try {
    return (element as HTMLElement).shadowRoot ?? null;
  } catch {
    return null;
  }
}

/** Every open shadow root in `scope`, nested ones included, in document order of their hosts. */
export function openShadowRoots(scope: Document | ShadowRoot, limit = MAX_ROOTS): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const queue: (Document | ShadowRoot)[] = [scope];
  while (queue.length > 0 && found.length < limit) {
    const current = queue.shift()!;
    for (const element of current.querySelectorAll('*')) {
      const root = openShadowRootOf(element);
      if (!root) continue;
      found.push(root);
      queue.push(root);
      if (found.length >= limit) break;
    }
  }
  return found;
}

/** The shadow root `node` lives in, or null when it is in the document itself. */
export function shadowRootOfNode(node: Node): ShadowRoot | null {
  const root = node.getRootNode?.();
  // A DocumentFragment with a host: a shadow root (checked by shape, since Firefox's content-script
  // wrappers make `instanceof` unreliable across worlds).
  return root && root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : null;
}

/** The distinct shadow roots holding any of `ranges`. */
export function shadowRootsOf(ranges: Iterable<AbstractRange>): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const range of ranges) {
    const root = shadowRootOfNode(range.startContainer);
    if (root) roots.add(root);
  }
  return [...roots];
}

const styled = new WeakMap<ShadowRoot, CSSStyleSheet>();

/**
 * Give `css` (our `::highlight()` rules) to each shadow root in `roots`, once: appended to its
 * adopted stylesheets, which leaves the page's own sheets, DOM and text as they were. Where a sheet
 * cannot be adopted there, highlights in that root stay unstyled (registered, but not painted).
 */
export function styleShadowRoots(roots: readonly ShadowRoot[], win: Window & typeof globalThis, css: string): void {
  for (const root of roots) {
    const current = styled.get(root);
    try {
      if (current && root.adoptedStyleSheets.includes(current)) continue;
      const sheet = current ?? new win.CSSStyleSheet();
      if (!current) {
        sheet.replaceSync(css);
        styled.set(root, sheet);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // No constructable stylesheets here, or a page that froze the list: leave it.
    }
  }
}
