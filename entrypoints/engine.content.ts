import { browser } from 'wxt/browser';
import '../assets/styles/highlights.css';
import highlightCss from '../assets/styles/highlights.css?inline';
import { askInParts, PACK_REQUEST_TIMEOUT_MS, packLoader } from '../lib/content/pack-handoff';
import { sendMessage, withTimeout } from '../lib/messages/protocol';
import { startContentScript } from '../lib/content/start-content-script';
import { handedUi, type UiHandoffGlobals } from '../lib/content/ui-handoff';
import { curatedMatchPatterns } from '../lib/settings/sites';
import newsSites from '../assets/dataset/news-sites.json';

export default defineContentScript({
  // Never loaded by the manifest: the background injects it where the gate passed (curated outlets,
  // whose host access these matches request, and sites the reader granted) or where the reader asked
  // ("Scan this page", through activeTab).
  registration: 'runtime',
  matches: curatedMatchPatterns(newsSites.sites),
  noScriptStartedPostMessage: true,
  // The result (what was found) is what `scripting.executeScript` returns for "Scan this page".
  main(ctx) {
    return startContentScript({
      ctx,
      loadPack: packLoader(() =>
        askInParts((part) => withTimeout(sendMessage('pack:texts', { part }), PACK_REQUEST_TIMEOUT_MS)),
      ),
      document,
      window,
      uiLanguage: () => browser.i18n.getUILanguage(),
      // The UI script, injected just before this one, left its mount function (ui-handoff.ts).
      mountUi: handedUi(globalThis as UiHandoffGlobals),
      highlightCss,
      curatedSites: newsSites.sites,
    });
  },
});
