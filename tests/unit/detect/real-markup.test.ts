/**
 * Detection on markup patterns taken from real pages: layout class names, paywall expanders,
 * logo headings, split sections, a Spanish story quoting English, and the entity identity guards.
 */
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { detectArticle } from '../../../lib/detect/article';
import { isExcludedElement } from '../../../lib/detect/exclusions';
import { detectLanguage } from '../../../lib/detect/language';
import { guardMatches } from '../../../lib/match/entity-guards';

const pack = loadCompiledPack();
const P = (s: string) =>
  `<p>${s} ${'The hearing continued into the afternoon as lawyers for both sides argued over the record. '.repeat(3)}</p>`;
const STORY = [
  P('Lawyers said the men sent to CECOT in El Salvador under the Alien Enemies Act had no hearing.'),
  P('Judge James Boasberg ordered the flights to turn around, but they landed anyway.'),
  P('Nayib Bukele posted a video of the deportees arriving at the prison.'),
  P('The administration said it would appeal.'),
].join('');
const page = (
  body: string,
  head = '<title>A court hearing - Site</title><meta property="og:title" content="A court hearing">',
) =>
  parseHtmlDocument(
    `<!doctype html><html lang="en"><head>${head}<meta property="og:type" content="article"></head><body>${body}</body></html>`,
    'https://www.example.com/x',
  );

describe('article root and headline on real markup', () => {
  test('a layout class containing "sidebar" does not drop the article (aclu.org)', () => {
    const doc = page(
      `<div class="panel-two-col-sidebar-right-mix"><h1>A court hearing</h1>${STORY}</div><aside>Most read</aside>`,
    );
    const { report, index } = analyzeDocument(doc, pack);
    expect(index.text).toContain('Judge James Boasberg');
    expect(report.topic.onTopic).toBe(true);
  });
  test('a paywall expander id ("read-more") holding the body is read (Herald Sun)', () => {
    const doc = page(`<h1>A court hearing</h1><div id="read-more">${STORY}</div>`);
    expect(analyzeDocument(doc, pack).index.text).toContain('Nayib Bukele posted');
  });
  test('WordPress author-NNNN body classes do not make the body furniture', () => {
    const doc = page(`<div class="author-1234 entry">${STORY}</div>`);
    expect(isExcludedElement(doc.querySelector('div')!)).toBe(false);
  });
  test('the headline agrees with og:title, not the logo <h1> (Engadget, Salon)', () => {
    const doc = page(
      `<header><h1>Salon</h1></header><main><h2>A court hearing</h2>${STORY}</main>`,
      '<title>A court hearing | Salon</title>',
    );
    expect(detectArticle(doc).headline).toBe('A court hearing');
  });
  test('sibling sections are joined (Quanta post__content__section)', () => {
    const doc = page(
      `<h1>A court hearing</h1><div class="post__content"><div class="post__content__section">${STORY}</div><div class="post__content__section">${P('The last section names Kristi Noem.')}</div></div>`,
    );
    expect(analyzeDocument(doc, pack).index.text).toContain('Kristi Noem');
  });
  test('sections of one class in separate wrappers are joined (a long read split by a full-width figure)', () => {
    const section = (body: string) =>
      `<section class="outer"><div class="flex-auto"><div class="post__content wysiwyg">${body}</div></div></section>`;
    const doc = page(
      `<div id="postBody"><div class="top">${section(STORY)}</div><figure><img src="a.jpg" alt=""></figure><div class="rest">${section(P('The second half names Kristi Noem.'))}</div></div>`,
    );
    expect(analyzeDocument(doc, pack).index.text).toContain('Kristi Noem');
  });
  test('paragraphs in a paywall expander beside the opening paragraphs are read (Herald Sun)', () => {
    const doc = page(
      `<div id="story"><h1>A court hearing</h1><div class="story-body"><div class="story-intro">${P('The intro names CECOT.')}</div>${P('A first paragraph.')}<div id="read-more"><div id="read-more-content">${STORY}</div></div></div></div>`,
    );
    expect(analyzeDocument(doc, pack).index.text).toContain('Nayib Bukele posted');
  });
  test('a headline set above the body, outside its root, is read first', () => {
    const doc = page(
      `<header><div class="topper"><h1>Bukele meets Trump at the White House</h1></div></header><div class="grid"><article>${STORY}</article><div class="rail">${'Unrelated rail text. '.repeat(200)}</div></div>`,
      '<title>Bukele meets Trump at the White House - Site</title>',
    );
    const { index, report } = analyzeDocument(doc, pack);
    expect(index.text.startsWith('Bukele meets Trump at the White House\n')).toBe(true);
    expect(report.entities.find((e) => e.id === 'donald-trump')?.mentions.length).toBe(1);
  });
  test('a video player\'s "Media caption" is left out, a photo caption kept (BBC)', () => {
    const doc = page(
      `<article><h1>A court hearing</h1>${STORY}<figure class="media-with-caption"><div class="player"><iframe src="https://www.example.com/p"></iframe></div><figcaption class="media-caption"><span class="off-screen">Media caption</span> <span>Mr Obama told the BBC about gun control</span></figcaption></figure><figure><img src="a.jpg" alt=""><figcaption>Kristi Noem at the prison</figcaption></figure></article>`,
    );
    const { text } = analyzeDocument(doc, pack).index;
    expect(text).not.toContain('Media caption');
    expect(text).not.toContain('Mr Obama');
    expect(text).toContain('Kristi Noem at the prison');
  });
  test('a "More about …" box inside the article is left out', () => {
    const doc = page(
      `<article><h1>A court hearing</h1>${STORY}<h2>More about Donald Trump</h2><ul><li>Trump says things</li></ul></article>`,
    );
    expect(analyzeDocument(doc, pack).index.text).not.toContain('Trump says');
  });
});

describe('language', () => {
  test('a Spanish article quoting English stays Spanish when the page declares nothing', () => {
    const text =
      'Los familiares de los venezolanos esperaban noticias desde marzo, cuando los aviones salieron hacia El Salvador con los hombres a bordo. ' +
      'Las organizaciones de derechos humanos pidieron una lista con los nombres de todos los detenidos que fueron trasladados por el gobierno. ' +
      'El juez dijo que los hombres fueron enviados a la cárcel por el gobierno, según los abogados de las familias. ' +
      '"The men were sent without a hearing and that was the plan of the administration from the start," said the lawyer for the men.';
    const doc = parseHtmlDocument('<html><body><p>x</p></body></html>');
    expect(detectLanguage(doc, text)).toBe('es');
  });
});

describe('entity identity guards', () => {
  const ids = ['us-supreme-court', 'james-boasberg', 'dhs'];
  const at = (source: string, needle: string, entity: number) => {
    const start = source.indexOf(needle);
    return { entity, start, end: start + needle.length };
  };
  test('a South Korean "Supreme Court" is not the US court', () => {
    const s = 'South Korean prosecutors appealed to the Supreme Court in Seoul on Monday.';
    expect(guardMatches(s, [at(s, 'Supreme Court', 0)], ids)).toEqual([]);
  });
  test('a US "Supreme Court" still counts', () => {
    const s = 'The Trump administration asked the Supreme Court to lift the order.';
    expect(guardMatches(s, [at(s, 'Supreme Court', 0)], ids)).toHaveLength(1);
  });
  test('"Boasberg PD" in a citation list is an author, not the judge', () => {
    const s = 'References: Smith AB, Boasberg PD, Jones C. Journal of Medicine, 2012.';
    expect(guardMatches(s, [at(s, 'Boasberg', 1)], ids)).toEqual([]);
  });
  test('"Homeland Security" alone on a line is a topic label', () => {
    const s = 'Topics\nHomeland Security\nThe Department of Homeland Security said the flights left.';
    const label = at(s, 'Homeland Security', 2);
    expect(guardMatches(s, [label], ids)).toEqual([]);
    const sentence = {
      entity: 2,
      start: s.lastIndexOf('Homeland Security'),
      end: s.lastIndexOf('Homeland Security') + 17,
    };
    expect(guardMatches(s, [sentence], ids)).toHaveLength(1);
  });
  test('the prison in Tecoluca is CECOT', () => {
    const doc = page(`<h1>A court hearing</h1>${STORY}${P('Relatives waited outside the prison in Tecoluca.')}`);
    const cecot = analyzeDocument(doc, pack).report.entities.find((e) => e.id === 'cecot');
    expect(cecot?.mentions.map((m) => m.text)).toContain('prison in Tecoluca');
  });
});
