import pack from 'virtual:backstory-pack';
import { browser } from 'wxt/browser';
import '../../assets/styles/highlights.css';
import { startContentScript } from '../../lib/content/start-content-script';
import { NEWS_SITE_MATCHES } from '../../lib/news-sites';

export default defineContentScript({
  // Runs by itself only on the curated news sites (plus sites the reader adds, registered by the
  // background); elsewhere only when the reader asks ("Scan this page" injects this same file).
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // The result (what was found) is what `scripting.executeScript` returns for "Scan this page".
  main(ctx) {
    return startContentScript({ ctx, pack, document, window, uiLanguage: () => browser.i18n.getUILanguage() });
  },
});
