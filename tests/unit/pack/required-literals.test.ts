import { describe, expect, test } from 'vitest';
import { minimalSet, requiredLiterals, triggerWords } from '../../../lib/pack/required-literals';
import { buildTriggerWords, partsBySentence } from '../../../lib/match/trigger-words';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { readPart } from '../support/real-claims-score';
import { foldText } from '../../../lib/text/fold';
import { lowerSameLength } from '../../../lib/text/keys';
import { splitSentences } from '../../../lib/match/sentences';

/** The best set of each alternative, merged (shorter words replacing those that contain them), sorted; or null. */
const words = (source: string): string[] | null => {
  const alternatives = triggerWords({ source, flags: 'i' });
  return alternatives ? minimalSet(alternatives.flatMap((sets) => sets[0]))!.sort() : null;
};

describe('triggerWords: what a source proves every match contains', () => {
  test.each([
    ['a plain word', 'deported', ['deported']],
    ['an alternation: one word per branch', 'deport\\w*|expelled', ['deport', 'expelled']],
    ['the longest run of a sequence', 'the\\s+deportations?', ['\\bdeportation']],
    ['an optional part spelt out, with the boundary after it', 'gangs?\\b', ['gang\\b', 'gangs\\b']],
    ['optional words before a required one', '(?:alleged\\s+)?members', ['members']],
    ['a small class spelt out', 'organi[sz]ation', ['organisation', 'organization']],
    ['a leading \\b kept before a letter', '\\bmen\\b', ['\\bmen\\b']],
    ['spaces make boundaries', '\\d+\\s+men\\s', ['\\bmen\\b']],
    ['a lookahead adds nothing', '(?=\\w+ act)alien', ['alien']],
    ['a lookbehind adds nothing', '(?<!not )guilty', ['guilty']],
    ['a negative lookahead adds nothing', 'tortur(?!ed)\\w*', ['tortur']],
    ['case is folded', 'CECOT', ['cecot']],
    ['syntax characters are literal', 'U\\.S\\. courts?', ['u.s. court']],
  ])('%s: %s', (_, source, expected) => {
    expect(words(source)).toEqual(expected);
  });

  test.each([
    ['a branch without words', 'deported|\\w+'],
    ['an empty branch', 'deported|'],
    ['only optional words', '(?:alleged)?'],
    ['a wide class', '[a-z]+'],
    ['a negated class', '[^ ]+'],
    ['any character', '.{3}'],
    ['a non-ASCII letter', 'ñ'],
    ['a repetition that may be absent', '(?:gang)*'],
    ['an unknown group kind', '(?i:gang)'],
    ['an unbalanced group', '(gang'],
  ])('none from %s: %s', (_, source) => {
    expect(words(source)).toBeNull();
  });

  test('a part compiled without `i` gets none (its words are lower-cased)', () => {
    expect(triggerWords({ source: 'gang', flags: '' })).toBeNull();
  });

  test('shorter words replace the words that contain them', () => {
    expect(requiredLiterals('deportation|deport|redeported')).toEqual(['deport']);
  });

  test('a written boundary is a boundary, not a letter b', () => {
    expect(minimalSet(['\\bmen', 'bmen', 'men\\b', '\\bmen\\b', 'xmen'])).toEqual(['bmen', 'xmen', '\\bmen', 'men\\b']);
  });
});

/**
 * Soundness on tricky sources: for strings built from pieces that match (and near misses), whenever
 * the pattern matches a sentence, the index says the part can match it.
 */
describe('partsBySentence: never rules out a sentence the part matches', () => {
  const SOURCES = [
    '\\b(?:harsh|inhumane)\\s+(?:prison\\s+)?(?:conditions|treatment)',
    '(?:the\\s+)?(?:men|deportees)\\b.{0,20}\\bgangs?\\b',
    '(?<!not )\\bguilty\\b|\\bconvict(?:ed|ion)s?',
    '\\b(?=invasion\\b)(?<!event of )invasion',
    "(?:AEA|Alien Enem(?:y|ies) Act)\\s+(?:does\\s*n[o']t|cannot)\\s+apply",
    "can['’]t\\s+return|sent\\s+back",
    '\\d{2,3}\\s+(?:men|venezuelans)',
  ];
  const PIECES = [
    'harsh',
    'Harsh',
    'inhumane',
    'prison',
    'conditions',
    'treatment',
    'the',
    'men',
    'deportees',
    'gang',
    'gangs',
    'not',
    'guilty',
    'convicted',
    'convictions',
    'event of',
    'invasion',
    'AEA',
    'Alien Enemies Act',
    'does not',
    "doesn't",
    'cannot',
    'apply',
    "can't",
    'can’t',
    'return',
    'sent',
    'back',
    '238',
    '12',
    'Venezuelans',
    'government',
    'xmen',
    'harshly',
    ',',
    '.',
    '-',
  ];
  const parts = SOURCES.map((source) => ({ source, flags: 'i' }));
  // Every set each alternative proves, all required: the strictest index these sources allow.
  const index = buildTriggerWords(parts.map((p) => ({ alternatives: triggerWords(p)!, flags: p.flags })))!;
  const compiled = SOURCES.map((s) => new RegExp(s, 'i'));

  test('every part has words', () => {
    for (const p of parts) expect(triggerWords(p)).not.toBeNull();
  });

  test('random sentences of the pieces', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(random() * 8);
      const sentence = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join(
        random() < 0.8 ? ' ' : '',
      );
      const spans = [{ start: 0, end: sentence.length }];
      const possible = partsBySentence(index, sentence, spans);
      compiled.forEach((re, part) => {
        if (!re.test(sentence)) return;
        matched++;
        expect(possible[part], `${SOURCES[part]} on "${sentence}"`).toBe(1);
      });
    }
    expect(matched).toBeGreaterThan(100);
  });
});

/**
 * The same on the shipped triggers and the real sentences of the tuning part (the test part is
 * never read): a sentence a trigger part matches always passes that part's words, whether read
 * alone or inside its paragraph.
 */
describe('the shipped trigger words on real sentences', () => {
  const pack = loadCompiledPack();
  test.each(['en', 'es'] as const)('%s', (lang) => {
    const paragraphs = readPart('tune', lang);
    if (paragraphs.length === 0) return;
    const claims = pack.matcher!.claims;
    const parts = claims.flatMap((c) =>
      c.triggers[lang].map((part, p) => {
        const words = c.words![lang];
        return { part, alternatives: words.parts[p]!.map((ids) => ids.map((id) => words.sets[id])) };
      }),
    );
    const index = buildTriggerWords(parts.map((p) => ({ alternatives: p.alternatives, flags: p.part.flags })))!;
    const compiled = parts.map((p) => new RegExp(p.part.source, p.part.flags));
    let matched = 0;
    for (const paragraph of paragraphs) {
      // As the disputed pass reads a block: folded, split, then lower-cased (the parts are).
      const folded = foldText(paragraph.sentences.map((s) => s.text).join(' ')).text;
      const spans = splitSentences(folded, lang);
      const block = lowerSameLength(folded);
      const possible = partsBySentence(index, block, spans);
      spans.forEach((span, i) => {
        const sentence = block.slice(span.start, span.end);
        compiled.forEach((re, part) => {
          if (!re.test(sentence)) return;
          matched++;
          expect(possible[i * parts.length + part], `${re.source.slice(0, 60)}… on "${sentence}"`).toBe(1);
        });
      });
    }
    expect(matched).toBeGreaterThan(100);
  });
});
