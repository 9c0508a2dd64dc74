/**
 * A modal `<dialog>` sits in the top layer and makes everything outside it inert, our host
 * included: then the host moves into the (last) open modal dialog, and back to the root when it
 * closes, so cards and the launcher stay visible and usable above a page's "reader view".
 */
export function keepAboveModal(doc: Document, host: HTMLElement, signal: AbortSignal): void {
  let modal: Element | null = null;
  try {
    const open = doc.querySelectorAll('dialog:modal');
    modal = open[open.length - 1] ?? null;
  } catch {
    // No `:modal` support: leave the host where it is.
    return;
  }
  const parent = modal ?? doc.documentElement;
  if (host.parentNode === parent) return;
  // First in the root, so the launcher is an early Tab stop (like a skip link); last in a modal.
  if (modal) modal.append(host);
  else parent.prepend(host);
  modal?.addEventListener('close', () => keepAboveModal(doc, host, signal), { once: true, signal });
}
