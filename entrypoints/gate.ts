import gateTerms from 'virtual:backstory-gate-terms';
import { startGate } from '../lib/content/gate-script';
import { GATE_PASSED } from '../lib/messages/gate-passed';

/**
 * The only script that loads by itself on the curated outlets (listed in the manifest by
 * wxt.config.ts) and on sites the reader added (registered by the background). Kept to the gate:
 * no extension-API wrapper, no WXT content-script context, none of the pack but the gate's terms.
 */
export default defineUnlistedScript(() => {
  // The message has the shape of the typed protocol's (`type`, `timestamp`) so that its listener
  // in the background passes it by instead of answering with an error; ours answers.
  // Firefox's `browser` and Chromium's `chrome` both return promises in MV3.
  // The extension API is looked up only when the page passed the gate (or navigated): the first
  // touch of it costs a fresh content-script world more than the gate itself.
  const api = () =>
    (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as { chrome?: ExtensionApi }).chrome;
  const runtime = () => api()?.runtime;
  void startGate({
    gateTerms,
    document,
    window,
    // Firefox builds each of these on its first read, together one task of up to 56 ms: a task each.
    touchApi: [api, runtime],
    extensionAlive: () => !!runtime()?.id,
    requestEngine: async () => (await runtime()!.sendMessage({ type: GATE_PASSED, timestamp: Date.now() })) === true,
  });
});

interface ExtensionApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}
