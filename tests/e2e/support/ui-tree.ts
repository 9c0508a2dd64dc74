/**
 * Reading our UI, which lives in a closed shadow root that page scripts cannot open: through the
 * browser's own automation protocol, as a reader's assistive technology would. Chromium: DevTools
 * `DOM.getDocument` with `pierce`; Firefox: WebDriver BiDi node serialization with shadow trees.
 */
import type { Page } from 'puppeteer-core';
import { UI_HOST } from './probes';

export interface UiNode {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  children: UiNode[];
  /** Chromium only: for resolving the node in the page. */
  backendNodeId?: number;
  /** Firefox only: the WebDriver BiDi reference to the node. */
  sharedId?: string;
}

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  backendNodeId: number;
}

function fromCdp(node: CdpNode): UiNode {
  const attrs: Record<string, string> = {};
  for (let i = 0; i + 1 < (node.attributes ?? []).length; i += 2) attrs[node.attributes![i]] = node.attributes![i + 1];
  const kids = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(fromCdp);
  const own = node.nodeType === 3 ? (node.nodeValue ?? '') : '';
  return {
    tag: node.nodeType === 11 ? '#shadow-root' : node.nodeType === 3 ? '#text' : (node.localName ?? ''),
    attrs,
    text: own + kids.map((k) => k.text).join(''),
    children: kids,
    backendNodeId: node.backendNodeId,
  };
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

function fromBidi(node: BidiNode): UiNode {
  const v = node.value!;
  const kids = [...(v.shadowRoot ? [v.shadowRoot] : []), ...(v.children ?? [])].map(fromBidi);
  const own = v.nodeType === 3 ? (v.nodeValue ?? '') : '';
  return {
    tag: v.nodeType === 11 ? '#shadow-root' : v.nodeType === 3 ? '#text' : (v.localName ?? ''),
    attrs: v.attributes ?? {},
    text: own + kids.map((k) => k.text).join(''),
    children: kids,
    sharedId: node.sharedId,
  };
}

/** Our UI host with its (closed) shadow tree, or null when there is no UI on the page. */
export async function readUiTree(page: Page, browserName: 'chromium' | 'firefox'): Promise<UiNode | null> {
  if (browserName === 'chromium') {
    const cdp = await page.createCDPSession();
    // The host is in the light DOM: find it first and read only its subtree, so a page with a very
    // deep DOM (thousands of levels) does not overflow the protocol's serializer.
    const { root: top } = (await cdp.send('DOM.getDocument', { depth: 0 })) as unknown as { root: { nodeId: number } };
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: top.nodeId, selector: UI_HOST });
    if (nodeId) {
      const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as unknown as {
        node: CdpNode;
      };
      await cdp.detach();
      return fromCdp(node);
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    await cdp.detach();
    const find = (n: CdpNode): CdpNode | null => {
      // CDP lists attributes as [name, value, name, value, ...].
      const style = n.attributes?.[n.attributes.indexOf('style') + 1];
      if (n.attributes?.includes('style') && style?.includes('--bs-sheet: 0')) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    return host ? fromCdp(host) : null;
  }
  const connection = (
    page.browser() as unknown as {
      connection: { send(m: string, p: object): Promise<{ result: { type: string; result: BidiNode } }> };
    }
  ).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const r = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(UI_HOST)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1000 },
  });
  const node = r.result.result;
  return node.type === 'node' ? fromBidi(node) : null;
}

/** Every node (depth first) for which `pred` holds. */
export function findAll(root: UiNode | null, pred: (n: UiNode) => boolean): UiNode[] {
  const out: UiNode[] = [];
  const walk = (n: UiNode) => {
    if (pred(n)) out.push(n);
    n.children.forEach(walk);
  };
  if (root) walk(root);
  return out;
}

export const hasClass = (n: UiNode, cls: string) => (n.attrs.class ?? '').split(/\s+/).includes(cls);

/** The open card in a UI tree, if any. */
export const cardOf = (tree: UiNode | null) => findAll(tree, (n) => hasClass(n, 'bs-card'))[0];

/** Read the UI tree until `pred` holds (or `timeout` passes); returns the last tree read. */
export async function waitForUi(
  page: Page,
  browserName: 'chromium' | 'firefox',
  pred: (t: UiNode | null) => boolean,
  timeout = 5_000,
): Promise<UiNode | null> {
  const deadline = Date.now() + timeout;
  let tree: UiNode | null = null;
  while (Date.now() < deadline) {
    tree = await readUiTree(page, browserName);
    if (pred(tree)) return tree;
    await new Promise((r) => setTimeout(r, 150));
  }
  return tree;
}

/** Computed style values of a node of our UI (read from `readUiTree`), e.g. to prove our sheet applied. */
export async function computedStyleOf(
  page: Page,
  browserName: 'chromium' | 'firefox',
  node: UiNode,
  properties: string[],
): Promise<Record<string, string>> {
  if (browserName === 'chromium') {
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
        backendNodeIds: [node.backendNodeId!],
      });
      await cdp.send('CSS.enable');
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0] });
      return Object.fromEntries(properties.map((p) => [p, computedStyle.find((s) => s.name === p)?.value ?? '']));
    } finally {
      await cdp.detach();
    }
  }
  const connection = (
    page.browser() as unknown as {
      connection: {
        send(m: string, p: object): Promise<{ result: { type: string; result: { type: string; value?: string } } }>;
      };
    }
  ).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const r = await connection.send('script.callFunction', {
    functionDeclaration:
      '(n, props) => JSON.stringify(Object.fromEntries(props.map((p) => [p, getComputedStyle(n).getPropertyValue(p)])))',
    arguments: [
      { sharedId: node.sharedId },
      { type: 'array', value: properties.map((p) => ({ type: 'string', value: p })) },
    ],
    target: { context },
    awaitPromise: false,
  });
  return JSON.parse(r.result.result.value ?? '{}') as Record<string, string>;
}

/** The viewport rectangle of a node of our UI (read from `readUiTree`). */
export async function uiNodeRect(
  page: Page,
  browserName: 'chromium' | 'firefox',
  node: UiNode,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const fn =
    'function () { const r = this.getBoundingClientRect(); return JSON.stringify({ x: r.x, y: r.y, width: r.width, height: r.height }); }';
  if (browserName === 'chromium') {
    const cdp = await page.createCDPSession();
    try {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId! });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: fn,
        returnByValue: true,
      });
      return JSON.parse(result.value as string);
    } finally {
      await cdp.detach();
    }
  }
  const connection = (
    page.browser() as unknown as {
      connection: { send(m: string, p: object): Promise<{ result: { result: { value?: string } } }> };
    }
  ).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const r = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    this: { sharedId: node.sharedId },
    target: { context },
    awaitPromise: false,
  });
  return JSON.parse(r.result.result.value ?? '{}');
}
