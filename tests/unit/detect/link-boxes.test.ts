/**
 * Boxes of other stories' links inside the article root (nytimes' in-article "More about …",
 * related-story cards between paragraphs) are left out of the article text; the article's own
 * paragraphs, inline links and linked headline stay.
 */
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

const pack = loadCompiledPack();
const FILLER = 'The hearing continued into the afternoon as lawyers for both sides argued over the record. ';
const P = (s: string) => `<p>${s} ${FILLER.repeat(3)}</p>`;
const STORY = [
  P('Lawyers said the men sent to CECOT in El Salvador under the Alien Enemies Act had no hearing.'),
  P('Judge James Boasberg ordered the flights to turn around, but they landed anyway.'),
  P('Nayib Bukele posted a video of the deportees arriving at the prison.'),
].join('');

const articleText = (inside: string, headline = '<h1>A court hearing</h1>'): string =>
  analyzeDocument(
    parseHtmlDocument(
      `<!doctype html><html lang="en"><head><title>A court hearing - Site</title><meta property="og:title" content="A court hearing"><meta property="og:type" content="article"></head><body><article>${headline}<div class="body">${STORY}${inside}${P('The administration said it would appeal.')}</div></article></body></html>`,
      'https://www.example.com/x',
    ),
    pack,
  ).index.text;

describe('link boxes inside the article', () => {
  test.each([
    [
      'a "More about" box whose text is all links is left out',
      '<div class="box"><span>More about</span><ul><li><a href="/a">Donald Trump and the tariff fight</a></li><li><a href="/b">Donald Trump at the summit in a long headline</a></li></ul></div>',
      'Donald Trump',
      false,
    ],
    [
      'related-story cards with two linked headings and their summaries are left out',
      '<div class="cards"><div><h3><a href="/a">Marco Rubio travels</a></h3><p>A trip abroad with stops in three capitals and talks on trade.</p></div><div><a href="/b"><h3>Kristi Noem speaks</h3></a><p>A speech about disaster relief funding and the coming storm season.</p></div></div>',
      'Marco Rubio',
      false,
    ],
    [
      'a block of the story with inline links stays',
      `<div class="inset">${P('Later, <a href="/k">Kristi Noem</a> visited the prison, the department said in a statement.')}</div>`,
      'Kristi Noem',
      true,
    ],
    [
      'a paragraph that is all link stays (only containers are judged)',
      '<p><a href="/r">Read the ruling of Judge Boasberg in full here</a></p>',
      'Read the ruling',
      true,
    ],
  ])('%s', (_, inside, probe, kept) => {
    expect(articleText(inside).includes(probe)).toBe(kept);
  });

  test('a headline that links to its own page stays', () => {
    const text = articleText('', '<header class="head"><h1><a href="/x">A court hearing</a></h1></header>');
    expect(text).toContain('A court hearing');
  });

  test('the paragraphs’ container stays even where most of its text is links', () => {
    const linked = [1, 2, 3].map((n) => `<p><a href="/${n}">CECOT story ${n}: ${FILLER}</a></p>`).join('');
    const doc = parseHtmlDocument(
      `<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><article><h1>Links</h1><div class="body">${linked}<p>Short words.</p></div></article></body></html>`,
      'https://www.example.com/x',
    );
    expect(analyzeDocument(doc, pack).index.text).toContain('CECOT story 2');
  });
});
