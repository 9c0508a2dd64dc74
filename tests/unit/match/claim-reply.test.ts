/**
 * A reply carries the claim it answers (claims.ts): a short sentence that agrees, disagrees,
 * rejects, denies or calls the statement before it false, and names no claim of its own, is linked
 * to the claims of the sentence before it, or of the last sentence of the paragraph before.
 */
import { describe, expect, test } from 'vitest';
import { matchClaims } from '../../../lib/match/claims';
import { getRuntime } from '../../../lib/match/runtime';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

const shipped = loadCompiledPack();
const run = (text: string, lang: 'en' | 'es') =>
  matchClaims(`${OPENING[lang]}\n${text}`, getRuntime(shipped), shipped, lang).map((h) => [
    h.id,
    h.text,
    h.why?.carried ?? false,
  ]);

/** A paragraph that names the story and links nothing, so that every paragraph after it is read. */
const OPENING = {
  en: 'The flights landed in El Salvador on March 16.',
  es: 'Los vuelos aterrizaron en El Salvador el 16 de marzo.',
};

const EN_CLAIM =
  'The administration argued that Tren de Aragua is invading the United States under the Alien Enemies Act.';
const ES_CLAIM =
  'El gobierno sostuvo que el Tren de Aragua está invadiendo Estados Unidos, según la Ley de Enemigos Extranjeros.';

describe('a reply carries the claim it answers', () => {
  test('the claims linked on their own', () => {
    expect(run(EN_CLAIM, 'en').map((h) => h[0])).toEqual(['aea-invasion']);
    expect(run(ES_CLAIM, 'es').map((h) => h[0])).toEqual(['aea-invasion']);
  });

  test.each([
    ['en', EN_CLAIM, 'Judge Hellerstein disagreed.'],
    ['en', EN_CLAIM, 'Lawyers for the men rejected that.'],
    ['en', EN_CLAIM, 'Lawyers for the men called it false.'],
    ['en', EN_CLAIM, '"There is a fair chance that is not correct," the judge replied.'],
    ['en', EN_CLAIM, 'Their lawyers pushed back.'],
    ['es', ES_CLAIM, 'La jueza no estuvo de acuerdo.'],
    ['es', ES_CLAIM, 'El juez rechazó ese argumento.'],
    ['es', ES_CLAIM, 'La defensa lo negó.'],
    ['es', ES_CLAIM, 'Sus abogados lo calificaron de falso.'],
    ['es', ES_CLAIM, '"Eso no es cierto", replicó el abogado.'],
  ] as const)('%s: %j after the claim, same paragraph and next paragraph', (lang, claim, reply) => {
    for (const sep of [' ', '\n']) {
      const hits = run(`${claim}${sep}${reply}`, lang);
      expect(hits).toEqual([
        ['aea-invasion', claim, false],
        ['aea-invasion', reply, true],
      ]);
    }
  });

  test("the explanation names the reply word and the answered claim's word", () => {
    const hits = matchClaims(`${EN_CLAIM} Judge Hellerstein disagreed.`, getRuntime(shipped), shipped, 'en');
    expect(hits[1].why).toEqual({ terms: ['disagreed', 'invading'], carried: true });
  });

  test.each([
    ['en', 'Judge Hellerstein heard the Alien Enemies Act case in New York on Tuesday. He disagreed.'],
    ['es', 'La jueza escuchó el caso de la Ley de Enemigos Extranjeros en Nueva York. No estuvo de acuerdo.'],
  ] as const)('%s: a reply after a sentence with no claim links nothing', (lang, text) => {
    expect(run(text, lang)).toEqual([]);
  });

  test.each([
    ['en', EN_CLAIM, 'Judge Hellerstein disagreed and said the men were not gang members.'],
    ['es', ES_CLAIM, 'El juez no estuvo de acuerdo y dijo que los hombres no eran pandilleros.'],
  ] as const)('%s: a reply that names another claim keeps its own', (lang, claim, reply) => {
    const hits = run(`${claim} ${reply}`, lang);
    expect(hits.filter((h) => h[1] === reply).map((h) => h[0])).toEqual(['gang-membership']);
  });

  test.each([
    [
      'en',
      EN_CLAIM,
      'The hearing ran for three hours and lawyers filed more briefs on Monday, officials said.',
      'Judge Hellerstein disagreed.',
    ],
    [
      'es',
      ES_CLAIM,
      'La audiencia duró tres horas y los abogados presentaron más escritos el lunes, dijeron funcionarios.',
      'La jueza no estuvo de acuerdo.',
    ],
  ] as const)('%s: a reply across an unrelated paragraph does not carry', (lang, claim, between, reply) => {
    const hits = run([claim, between, reply].join('\n'), lang);
    expect(hits.map((h) => [h[0], h[1]])).toEqual([['aea-invasion', claim]]);
  });

  test.each([
    ['en', 'He agreed to pay for the flights.'],
    [
      'en',
      'A long sentence that only later says the officials disagreed about where the planes should land that night in the end.',
    ],
  ] as const)('%s: %j is no reply', (lang, reply) => {
    const hits = run(`${EN_CLAIM} ${reply}`, lang);
    expect(hits.map((h) => h[1])).toEqual([EN_CLAIM]);
  });
});
