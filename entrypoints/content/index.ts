import topic from 'virtual:backstory-topic';
import { browser } from 'wxt/browser';
import { GATE_PASSED, startGate } from '../../lib/content/gate-script';
import { NEWS_SITE_MATCHES } from '../../lib/news-sites';

export default defineContentScript({
  // Runs by itself only on the curated news sites (plus sites the reader adds, registered by the
  // background): the cheap gate, nothing else. The engine (entrypoints/engine.content.ts) comes only
  // when the gate passes, injected by the background.
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // No window message announcing the script to the page (WXT's default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    return startGate({
      ctx,
      topic,
      document,
      window,
      requestEngine: async () => (await browser.runtime.sendMessage({ type: GATE_PASSED })) === true,
    });
  },
});
