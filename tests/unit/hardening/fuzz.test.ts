/**
 * Property-based tests of the analysis over random DOM trees and random text.
 * fast-check prints the seed and the shrunk counterexample on failure; replay one with
 * `fc.assert(property, { seed, path })`. Run counts keep this file to about 5 s on 2 cores.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { isExcludedElement } from '../../../lib/detect/exclusions';
import { passesGate } from '../../../lib/detect/gate';
import { foldString } from '../../../lib/text/fold';
import {
  aliasesOf,
  BLOCK_TAGS,
  HEADLINE,
  INLINE_TAGS,
  LEAD,
  loadPage,
  MARKUP_TEXT,
  ODD,
  textArbitrary,
  treeArbitrary,
  WORDS,
} from './pages';
import { expectSpansInText, spansOf, squash } from '../support/report-spans';

const pack = loadCompiledPack();
const ALIASES = aliasesOf(pack);
const ALIAS_TEXTS = ALIASES.map((a) => a.text);

/**
 * The DOM text a span covers: the text nodes from its start to its end in document order, less
 * those inside elements left out of the article (a `<script>` or hidden `<span>` between two words
 * of a name lies in the range but not in the text). Walked by hand because happy-dom's
 * `Range.toString()` and `cloneContents()` return '' for any range that contains a `<template>`
 * (checked: "x " + `<sub><template></template>abc</sub>` gives ''), which once failed this
 * property on seed 605613137.
 */
function domTextOf(init: NonNullable<ReturnType<ReturnType<typeof analyzeDocument>['index']['rangeFor']>>): string {
  const excluded = (node: Node): boolean => {
    for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
      if (isExcludedElement(el)) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let out = '';
  let inside = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text === init.startContainer) inside = true;
    if (inside && !excluded(text)) {
      const from = text === init.startContainer ? init.startOffset : 0;
      const to = text === init.endContainer ? init.endOffset : text.data.length;
      out += text.data.slice(from, to);
    }
    if (text === init.endContainer) break;
  }
  return out;
}

/**
 * The seed is fixed by `tests/unit/setup.ts`, so `npm test` is reproducible; hunt for new
 * counterexamples with `FUZZ_SEED=random FUZZ_RUNS=2000 npx vitest run tests/unit/hardening/fuzz.test.ts`
 * (or `FUZZ_SEED=<n>` to replay one).
 */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS) || 200 };
/** Generous: the whole suite runs files in parallel on 2 cores; alone each property takes 1–2 s. */
const TIMEOUT = Math.max(60_000, RUNS.numRuns * 150);

describe('analysis over random pages', () => {
  test.each([false, true])(
    'the fixed page is on topic, Spanish: %s (precondition of the properties below)',
    (spanish) => {
      loadPage([], { spanish });
      const { report } = analyzeDocument(document, pack);
      expect(report.topic.onTopic).toBe(true);
      expect(report.lang).toBe(spanish ? 'es' : 'en');
      expect(report.entities.length).toBeGreaterThan(3);
      expect(report.disputed.length).toBeGreaterThan(0);
    },
  );

  test(
    'never throws; every span is the article text at its offsets and maps back to the DOM; re-running gives the same result',
    () => {
      fc.assert(
        fc.property(
          treeArbitrary(ALIAS_TEXTS),
          fc.constantFrom('en', 'es', 'fr', ''),
          fc.boolean(),
          (trees, lang, spanish) => {
            loadPage(trees, { lang, spanish });
            expect(passesGate(document, pack)).toBe(true);
            const first = analyzeDocument(document, pack);
            const { report, index } = first;
            expectSpansInText(report, index);
            for (const span of spansOf(report)) {
              // Blocks are separated by '\n' and nothing matches across it.
              expect(span.text).not.toContain('\n');
              const init = index.rangeFor(span.start, span.end);
              expect(init).not.toBeNull();
              expect(squash(domTextOf(init!))).toBe(squash(span.text));
            }
            const again = analyzeDocument(document, pack);
            expect(again.report).toEqual(report);
            expect(again.index.text).toBe(index.text);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  test(
    'rangeFor maps any offsets inside one block back to the same DOM text',
    () => {
      const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
      fc.assert(
        fc.property(
          treeArbitrary(ALIAS_TEXTS),
          fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 6 }),
          (trees, pairs) => {
            loadPage(trees);
            const { index } = analyzeDocument(document, pack);
            const length = index.text.length;
            for (const [a, b] of pairs) {
              const start = Math.floor(Math.min(a, b) * length);
              const end = Math.max(start + 1, Math.ceil(Math.max(a, b) * length));
              const slice = index.text.slice(start, end);
              if (slice.includes('\n')) continue; // across blocks the DOM has whatever whitespace it has
              const init = index.rangeFor(start, end);
              expect(init).not.toBeNull();
              expect(squash(domTextOf(init!))).toBe(squash(slice));
            }
            expect(index.rangeFor(0, length + 1)).toBeNull();
            expect(index.rangeFor(-1, 1)).toBeNull();
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  test(
    'names inside nav, aside, script, hidden and other excluded elements change nothing',
    () => {
      fc.assert(
        fc.property(treeArbitrary(ALIAS_TEXTS), fc.boolean(), (trees, spanish) => {
          loadPage(trees, { spanish });
          const withExcluded = analyzeDocument(document, pack);
          loadPage(trees, { baseline: true, spanish });
          const without = analyzeDocument(document, pack);
          expect(withExcluded.index.text).toBe(without.index.text);
          expect(withExcluded.report).toEqual(without.report);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

/** Random markup, well-formed or not: tags of every kind, attributes, entities, stray brackets. */
const htmlArbitrary = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: textArbitrary(ALIAS_TEXTS).map((t) => t.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))),
      },
      {
        weight: 3,
        arbitrary: fc
          .constantFrom(
            ...BLOCK_TAGS,
            ...INLINE_TAGS,
            'nav',
            'aside',
            'script',
            'style',
            'article',
            'main',
            'h1',
            'table',
            'tr',
            'svg',
            'math',
            'template',
            'iframe',
          )
          .chain((tag) =>
            fc.constantFrom(
              `<${tag}>`,
              `</${tag}>`,
              `<${tag} hidden>`,
              `<${tag} class="related">`,
              `<${tag}/>`,
              `<${tag} style="display:none">`,
            ),
          ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...MARKUP_TEXT,
          '&nbsp;',
          '&shy;',
          '&#x200F;',
          '&#55357;',
          '&bogus;',
          '<!--',
          '-->',
          '<![CDATA[',
          ']]>',
          '<',
          '>',
          '"',
          "'",
          '<p',
          '</',
        ),
      },
    ),
    { maxLength: 40 },
  )
  .map((tokens) => tokens.join(''));

describe('analysis of random HTML (linkedom, the analyze CLI path)', () => {
  test(
    'never throws; every span is the article text at its offsets',
    () => {
      fc.assert(
        fc.property(htmlArbitrary, fc.boolean(), (html, wrap) => {
          const page = wrap
            ? `<html lang="en"><head><title>Noem at CECOT</title><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><h1>${HEADLINE}</h1><p>${LEAD}</p>${html}</article></body></html>`
            : html;
          const doc = parseHtmlDocument(page, 'https://news.example/cecot');
          passesGate(doc, pack);
          const { report, index } = analyzeDocument(doc, pack);
          expectSpansInText(report, index);
          expect(analyzeDocument(doc, pack).report).toEqual(report);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

/** Aliases that match on their own, wherever they stand (no prior full mention needed). */
const STANDALONE = aliasesOf(pack, (alias) => !alias.requiresPriorMention).filter((a) => a.text.length >= 3);

const word = fc.constantFrom(...WORDS);
/** Invisible characters a CMS or an RTL page may put inside a word; folding drops them. */
const INVISIBLE = [
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202b',
  '\u2066',
  '\u2069',
];

/** `text` cut into 1–4 pieces at random points, each piece possibly carrying invisible characters. */
const pieces = (text: string) =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 3 }),
      fc.array(fc.tuple(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), fc.constantFrom(...INVISIBLE)), {
        maxLength: 2,
      }),
    )
    .map(([cuts, inserts]) => {
      // Insert invisible characters only between letters, never next to a space or a hyphen.
      const chars = [...text].map((c) => [c]);
      for (const [at, ch] of inserts)
        if (/\p{L}/u.test(text[at - 1] ?? '') && /\p{L}/u.test(text[at] ?? '')) chars[at - 1].push(ch);
      const sorted = [...new Set(cuts)].filter((c) => c < text.length).sort((a, b) => a - b);
      const result: string[] = [];
      let from = 0;
      for (const cut of [...sorted, text.length]) {
        result.push(chars.slice(from, cut).flat().join(''));
        from = cut;
      }
      return result.filter((p) => p !== '');
    });

const nameSplitAcrossElements = fc.constantFrom(...STANDALONE).chain((alias) =>
  fc.record({
    alias: fc.constant(alias),
    parts: pieces(alias.text),
    tags: fc.array(fc.constantFrom(...INLINE_TAGS), { minLength: 4, maxLength: 4 }),
    nested: fc.boolean(),
    before: fc.array(word, { maxLength: 4 }),
    after: fc.array(word, { maxLength: 4 }),
  }),
);

describe('names split across inline elements', () => {
  test(
    'a name cut at random points into nested or sibling inline elements is still found, at its place',
    () => {
      fc.assert(
        fc.property(nameSplitAcrossElements, ({ alias, parts, tags, nested, before, after }) => {
          const article = loadPage([]);
          const p = document.createElement('p');
          p.append(before.length ? `${before.join(' ')} ` : '');
          let parent: Element = p;
          parts.forEach((part, i) => {
            const element = document.createElement(tags[i]);
            element.append(part);
            parent.appendChild(element);
            if (nested) parent = element;
          });
          // A sentence, not a label: an organisation's name alone on a short line is a tag (entity-guards.ts).
          p.append(after.length ? ` ${after.join(' ')}.` : '.');
          article.appendChild(p);
          const { report, index } = analyzeDocument(document, pack);
          const paragraphStart = index.text.lastIndexOf('\n') + 1;
          const found = report.entities
            .filter((e) => alias.ids.includes(e.id))
            .flatMap((e) => e.mentions)
            .filter((m) => m.start >= paragraphStart);
          expect(found).toHaveLength(1);
          expect(foldString(found[0].text)).toBe(foldString(alias.text));
          expect(squash(domTextOf(index.rangeFor(found[0].start, found[0].end)!))).toBe(squash(found[0].text));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  test(
    'a name cut across two adjacent blocks is never matched as one',
    () => {
      const multiPart = STANDALONE.filter((a) => a.text.length >= 6);
      fc.assert(
        fc.property(
          fc
            .constantFrom(...multiPart)
            .chain((alias) =>
              fc.record({ alias: fc.constant(alias), cut: fc.integer({ min: 1, max: alias.text.length - 1 }) }),
            ),
          fc.constantFrom('p', 'div', 'li', 'h2', 'br', 'td'),
          ({ alias, cut }, tag) => {
            const article = loadPage([]);
            const head = alias.text.slice(0, cut);
            const tail = alias.text.slice(cut);
            const holder = document.createElement('div');
            if (tag === 'br') {
              holder.append(head, document.createElement('br'), tail);
            } else {
              for (const text of [head, tail]) holder.appendChild(document.createElement(tag)).append(text);
            }
            article.appendChild(holder);
            const { report, index } = analyzeDocument(document, pack);
            const headStart = index.text.length - tail.length - 1 - head.length;
            expect(index.text.slice(headStart)).toBe(`${head}\n${tail}`);
            for (const span of spansOf(report)) {
              // Nothing may cover both sides of the block break.
              expect(span.start < headStart + head.length && span.end > headStart + head.length + 1).toBe(false);
            }
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('Unicode around names', () => {
  test(
    'a name next to any odd character is found exactly when a word boundary separates them',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...STANDALONE),
          fc.constantFrom(...ODD),
          fc.constantFrom(...ODD),
          (alias, left, right) => {
            const article = loadPage([]);
            article
              .appendChild(document.createElement('p'))
              .append(`${WORDS[0]} ${left}${alias.text}${right} ${WORDS[1]}`);
            const { report, index } = analyzeDocument(document, pack);
            expectSpansInText(report, index);
            const paragraphStart = index.text.lastIndexOf('\n') + 1;
            const at = index.text.indexOf(alias.text, paragraphStart);
            const found = report.entities
              .filter((e) => alias.ids.includes(e.id))
              .flatMap((e) => e.mentions)
              .filter((m) => m.start >= paragraphStart);
            // What decides is the nearest character folding keeps (it drops soft hyphens, zero-width and
            // bidi controls, and combining marks, which then belong to the letter before them): a
            // letter, digit or other mark there, astral ones included, glues it to the name; emoji,
            // punctuation, spaces and controls do not.
            // A class of single code points to drop; the combining marks stand alone here on purpose.
            const kept = (s: string) =>
              // eslint-disable-next-line no-misleading-character-class
              s.replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u0300-\u036f]/g, '');
            const before = [...`${WORDS[0]} ${kept(left)}`].at(-1)!;
            const after = [...`${kept(right)} ${WORDS[1]}`][0];
            const glued = /[\p{L}\p{N}\p{M}]/u.test(before) || /[\p{L}\p{N}\p{M}]/u.test(after);
            if (glued) expect(found.map((m) => m.start)).not.toContain(at);
            else expect(found.map((m) => m.start)).toContain(at);
          },
        ),
        { ...RUNS, numRuns: 1.5 * RUNS.numRuns },
      );
    },
    TIMEOUT,
  );
});

test('the headline constant is part of the fixed page', () => {
  expect(HEADLINE).toContain('CECOT');
});
