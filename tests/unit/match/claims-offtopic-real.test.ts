/**
 * Disputed points on 300 real off-topic pages with the topic test bypassed: what the claim patterns
 * alone would show a reader if such text were quoted in an on-topic article. Every hit is printed.
 */
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { detectArticle } from '../../../lib/detect/article';
import { isExcludedElement, isRelatedLinkBlock } from '../../../lib/detect/exclusions';
import { detectLanguage } from '../../../lib/detect/language';
import { buildTextIndex } from '../../../lib/dom/text-index';
import { matchClaims } from '../../../lib/match/claims';
import { getRuntime } from '../../../lib/match/runtime';
import { loadRealPages } from '../support/real-pages';

/** Hits allowed over all 300 pages. */
const MAX_HITS = 5;

describe('disputed points on real off-topic pages (topic test bypassed)', () => {
  test(`at most ${MAX_HITS} hits in all`, () => {
    const pages = loadRealPages();
    if (!pages) return;
    const pack = loadCompiledPack();
    const runtime = getRuntime(pack);
    const lines: string[] = [];
    let hits = 0;
    const hitPages = new Set<string>();
    for (const page of pages) {
      const doc = parseHtmlDocument(page.html, `https://realpages.example/${page.name}`);
      const article = detectArticle(doc);
      const index = buildTextIndex(article.root, { skip: isExcludedElement, dropBlock: isRelatedLinkBlock });
      const lang = detectLanguage(doc, index.text, undefined, article.declaredLang) === 'es' ? 'es' : 'en';
      for (const hit of matchClaims(index.text, runtime, pack, lang)) {
        hits++;
        hitPages.add(page.name);
        lines.push(`  ${page.name} ${hit.id} [${hit.why?.terms.join(', ')}]: ${hit.text.slice(0, 140)}`);
      }
    }
    console.log(
      [`Disputed hits on ${pages.length} real off-topic pages: ${hits} on ${hitPages.size} pages`, ...lines].join('\n'),
    );
    expect(pages.length).toBe(300);
    expect(hits).toBeLessThanOrEqual(MAX_HITS);
  }, 300_000);
});
