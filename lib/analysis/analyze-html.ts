/**
 * Node-only: analyse a saved HTML page (the analyze CLI, the accuracy test). Parsed with linkedom,
 * chosen over happy-dom by measurement (`npm run bench`): about 1.5–2× faster to parse a news page,
 * ~1.3× faster parse + analysis over the fixture corpus, and the same report on every fixture page.
 */
import { parseHTML } from 'linkedom';
import type { CompiledPack } from '../pack/compiled';
import { analyzeDocument } from './analyze';
import type { PageReport } from '../report/report';

/** Parse `html` into a `Document` (linkedom). `url` becomes `document.URL` for the gate. */
export function parseHtmlDocument(html: string, url?: string): Document {
  let { document } = parseHTML(html);
  // linkedom makes the first element of a fragment the document element ("<p>…" → <p>, no body
  // text) and has none at all for an empty or text-only file, which then throws on `body`.
  if (document.documentElement?.localName !== 'html') {
    ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  }
  if (url) {
    try {
      Object.defineProperty(document, 'URL', { value: url, configurable: true });
    } catch {
      // Without a URL the gate only loses one of its inputs.
    }
  }
  return document as unknown as Document;
}

/** Analyse a saved page against a pack. */
export function analyzeHtml(html: string, pack: CompiledPack, url?: string): PageReport {
  return analyzeDocument(parseHtmlDocument(html, url), pack).report;
}
