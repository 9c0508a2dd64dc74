/**
 * A small, hand-made compiled pack for engine tests, so they do not depend on the shipped dataset's
 * evolving content. The topic section is the shipped `topic.json` (the engine owns it).
 */
import shippedTopic from '../../../assets/dataset/cecot/topic.json';
import { buildMatcherTables } from '../../../lib/pack/matcher-tables';
import type { CompiledPack } from '../../../lib/pack/compiled';
import type { AliasInput, Claim, Entity, EntityType, Topic } from '../../../lib/dataset/schema';

type AliasSpec = string | AliasInput;

function alias(spec: AliasSpec) {
  const a = typeof spec === 'string' ? { text: spec } : spec;
  return {
    text: a.text,
    caseSensitive: a.caseSensitive ?? false,
    wholeWord: a.wholeWord ?? true,
    requiresPriorMention: a.requiresPriorMention ?? false,
    ...(a.excludeBefore ? { excludeBefore: a.excludeBefore } : {}),
    ...(a.excludeAfter ? { excludeAfter: a.excludeAfter } : {}),
  };
}

/** An entity with only what matching needs; the same aliases in both languages unless `es` given. */
export function entity(id: string, type: EntityType, en: AliasSpec[], es: AliasSpec[] = en): Entity {
  const name = (list: AliasSpec[]) => (typeof list[0] === 'string' ? list[0] : list[0].text);
  return {
    id,
    type,
    names: {
      en: { canonical: name(en), aliases: en.map(alias) },
      es: { canonical: name(es), aliases: es.map(alias) },
    },
    summary: { en: id, es: id },
    facts: [],
    roles: [],
    related: [],
  } as Entity;
}

export const TEST_ENTITIES: Entity[] = [
  entity('kristi-noem', 'person', ['Kristi Noem', { text: 'Noem', requiresPriorMention: true }]),
  entity('nayib-bukele', 'person', ['Nayib Bukele', 'Bukele']),
  entity('ice', 'organization', [{ text: 'ICE', caseSensitive: true }, 'Immigration and Customs Enforcement']),
  entity(
    'united-nations',
    'organization',
    ['United Nations', { text: 'UN', caseSensitive: true }],
    ['Naciones Unidas', { text: 'ONU', caseSensitive: true }],
  ),
  entity('ms-13', 'organization', ['MS-13', 'Mara Salvatrucha']),
  entity('tren-de-aragua', 'organization', ['Tren de Aragua']),
  entity('aragua', 'place', ['Aragua']),
  entity('el-salvador', 'place', ['El Salvador', { text: 'Salvador', excludeBefore: ['San', 'El'] }]),
  entity('san-salvador', 'place', ['San Salvador']),
  entity('juan-guaido', 'person', ['Juan Guaidó', 'Guaidó']),
  entity('nicolas-maduro', 'person', ['Nicolás Maduro', { text: 'Maduro', requiresPriorMention: true }]),
  entity('kilmar-abrego-garcia', 'person', [
    'Kilmar Abrego Garcia',
    'Abrego Garcia',
    { text: 'Abrego', requiresPriorMention: true },
  ]),
  entity('donald-trump', 'person', ['Donald Trump', 'Trump']),
  entity('beto-oneil', 'person', ["Beto O'Neil"]),
  entity('cecot', 'facility', [{ text: 'CECOT', caseSensitive: true }, 'Terrorism Confinement Center']),
  entity('james-boasberg', 'person', ['James Boasberg', { text: 'Boasberg', excludeAfter: ['Street'] }]),
];

export const TEST_CLAIMS: Claim[] = [
  {
    id: 'gang-membership',
    title: { en: 'Were the deportees gang members?', es: '¿Eran pandilleros los deportados?' },
    triggers: { en: ['worst of the worst', 'gang members?'], es: ['pandiller[oa]s?', 'lo peor de lo peor'] },
    context: { en: ['deport|flown|sent|CECOT'], es: [] },
  },
  {
    id: 'payment-amount',
    title: { en: 'How much is El Salvador paid?', es: '¿Cuánto se paga a El Salvador?' },
    triggers: { en: ['\\$\\s?6 million', 'paid El Salvador'], es: ['6 millones'] },
    follow: { en: ['\\bfee\\b'], es: ['\\btarifa\\b'] },
  },
] as unknown as Claim[];

/** Compile the hand-made pack (matcher tables built the same way as `compilePack`). */
export function handMadePack(entities: Entity[] = TEST_ENTITIES, claims: Claim[] = TEST_CLAIMS): CompiledPack {
  return {
    meta: {
      id: 'test',
      title: { en: 'Test', es: 'Prueba' },
      version: '0.0.0',
      reviewedAt: '2025',
      languages: ['en', 'es'],
      methodology: { en: 'x', es: 'x' },
      corrections: [],
    },
    sources: {},
    entities,
    claims,
    timeline: [],
    topic: (shippedTopic as { topic: Topic }).topic,
    matcher: buildMatcherTables(entities, claims, (shippedTopic as { topic: Topic }).topic),
  } as unknown as CompiledPack;
}
