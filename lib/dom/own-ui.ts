/**
 * Our in-page UI's host elements, known by identity rather than by a name. The host carries no
 * stable tag or attribute a page could look for (see `lib/settings/ui-host.ts` for its name), so the
 * code that must leave it alone (the text walk, the page watcher) asks here whether an element is one
 * of ours.
 *
 * The set lives in a global of the content-script world: the UI script (which mounts the host) and
 * the engine (which reads the page) are separate bundles, so a module-level set would be two sets.
 * Pages cannot see that world's globals. In Chromium a script injected again after an extension
 * reload may share the world with the orphaned instance, and then also sees its hosts here.
 */

interface OwnUiGlobals {
  __backstoryHosts?: Set<Element>;
}

/**
 * The set, once this bundle has looked it up. The text walk asks about every element of the page,
 * and each read of a global of the world is a property look-up on the window, which for a missing
 * name also searches the page's named elements: so the set is made on first use, by whichever bundle
 * comes first, and kept.
 */
let hostsHere: Set<Element> | undefined;

function registry(): Set<Element> {
  if (hostsHere) return hostsHere;
  const g = globalThis as OwnUiGlobals;
  return (hostsHere = g.__backstoryHosts ??= new Set());
}

/** Record `host` as one of ours (the mount calls it before the host enters the page). */
export function registerOwnHost(host: Element): void {
  registry().add(host);
}

/** Forget `host` (removed for good), so the set keeps no page nodes alive. */
export function forgetOwnHost(host: Element): void {
  registry().delete(host);
}

/** Whether `element` is one of our UI hosts. */
export function isOwnHost(element: Element): boolean {
  const hosts = registry();
  return hosts.size > 0 && hosts.has(element);
}

/** Whether `node` is one of our hosts or inside one (its light DOM; the shadow tree is closed). */
export function isInOwnHost(node: Node): boolean {
  const hosts = registry();
  if (hosts.size === 0) return false;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (hosts.has(el)) return true;
  }
  return false;
}

/** Our hosts that are in `doc` now (one UI per page; more means an older instance left one). */
export function ownHostsIn(doc: Document): Element[] {
  return [...registry()].filter((h) => h.ownerDocument === doc && h.isConnected);
}
