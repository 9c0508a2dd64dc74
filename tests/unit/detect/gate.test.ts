import { describe, expect, test } from 'vitest';
import { foldForGate, foldGateTerms, passesGate } from '../../../lib/detect/gate';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import { handMadePack } from '../match/hand-made-pack';

const pack = handMadePack();
const doc = (head: string, body = '', url = 'https://news.example/story') =>
  parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`, url);

describe('gate: the cheap pre-check', () => {
  test.each([
    ['title', doc('<title>Inside CECOT</title>'), true],
    ['meta description', doc('<meta name="description" content="Deportations to El Salvador continue">'), true],
    ['og:title with accents', doc('<meta property="og:title" content="Ábrego García regresa">'), true],
    // The engine never reads keywords: a page named only there is not on topic, so the gate stays shut.
    ['keywords alone', doc('<meta name="keywords" content="immigration, Bukele">'), false],
    ['og:description', doc('<meta property="og:description" content="Bukele speaks">'), true],
    ['a term of two words, split by punctuation', doc('<title>The Alien-Enemies Act</title>'), true],
    [
      'the words of a two-word term apart',
      doc('<title>Alien films</title><meta name="description" content="Enemies of the state">'),
      false,
    ],
    ['a word with an accent inside', doc('<title>Depórtation</title>'), true],
    ['a word split by a soft hyphen', doc('<title>Depor\u00adtations</title>'), true],
    [
      'JSON-LD headline with an escaped accent',
      doc('<title>x</title><script type="application/ld+json">{"headline":"\\u00c1brego returns"}</script>'),
      true,
    ],
    [
      'URL slug',
      doc('<title>World</title>', '', 'https://news.example/world/2025/ms-13-leaders-sent-to-mega-prison'),
      true,
    ],
    ['percent-encoded URL', doc('<title>x</title>', '', 'https://news.example/nota/deportaci%C3%B3n-masiva'), true],
    ['h1', doc('<title>News</title>', '<h1>Noem visits prison</h1>'), true],
    ['term inside another word does not count', doc('<title>Redeployment of troops</title>'), false],
    [
      'an unrelated page',
      doc('<title>Harbor festival draws record crowds</title><meta name="description" content="Boats and music">'),
      false,
    ],
    ['the opening paragraphs are read', doc('<title>Takeaways</title>', '<p>CECOT CECOT CECOT</p>'), true],
    [
      'JSON-LD headline',
      doc(
        '<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bukele\\u0027s prison"}</script>',
      ),
      true,
    ],
    [
      'Spanish sports are not deportations',
      doc(
        '<title>Deportes: la liga</title><meta name="description" content="Resultados deportivos y el mejor deporte del fin de semana">',
      ),
      false,
    ],
    ['a deportation after a sports word still counts', doc('<title>Deportes y deportaciones</title>'), true],
    [
      'a paragraph far down the page is not read',
      doc(
        '<title>Recipes</title>',
        `${'<p>Stir the soup slowly and season it with care before serving it warm to all the guests.</p>'.repeat(70)}<p>CECOT</p>`,
      ),
      false,
    ],
  ])('%s → %s', (_, d, expected) => {
    expect(passesGate(d, pack)).toBe(expected);
  });
});

/** The fold as first written: exact, but slow to start in a fresh content-script world. */
const referenceFold = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

describe('gate: the fold', () => {
  test.each([
    'Deportación masiva a la megacárcel — CECOT, «Bukele»',
    'ÁBREGO GARCÍA regresó; el niño, la señora. Ça, où, naïve, Øresund, Straße, æsir',
    'Prisio\u0301n de ma\u0301xima seguridad (decomposed accents)',
    'Łódź, Ždár, Şişli, ĳssel, ŉ, ſ — Latin Extended-A',
    'Москва и Сальвадор: депортация',
    'plain ASCII, with punctuation! and 123 numbers... MS-13',
  ])('matches the exact fold on %s', (text) => {
    expect(foldForGate(text)).toBe(referenceFold(text));
  });

  test('punctuation, symbols and × are word breaks', () => {
    expect(foldForGate('a×b–c—d…e')).toBe(' a b c d e ');
  });

  test('letters of scripts without case are word breaks: more pages pass, never fewer', () => {
    expect(foldForGate('中文deport')).toContain(' deport');
  });

  test.each([
    ['short', 'Deportación — CECOT', false],
    ['long', 'Deportación — CECOT. '.repeat(40), true],
  ])('a %s text that starts and ends with a break keeps one space for each, inside the padding', (_, text, long) => {
    expect(text.length >= 500).toBe(long);
    expect(foldForGate(`« ${text.trim()} »`)).toMatch(/^ {2}\S[\s\S]*\S {2}$/);
  });

  test('a long text (two native passes) folds every UTF-16 code unit as a short one (the loop) does', () => {
    // Each code unit between two letters: "a?b" folded alone takes the loop; all of them in one
    // text take the long path. Letters on both sides keep the chunks from running into each other.
    const chunks = Array.from({ length: 0x10000 }, (_, code) => `a${String.fromCharCode(code)}b`);
    const short = chunks.map((chunk) => foldForGate(chunk).slice(1, -1));
    expect(foldForGate(chunks.join(' '))).toBe(` ${short.join(' ')} `);
  });
});

/** The exact test the cheap one stands in front of: a folded term at a word start, not an excluded word. */
function exactMatch(text: string): boolean {
  const { terms, excluded } = foldGateTerms(pack.topic.gateTerms);
  const folded = foldForGate(text);
  return terms.some((term) => {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const end = folded.indexOf(' ', at + 1);
      if (!excluded.includes(folded.slice(at + 1, end === -1 ? undefined : end))) return true;
    }
    return false;
  });
}

describe('gate: the cheap test before the exact fold', () => {
  // Pieces of terms, look-alikes, accents, invisible characters and separators, strung at random.
  const pieces = [
    'Alien',
    'enemies',
    'ENEMIES',
    'al',
    'ien',
    'Depórtes',
    'deport',
    'de\u0301port',
    'depor\u00adt',
    'MS',
    '13',
    'ms13',
    '6',
    'million',
    '4.76',
    'mega',
    'prison',
    'Prisión',
    'de',
    'máxima',
    'seguridad',
    'Salvadoreño',
    'salva',
    'dor',
    'ley',
    'guerra',
    '1798',
    'wartime',
    'law',
    'Bukele',
    'x',
  ];
  const separators = [' ', '-', '’', '\u00ad', '', ' — ', '\u200b', '.', '中'];
  let seed = 12;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const texts = Array.from({ length: 3000 }, () =>
    Array.from(
      { length: 1 + random(5) },
      () => pieces[random(pieces.length)] + separators[random(separators.length)],
    ).join(''),
  );

  test('it lets through every text the exact test matches, in the title and in a long opening', () => {
    const wrong: string[] = [];
    for (const text of texts) {
      const short = passesGate(doc(`<title>${text}</title>`, '', 'https://news.example/a'), pack);
      const long = passesGate(
        doc('<title>a</title>', `<p>${'Harbor festival news. '.repeat(30)}${text}</p>`, 'https://news.example/a'),
        pack,
      );
      if (short !== exactMatch(text) || long !== exactMatch(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    // Both kinds occur, so the comparison means something.
    expect(texts.filter(exactMatch).length).toBeGreaterThan(300);
    expect(texts.filter((t) => !exactMatch(t)).length).toBeGreaterThan(300);
  });
});
