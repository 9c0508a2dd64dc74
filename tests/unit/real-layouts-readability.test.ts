/**
 * Our article detection against `@mozilla/readability` (`Readability.parse` on a clone), on the
 * real-layout transplants (tests/unit/support/real-layouts.ts): for each, which one reads more of
 * the story's own paragraphs, which one reads less page chrome, whether the engine calls the page
 * on topic from that text, and the time each takes per page. Prints the figures; fails only if our
 * detector reads less of the story than Readability on average, which would make Readability the
 * better choice.
 *
 * Without `../shared/realpages-data/real-pages.tar.xz` this file prints that it is missing and passes.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../../lib/analysis/analyze';
import { parseHtmlDocument } from '../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { detectArticle } from '../../lib/detect/article';
import { isLeftOutOfArticleText, isRelatedLinkBlock } from '../../lib/detect/exclusions';
import { buildTextIndex } from '../../lib/dom/text-index';
import { ARCHIVE, buildTransplants, realPagesDir, type Transplant } from './support/real-layouts';

const pack = loadCompiledPack();
const dir = realPagesDir();

/** Letters and digits only, single spaces, lower case: what both extractors are compared on. */
const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const plain = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

interface Extract {
  /** Share of the story's paragraphs found whole in the extracted text. */
  recall: number;
  /** Share of the extracted characters that belong to the story (title and paragraphs). */
  purity: number;
  onTopic: boolean;
  ms: number;
}

function score(t: Transplant, text: string): { recall: number; purity: number } {
  const got = norm(text);
  const paragraphs = t.article.paragraphs.map((p) => norm(plain(p))).filter(Boolean);
  const found = paragraphs.filter((p) => got.includes(p));
  const storyChars =
    found.reduce((s, p) => s + p.length, 0) + (got.includes(norm(t.article.title)) ? norm(t.article.title).length : 0);
  return {
    recall: found.length / Math.max(paragraphs.length, 1),
    purity: got.length === 0 ? 0 : Math.min(1, storyChars / got.length),
  };
}

function ours(t: Transplant): Extract {
  const doc = parseHtmlDocument(t.html, t.url);
  const t0 = performance.now();
  const article = detectArticle(doc);
  const roots = article.headlineElement ? [article.headlineElement, article.root] : article.root;
  const { text } = buildTextIndex(roots, { skip: isLeftOutOfArticleText, dropBlock: isRelatedLinkBlock });
  const ms = performance.now() - t0;
  const onTopic = analyzeDocument(parseHtmlDocument(t.html, t.url), pack).report.topic.onTopic;
  return { ...score(t, text), onTopic, ms };
}

function readability(t: Transplant): Extract {
  const doc = parseHtmlDocument(t.html, t.url);
  const t0 = performance.now();
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const ms = performance.now() - t0;
  const title = parsed?.title ?? '';
  const text = `${title}\n${parsed?.textContent ?? ''}`;
  // The engine on Readability's output: its title as the headline, its content as the article.
  const html = `<!doctype html><html lang="${t.article.lang}"><head><title>${title.replace(/</g, '&lt;')}</title></head><body><article><h1>${title.replace(/</g, '&lt;')}</h1>${parsed?.content ?? ''}</article></body></html>`;
  const onTopic = parsed ? analyzeDocument(parseHtmlDocument(html, t.url), pack).report.topic.onTopic : false;
  return { ...score(t, text), onTopic, ms };
}

if (!dir) {
  describe('Readability on real layouts', () => {
    test('realpages-data missing', () => {
      console.log(`\n*** realpages-data missing: ${ARCHIVE} not found; Readability NOT measured ***\n`);
    });
  });
} else {
  describe('Readability on real layouts', () => {
    test('our detector reads at least as much of the story as Readability', () => {
      const transplants = buildTransplants(dir);
      const a: Extract[] = [];
      const b: Extract[] = [];
      const worse: string[] = [];
      for (const t of transplants) {
        const x = ours(t);
        const y = readability(t);
        a.push(x);
        b.push(y);
        if (y.recall > x.recall + 0.01 || (y.onTopic && !x.onTopic))
          worse.push(
            `${t.id}: ours ${x.recall.toFixed(2)}/${x.purity.toFixed(2)}, Readability ${y.recall.toFixed(2)}/${y.purity.toFixed(2)}`,
          );
      }
      const mean = (xs: Extract[], f: (e: Extract) => number) => xs.reduce((s, e) => s + f(e), 0) / xs.length;
      const median = (xs: Extract[]) => {
        const v = xs.map((e) => e.ms).sort((p, q) => p - q);
        return v[Math.floor(v.length / 2)];
      };
      const row = (name: string, xs: Extract[]) =>
        `  ${name.padEnd(12)} topic recall ${(xs.filter((e) => e.onTopic).length / xs.length).toFixed(3)}  paragraphs read ${mean(xs, (e) => e.recall).toFixed(3)} (all of them on ${xs.filter((e) => e.recall === 1).length}/${xs.length})  purity ${mean(xs, (e) => e.purity).toFixed(3)}  ms/page median ${median(xs).toFixed(2)}, total ${xs.reduce((s, e) => s + e.ms, 0).toFixed(0)}`;
      console.log(
        [
          '',
          `Article text on ${transplants.length} real-layout transplants (linkedom; purity = share of extracted text that is the story):`,
          row('ours', a),
          row('Readability', b),
          `  transplants where Readability reads more of the story or finds the topic and we do not: ${worse.length}`,
          ...worse.map((w) => `    ${w}`),
        ].join('\n'),
      );
      expect(mean(a, (e) => e.recall)).toBeGreaterThanOrEqual(mean(b, (e) => e.recall));
    }, 600_000);
  });
}
