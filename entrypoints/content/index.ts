import pack from 'virtual:backstory-pack';
import '../../assets/styles/highlights.css';
import { startContentScript } from '../../lib/content/start-content-script';
import { NEWS_SITE_MATCHES } from '../../lib/news-sites';

export default defineContentScript({
  // Runs by itself only on the curated news sites; elsewhere only when the reader asks
  // (popup "Scan this page": activeTab + scripting inject this same file).
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript({ ctx, pack, document, window });
  },
});
