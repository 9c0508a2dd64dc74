/** A small hand-made pack and page reports for popup and options tests (independent of the shipped data). */
import type { PageReport } from '../../../lib/report/report';
import type { CompiledPack } from '../../../lib/pack/compiled';
import type { Claim, Entity, Source, TimelineEvent, Topic } from '../../../lib/dataset/schema';
import type { TabReport } from '../../../lib/messages/protocol';

const source = (id: string, publisher: string, date: string, via?: Source['via']): Source => ({
  id,
  publisher,
  title: `${publisher} report ${id}`,
  date,
  url: `https://${publisher.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
  language: 'en',
  ...(via ? { via } : {}),
});

const entity = (id: string, type: Entity['type'], en: string, es = en): Entity => ({
  id,
  type,
  names: { en: { canonical: en, aliases: [] }, es: { canonical: es, aliases: [] } },
  summary: { en: `${en} summary.`, es: `Resumen de ${es}.` },
  facts: [1, 2, 3].map((n) => ({
    text: { en: `Fact ${n} about ${en}.`, es: `Hecho ${n} sobre ${es}.` },
    date: `2025-0${n}-01`,
    sources: ['s1'],
  })),
  roles: [],
  related: [],
});

const claim: Claim = {
  id: 'gang-membership',
  title: { en: 'Were the deportees gang members?', es: '¿Eran pandilleros los deportados?' },
  claim: { en: 'Officials said the men were gang members.', es: 'Funcionarios dijeron que eran pandilleros.' },
  triggers: { en: ['gang members'], es: ['pandilleros'] },
  positions: [
    {
      holder: { en: 'The administration', es: 'El gobierno' },
      holderEntities: [],
      summary: { en: 'Says they were members.', es: 'Dice que eran miembros.' },
      date: '2025-03-16',
      sources: ['s1'],
    },
    {
      holder: { en: 'Families and lawyers', es: 'Familias y abogados' },
      holderEntities: [],
      summary: { en: 'Say many had no record.', es: 'Dicen que muchos no tenían antecedentes.' },
      date: '2025-03-20',
      sources: ['s2'],
    },
  ],
  status: {
    value: 'disputed',
    date: '2025-04-01',
    note: { en: 'Still argued in court.', es: 'Sigue en los tribunales.' },
  },
  established: [],
  unknown: [{ en: 'How the list was made.', es: 'Cómo se hizo la lista.' }],
  related: [],
};

const event = (id: string, date: string, related: string[] = []): TimelineEvent => ({
  id,
  date,
  approximate: false,
  text: { en: `Event ${id}.`, es: `Hecho ${id}.` },
  sources: ['s1'],
  related,
});

/** Ten events, two of them related to what `onTopicReport` finds. */
export const TIMELINE: TimelineEvent[] = [
  event('e01', '2025-01-20'),
  event('e02', '2025-02-03'),
  event('e03', '2025-03-14'),
  event('e04', '2025-03-15', ['gang-membership']),
  event('e05', '2025-03-26', ['kristi-noem', 'cecot']),
  event('e06', '2025-04-07'),
  event('e07', '2025-04-16'),
  event('e08', '2025-05'),
  event('e09', '2025-06-06'),
  event('e10', '2025-07-18'),
];

/** The test pack. */
export function makePack(): CompiledPack {
  return {
    meta: {
      id: 'cecot',
      title: { en: 'Deportations to El Salvador', es: 'Deportaciones a El Salvador' },
      version: '1.2.3',
      reviewedAt: '2026-03-15',
      languages: ['en', 'es'],
      methodology: {
        en: 'We read the sources.\n\nEvery fact has a date.',
        es: 'Leímos las fuentes.\n\nCada dato tiene fecha.',
      },
      corrections: [{ date: '2026-02-01', text: { en: 'Fixed a date.', es: 'Se corrigió una fecha.' } }],
    },
    sources: {
      s1: source('s1', 'Reuters', '2025-03-16'),
      s2: source('s2', 'AP', '2025-03-20', { publisher: 'Mirror Site', url: 'https://mirror.example/a' }),
    },
    entities: [
      entity('kristi-noem', 'person', 'Kristi Noem'),
      entity('cecot', 'facility', 'CECOT'),
      entity('alien-enemies-act', 'law', 'Alien Enemies Act', 'Ley de Enemigos Extranjeros'),
    ],
    claims: [claim],
    timeline: TIMELINE,
    topic: { id: 'cecot' } as Topic,
    matcher: null,
  };
}

/** An article about the story with three entities and one disputed point found twice. */
export function onTopicReport(): PageReport {
  return {
    article: true,
    lang: 'en',
    topic: {
      id: 'cecot',
      onTopic: true,
      score: 0.9,
      reasons: ['"CECOT" in the headline', '"Alien Enemies Act" in the lead'],
    },
    entities: [
      {
        id: 'kristi-noem',
        name: 'Kristi Noem',
        type: 'person',
        mentions: [
          { text: 'Kristi Noem', start: 10, end: 21 },
          { text: 'Noem', start: 200, end: 204 },
        ],
      },
      { id: 'cecot', name: 'CECOT', type: 'facility', mentions: [{ text: 'CECOT', start: 40, end: 45 }] },
      {
        id: 'alien-enemies-act',
        name: 'Alien Enemies Act',
        type: 'law',
        mentions: [{ text: 'Alien Enemies Act', start: 90, end: 107 }],
      },
    ],
    disputed: [
      {
        id: 'gang-membership',
        title: 'Were the deportees gang members?',
        text: 'They were all gang members, officials said.',
        start: 300,
        end: 344,
      },
      {
        id: 'gang-membership',
        title: 'Were the deportees gang members?',
        text: 'Gang members, the government says.',
        start: 500,
        end: 534,
      },
    ],
  };
}

/** A page that was scanned and is not about the story. */
export function offTopicReport(): PageReport {
  return {
    article: true,
    lang: 'en',
    topic: { id: 'cecot', onTopic: false, score: 0.1, reasons: ['No term of the story in the headline or lead'] },
    entities: [],
    disputed: [],
  };
}

/** Wrap a page report as the background stores it. */
export function tabReport(report: PageReport, url = 'https://apnews.com/article/x', highlightCount = 6): TabReport {
  return { url, report, highlightCount, at: 1_760_000_000_000 };
}
