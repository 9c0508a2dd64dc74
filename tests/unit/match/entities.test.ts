import { describe, expect, test } from 'vitest';
import { foldText } from '../../../lib/text/fold';
import { findAliasMatches, matchEntities } from '../../../lib/match/entities';
import { createRuntime, getRuntime } from '../../../lib/match/runtime';
import { buildTextIndex } from '../../../lib/dom/text-index';
import { handMadePack } from './hand-made-pack';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

const pack = handMadePack();

/** `entity-id:mention text` for every mention, in text order. */
function mentions(text: string, lang: 'en' | 'es' = 'en'): string[] {
  const hits = matchEntities(text, foldText(text), getRuntime(pack), lang);
  return hits
    .flatMap((hit) => hit.mentions.map((m) => ({ ...m, id: hit.id })))
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.id}:${m.text}`);
}

describe('entity matching on text', () => {
  test.each([
    // Unicode word boundaries: an accented last letter is still the end of a word.
    ['Juan Guaidó said', ['juan-guaido:Juan Guaidó']],
    ['Guaidó.', ['juan-guaido:Guaidó']],
    ['Guaidó’s allies', ['juan-guaido:Guaidó']],
    ['Guaidóx is not a name', []],
    ['xGuaidó is not a name', []],
    // Diacritics folded both ways, offsets kept.
    ['Kilmar Ábrego García was deported', ['kilmar-abrego-garcia:Kilmar Ábrego García']],
    ['Kilmar Abrego Garcia was deported', ['kilmar-abrego-garcia:Kilmar Abrego Garcia']],
    ['Nicolas Maduro', ['nicolas-maduro:Nicolas Maduro']],
    ['Kilmar A\u0301brego Garci\u0301a returned', ['kilmar-abrego-garcia:Kilmar A\u0301brego Garci\u0301a']],
    // Odd spacing.
    ['Abrego\u00a0Garcia spoke', ['kilmar-abrego-garcia:Abrego\u00a0Garcia']],
    ['Abrego  Garcia spoke', ['kilmar-abrego-garcia:Abrego  Garcia']],
    ['Kristi\u202fNoem', ['kristi-noem:Kristi\u202fNoem']],
    // Case-sensitive acronyms.
    ['ICE agents detained him', ['ice:ICE']],
    ['ice on the road', []],
    ['Ice cream', []],
    ['police and justice', []],
    ['the UN said', ['united-nations:UN']],
    ['un informe de la ONU', ['united-nations:ONU']],
    ['un hombre', []],
    // Possessives and curly quotes.
    ["Bukele's government", ['nayib-bukele:Bukele']],
    ['Bukele’s government', ['nayib-bukele:Bukele']],
    ['Beto O’Neil spoke', ['beto-oneil:Beto O’Neil']],
    // MS-13 spellings.
    ['MS-13 members', ['ms-13:MS-13']],
    ['MS 13 members', ['ms-13:MS 13']],
    ['MS13 members', ['ms-13:MS13']],
    ['MS\u201113 members', ['ms-13:MS\u201113']],
    ['MS–13 members', ['ms-13:MS–13']],
    ['MS-130 is a form', []],
    // Only where a word starts: after punctuation, not after a digit or inside a handle.
    ['(Bukele), “Bukele”, 2Bukele', ['nayib-bukele:Bukele', 'nayib-bukele:Bukele']],
    ['@nayib_Bukele posted', []],
    // Longest match wins; excluded neighbours.
    ['Tren de Aragua', ['tren-de-aragua:Tren de Aragua']],
    ['the state of Aragua', ['aragua:Aragua']],
    ['El Salvador and San Salvador', ['el-salvador:El Salvador', 'san-salvador:San Salvador']],
    ['Salvador, the country', ['el-salvador:Salvador']],
    ['Boasberg Street', []],
    ['Judge Boasberg ruled', ['james-boasberg:Boasberg']],
    // Surnames need a fuller mention of the same entity somewhere in the article.
    [
      'Noem arrived. Later Kristi Noem spoke. Noem left.',
      ['kristi-noem:Noem', 'kristi-noem:Kristi Noem', 'kristi-noem:Noem'],
    ],
    ['Noem arrived without a first name anywhere.', []],
    ['Maduro spoke.', []],
    ['Nicolás Maduro and Maduro', ['nicolas-maduro:Nicolás Maduro', 'nicolas-maduro:Maduro']],
    ['Abrego Garcia, then Abrego', ['kilmar-abrego-garcia:Abrego Garcia', 'kilmar-abrego-garcia:Abrego']],
    // Spanish text.
    ['El Tren de Aragua y la MS-13 en el CECOT', ['tren-de-aragua:Tren de Aragua', 'ms-13:MS-13', 'cecot:CECOT']],
  ])('%j → %j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test('every mention text equals the slice of the text at its offsets', () => {
    const text = 'Kilmar A\u0301brego  Garci\u0301a met Nayib\u00a0Bukele’s envoy; ICE and MS 13.';
    const hits = matchEntities(text, foldText(text), getRuntime(pack), 'en');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) for (const m of hit.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('names come in the page language', () => {
    const text = 'la ONU';
    const [hit] = matchEntities(text, foldText(text), getRuntime(pack), 'es');
    expect(hit.name).toBe('Naciones Unidas');
  });
});

describe('the leading word boundary of the shipped alias pattern', () => {
  // The pattern leads whole-word aliases with `\\b` so that the engine tries them only where a
  // word starts; the rules refuse a mention glued to a word before it anyway. Without the `\\b`,
  // every mention must be the same, whatever comes before it.
  const tables = loadCompiledPack().matcher!;
  const withBoundary = createRuntime(tables);
  const withoutBoundary = createRuntime({ ...tables, source: tables.source.replaceAll('\\b(?:', '(?:') });
  const aliases = Object.values(tables.rules).flatMap((rules) => rules.map((rule) => rule.exact));
  const before = [' ', '\n', '(', '“', '"', '-', '/', '.', 'a', 'Z', '7', 'é', 'ß', 'Ж', '中', '🇸🇻', ''];

  test('it is there, and every alias is found with and without it alike', () => {
    expect(tables.source.startsWith('\\b(?:')).toBe(true);
    const text = aliases.map((alias, i) => `${before[i % before.length]}${alias} said.`).join(' ');
    const folded = foldText(text);
    const found = findAliasMatches(text, folded, withBoundary);
    expect(found.length).toBeGreaterThan(aliases.length / 2);
    expect(found).toEqual(findAliasMatches(text, folded, withoutBoundary));
  });
});

describe('entity matching across the DOM', () => {
  const fromHtml = (html: string): string[] => {
    document.body.innerHTML = html;
    return mentions(buildTextIndex(document.body).text);
  };
  test.each([
    ['<p><a href="#">Nicolás</a> Maduro spoke</p>', ['nicolas-maduro:Nicolás Maduro']],
    ['<p><b>Kristi</b>\n<i>Noem</i></p>', ['kristi-noem:Kristi Noem']],
    ['<p>Nayib B</p><p>ukele</p>', []],
    ['<p>Bukele</p><p>Trump</p>', ['nayib-bukele:Bukele', 'donald-trump:Trump']],
    ['<div>Tren de</div><div>Aragua</div>', ['aragua:Aragua']],
    ['<p>Tren de<br>Aragua</p>', ['aragua:Aragua']],
    ['<li>Kristi</li><li>Noem</li>', []],
  ])('%s → %j', (html, expected) => {
    expect(fromHtml(html)).toEqual(expected);
  });
});

describe('the matcher runtime', () => {
  // The tables are built with the pack, never in a page: a pack without them is a mistake to name.
  test('a pack without matcher tables is refused with a message that says how to build them', () => {
    const bare = { ...handMadePack(), matcher: null, claims: [] } as unknown as Parameters<typeof getRuntime>[0];
    expect(() => getRuntime(bare)).toThrow(/no matcher tables.*buildMatcherTables/);
  });
});
