/**
 * The cheap reads article detection relies on for large pages: a container's text length counted
 * without building its text, a single `<article>` counted only as far as the callers need, and the
 * attribute-free fast path of `isExcludedElement`. Each must agree with the plain reading it replaces.
 */
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { containerTextLength, mainArticleElement } from '../../../lib/detect/article-root';
import { isExcludedElement } from '../../../lib/detect/exclusions';

const page = (body: string) =>
  parseHtmlDocument(
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
    'https://www.example.com/a',
  );

describe('containerTextLength', () => {
  const doc = page(
    `<main><article><h1>Héadline</h1><p>One <a href="/x">linked <em>word</em></a> here.</p><!-- a comment -->` +
      `<script>var x = "inline";</script><p>  spaced   text  </p></article></main>`,
  );
  const article = doc.querySelector('article')!;

  test('equals the length of textContent (scripts included, comments not)', () => {
    expect(containerTextLength(article)).toBe(article.textContent!.length);
    expect(containerTextLength(doc.querySelector('main')!)).toBe(doc.querySelector('main')!.textContent!.length);
  });

  test('stops counting once it has enough, never below it', () => {
    const full = article.textContent!.length;
    const counted = containerTextLength(article, 10);
    expect(counted).toBeGreaterThanOrEqual(10);
    expect(counted).toBeLessThan(full);
    expect(containerTextLength(article, full + 100)).toBe(full);
  });

  test('an empty element counts 0', () => {
    expect(containerTextLength(page('<div></div>').querySelector('div')!)).toBe(0);
  });
});

describe('mainArticleElement', () => {
  const long = (n: number) => `<p>${'word '.repeat(n)}</p>`;

  test('a single candidate is counted up to what is enough', () => {
    const doc = page(`<article>${long(50).repeat(40)}</article>`);
    const found = mainArticleElement([doc], 1500)!;
    expect(found.element.localName).toBe('article');
    expect(found.length).toBeGreaterThanOrEqual(1500);
    expect(found.length).toBeLessThan(10_000);
    expect(mainArticleElement([doc])!.length).toBe(doc.querySelector('article')!.textContent!.length);
  });

  test('among several, the longest wins, counted in full', () => {
    const doc = page(`<article id="a">${long(300)}</article><article id="b">${long(2000)}</article>`);
    const found = mainArticleElement([doc], 1500)!;
    expect(found.element.id).toBe('b');
    expect(found.length).toBe(found.element.textContent!.length);
  });

  test('teaser cards inside furniture are not candidates', () => {
    const doc = page(
      `<aside class="sidebar"><article>${long(3000)}</article></aside><article id="main">${long(200)}</article>`,
    );
    expect(mainArticleElement([doc], 1500)!.element.id).toBe('main');
  });
});

describe('isExcludedElement without attributes', () => {
  test('a plain element is kept; the same element with a furniture class or hiding attribute is not', () => {
    const doc = page(
      '<div id="x1"></div><div class="sidebar"></div><div hidden></div><div aria-hidden="true"></div>' +
        '<div role="navigation"></div><div style="display:none"></div><p></p><nav></nav>',
    );
    const [plain, sidebar, hidden, ariaHidden, nav, styled] = [...doc.querySelectorAll('div')];
    plain.removeAttribute('id');
    expect(plain.hasAttributes()).toBe(false);
    expect(isExcludedElement(plain)).toBe(false);
    expect(isExcludedElement(doc.querySelector('p')!)).toBe(false);
    for (const e of [sidebar, hidden, ariaHidden, nav, styled]) expect(isExcludedElement(e)).toBe(true);
    // Tag rules hold without any attribute.
    expect(isExcludedElement(doc.querySelector('nav')!)).toBe(true);
  });

  test('a list after a "Related" heading is excluded though it has no attributes', () => {
    const doc = page('<h2>Related stories</h2><ul><li>a</li></ul>');
    const list = doc.querySelector('ul')!;
    expect(list.hasAttributes()).toBe(false);
    expect(isExcludedElement(list)).toBe(true);
  });
});
