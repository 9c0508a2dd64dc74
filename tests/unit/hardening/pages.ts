/**
 * Random article pages for the property tests: a fixed on-topic headline and lead, then random trees
 * of block, inline, hidden and excluded elements holding random text (both languages, the pack's
 * own names, Unicode that folding must survive, markup-looking text). Trees are plain data, built
 * into the test window's `document` with DOM calls, so nothing in them is parsed as HTML.
 */
import fc from 'fast-check';
import type { CompiledPack } from '../../../lib/pack/compiled';

/** A page fragment as plain data, so fast-check can shrink it. */
export type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; attrs: Record<string, string>; children: Tree[] }
  /** Left out of the article text (a skipped tag or a hiding attribute). */
  | { kind: 'excluded'; tag: string; attrs: Record<string, string>; children: Tree[] };

/** Headline of the fixed page: names the story, so every random page is on topic. */
export const HEADLINE = 'Kristi Noem tours the CECOT mega-prison in El Salvador';
/** Long enough (≥ 500 characters with the headline) for the `<article>` to be the article root. */
export const LEAD =
  'Homeland Security Secretary Kristi Noem visited the Terrorism Confinement Center in El Salvador, ' +
  'where Venezuelan men deported from the United States under the Alien Enemies Act are held. ' +
  'The government of Nayib Bukele agreed to hold the deportees in exchange for payment, and lawyers ' +
  'for the families said the men had no hearing before the flights left. Officials said the men ' +
  'belonged to Tren de Aragua; relatives and advocates disputed that, and a federal judge ordered ' +
  'a pause that the administration said came too late.';

/** The Spanish fixed page (own sentences, same facts as `LEAD`). */
export const HEADLINE_ES = 'Kristi Noem visita la megacárcel CECOT en El Salvador';
/** Spanish lead, long enough for the article root like `LEAD`. */
export const LEAD_ES =
  'La secretaria de Seguridad Nacional, Kristi Noem, visitó el Centro de Confinamiento del Terrorismo ' +
  'en El Salvador, donde siguen presos los venezolanos deportados desde Estados Unidos bajo la Ley de ' +
  'Enemigos Extranjeros. El gobierno de Nayib Bukele aceptó custodiar a los deportados a cambio de un ' +
  'pago, y los abogados de las familias dijeron que los hombres no tuvieron una audiencia antes de los ' +
  'vuelos. Las autoridades afirmaron que pertenecían al Tren de Aragua; sus familiares lo negaron, y un ' +
  'juez federal ordenó una pausa que, según el gobierno, llegó tarde.';

/** Plain words that never complete, veto or extend an alias of the pack (no "judge": "Judge Boasberg"). */
export const WORDS = [
  'men',
  'were',
  'sent',
  'prison',
  'Monday',
  'court',
  'hearing',
  'flights',
  'lawyers',
  'said',
  'families',
  'after',
  'order',
  'week',
  'record',
  'appeal',
  'government',
  'hombres',
  'fueron',
  'enviados',
  'cárcel',
  'lunes',
  'abogados',
  'familias',
  'vuelos',
  'orden',
  'semana',
  'gobierno',
  'según',
  'después',
  'niño',
  'pingüino',
  'año',
];

/** Characters that folding and word boundaries must survive. */
export const ODD = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff', // zero-width
  '\u00ad', // soft hyphen
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u3000', // unusual spaces
  '\u200e',
  '\u200f',
  '\u202b',
  '\u202e',
  '\u2066',
  '\u2069', // bidi marks, embeddings, isolates
  '\u0301',
  '\u0308',
  '\u20dd', // combining marks
  '🇸🇻',
  '🔒',
  '👨‍👩‍👧',
  '𝕏',
  '😀',
  '\ud800',
  '\udc00', // astral, ZWJ sequences, lone surrogates
  'שלום',
  'مرحبا',
  'ﷺ', // right-to-left scripts
  '\t',
  '\r',
  '\n',
  '\f',
  '\u2028',
  "'",
  '’',
  '“',
  '”',
  '—',
  '-',
  '.',
  '. ',
  '…',
  '?',
  '¿',
  '!',
  '(',
  ')',
];

/** Page text that looks like markup or code: it must stay text. */
export const MARKUP_TEXT = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '</p><p>',
  '&amp;',
  '&lt;b&gt;',
  '${x}',
  '{{x}}',
  '\\u0000',
  '\u0000',
];

/** Every alias text of the pack (both languages), with the ids of the entities it names. */
export function aliasesOf(
  pack: CompiledPack,
  filter: (alias: { requiresPriorMention?: boolean }) => boolean = () => true,
) {
  const byText = new Map<string, Set<string>>();
  for (const entity of pack.entities) {
    for (const names of Object.values(entity.names)) {
      for (const alias of names.aliases) {
        if (!filter(alias)) continue;
        let ids = byText.get(alias.text);
        if (!ids) byText.set(alias.text, (ids = new Set()));
        ids.add(entity.id);
      }
    }
  }
  return [...byText].map(([text, ids]) => ({ text, ids: [...ids] }));
}

/** Tags the text index treats as blocks (a sample of them). */
export const BLOCK_TAGS = [
  'p',
  'div',
  'section',
  'blockquote',
  'li',
  'h2',
  'h3',
  'td',
  'figure',
  'figcaption',
  'pre',
  'br',
];
/** Inline tags, joined into the surrounding text. */
export const INLINE_TAGS = [
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'mark',
  'abbr',
  'q',
  'time',
  'bdi',
  'bdo',
  'small',
  'code',
  'cite',
  'u',
  'sub',
  'font',
];
/** Skipped by tag. Scripts get a non-JavaScript type so happy-dom never runs random text. */
const SKIP_TAGS = [
  'nav',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'textarea',
  'footer',
  'form',
  'select',
  'dialog',
];
const HIDING_ATTRS: Record<string, string>[] = [
  { hidden: '' },
  { 'aria-hidden': 'true' },
  { style: 'color: red; display: none' },
  { style: 'visibility:hidden' },
  { class: 'sr-only' },
  { class: 'related-stories' },
  { class: 'ad-slot' },
  { id: 'comments' },
  { role: 'navigation' },
  { role: 'complementary' },
  { contenteditable: 'true' },
];

/** Random text: plain words, the pack's names, odd Unicode and markup-looking strings. */
export function textArbitrary(aliases: string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...aliases) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKUP_TEXT) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  );
  const separator = fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '. ', ', ', '\n', '\u200b');
  return fc.array(fc.tuple(token, separator), { maxLength: 12 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** Random trees; `excluded` elements appear only when `withExcluded`. */
export function treeArbitrary(aliases: string[], withExcluded = true): fc.Arbitrary<Tree[]> {
  const text = textArbitrary(aliases).map((t): Tree => ({ kind: 'text', text: t }));
  const { forest } = fc.letrec<{ node: Tree; forest: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...BLOCK_TAGS, ...INLINE_TAGS),
        attrs: fc.constant({}),
        children: tie('forest'),
      }),
      ...(withExcluded
        ? [
            fc.oneof(
              fc.record({
                kind: fc.constant('excluded' as const),
                tag: fc.constantFrom(...SKIP_TAGS),
                attrs: fc.constant({}),
                children: tie('forest'),
              }),
              fc.record({
                kind: fc.constant('excluded' as const),
                tag: fc.constantFrom(...BLOCK_TAGS.filter((t) => t !== 'br'), ...INLINE_TAGS),
                attrs: fc.constantFrom(...HIDING_ATTRS),
                children: tie('forest'),
              }),
            ),
          ]
        : []),
    ),
    forest: fc.array(tie('node'), { maxLength: 4 }),
  }));
  return forest as fc.Arbitrary<Tree[]>;
}

/** DOM nodes of a tree. With `baseline`, excluded elements are replaced by what they cost the text. */
export function toNodes(trees: Tree[], baseline = false): Node[] {
  const out: Node[] = [];
  for (const tree of trees) {
    if (tree.kind === 'text') {
      out.push(document.createTextNode(tree.text));
      continue;
    }
    if (tree.kind === 'excluded' && baseline) {
      // A skipped block still ends the line it interrupts; a skipped inline element leaves nothing.
      if (BLOCK_TAGS.includes(tree.tag) || ['nav', 'aside', 'footer', 'form', 'dialog'].includes(tree.tag)) {
        out.push(document.createElement('div'));
      }
      continue;
    }
    const element = document.createElement(tree.tag);
    for (const [name, value] of Object.entries(tree.attrs)) element.setAttribute(name, value);
    if (tree.tag === 'script') element.setAttribute('type', 'text/x-template');
    for (const child of toNodes(tree.children, baseline)) element.appendChild(child);
    out.push(element);
  }
  return out;
}

/**
 * Put a page with the fixed headline and lead (English, or Spanish with `spanish`), then `trees`,
 * into the test window's document. `lang` overrides the declared `<html lang>`.
 */
export function loadPage(
  trees: Tree[],
  options: { baseline?: boolean; lang?: string; spanish?: boolean } = {},
): Element {
  document.documentElement.setAttribute('lang', options.lang ?? (options.spanish ? 'es' : 'en'));
  document.head.innerHTML =
    '<title>Noem at CECOT</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>';
  const [headline, lead] = options.spanish ? [HEADLINE_ES, LEAD_ES] : [HEADLINE, LEAD];
  document.body.innerHTML = `<header><a href="/">Home</a></header><article><h1>${headline}</h1><p>${lead}</p></article>`;
  const article = document.querySelector('article')!;
  for (const node of toNodes(trees, options.baseline)) article.appendChild(node);
  return article;
}
