/**
 * A small pack, page report and page for the in-page UI tests. The wording is test-only, written
 * for these tests; the shipped pack lives in assets/dataset/.
 */
import type { PageReport } from '../../../lib/report/report';
import type { CompiledPack } from '../../../lib/pack/compiled';
import type { Entity, Source } from '../../../lib/dataset/schema';
import type { HighlightItem, HighlightSet } from '../../../lib/dom/highlight';

const src = (id: string, publisher: string, title: string, date: string, url: string, via?: Source['via']): Source => ({
  id,
  publisher,
  title,
  date,
  url,
  language: 'en',
  ...(via ? { via } : {}),
});

export const SOURCES: Source[] = [
  src('dhs-confirm', 'DHS', 'Senate confirms the new Secretary', '2025-01-25', 'https://example.org/dhs-confirm', {
    publisher: 'EIN Presswire',
    url: 'https://example.net/ein',
  }),
  src('upi-visit', 'UPI', 'Secretary visits the prison', '2025-03-26', 'https://example.org/upi-visit'),
  src('ap-out', 'AP', 'Secretary replaced', '2026-03-05', 'https://example.org/ap-out', { publisher: 'Newser' }),
  src('bad-link', 'Unsafe Daily', 'A page behind a script URL', '2025-04', 'javascript:alert(1)'),
];

const names = (canonical: string, es = canonical) => ({
  en: { canonical, aliases: [{ text: canonical, caseSensitive: false, wholeWord: true, requiresPriorMention: false }] },
  es: { canonical: es, aliases: [{ text: es, caseSensitive: false, wholeWord: true, requiresPriorMention: false }] },
});
const txt = (en: string, es = `${en} (es)`) => ({ en, es });

export const NOEM: Entity = {
  id: 'kristi-noem',
  type: 'person',
  names: names('Kristi Noem'),
  summary: txt(
    'US official who led the Department of Homeland Security in 2025 and early 2026. <img src=x onerror=alert(1)>',
  ),
  facts: [
    { text: txt('Confirmed by the Senate, 59–34.'), date: '2025-01-25', sources: ['dhs-confirm'] },
    { text: txt('Toured the prison and met the president.'), date: '2025-03-26', sources: ['upi-visit', 'bad-link'] },
    { text: txt('Spoke about the visit on television.'), date: '2025-03-31', sources: ['upi-visit'] },
    { text: txt('Replacement announced.'), date: '2026-03-05', sources: ['ap-out'] },
    { text: txt('Governor of South Dakota before.'), date: '2019', endDate: '2025-01', sources: ['dhs-confirm'] },
    { text: txt('Oldest fact, dropped by the limit.'), date: '2018', sources: ['dhs-confirm'] },
  ],
  roles: [
    {
      title: txt('Secretary of Homeland Security', 'Secretaria de Seguridad Nacional'),
      from: '2025-01-25',
      to: '2026-03-31',
      sources: ['dhs-confirm', 'ap-out'],
    },
    { title: txt('Special Envoy'), from: '2026-03-31', sources: ['ap-out'] },
  ],
  related: ['cecot', 'nayib-bukele', 'dhs'],
};

const simple = (id: string, type: Entity['type'], name: string, related: string[] = []): Entity => ({
  id,
  type,
  names: names(name),
  summary: txt(`${name}, a test entry.`),
  facts: [1, 2, 3].map((n) => ({ text: txt(`${name} fact ${n}.`), date: `2025-0${n}`, sources: ['upi-visit'] })),
  roles: [],
  related,
});

export const PACK: CompiledPack = {
  meta: {
    id: 'cecot',
    title: txt('US deportations to El Salvador and the CECOT prison', 'Deportaciones a El Salvador y el CECOT'),
    version: '1.2.0',
    reviewedAt: '2026-03-15',
    languages: ['en', 'es'],
    methodology: txt('Test.'),
    corrections: [],
  },
  sources: Object.fromEntries(SOURCES.map((s) => [s.id, s])),
  entities: [
    NOEM,
    simple('cecot', 'facility', 'CECOT', ['kristi-noem']),
    simple('nayib-bukele', 'person', 'Nayib Bukele'),
    simple('dhs', 'organization', 'Department of Homeland Security'),
    simple('alien-enemies-act', 'law', 'Alien Enemies Act'),
  ],
  claims: [
    {
      id: 'cecot-conditions',
      title: txt('Are conditions in CECOT humane?', '¿Son humanas las condiciones del CECOT?'),
      claim: txt('Officials describe the prison as humane; rights groups describe abuse.'),
      triggers: { en: ['conditions'], es: ['condiciones'] },
      positions: [
        {
          holder: txt('Government of El Salvador'),
          holderEntities: ['nayib-bukele'],
          summary: txt('Says inmates are treated within the law.'),
          date: '2025-03-20',
          sources: ['upi-visit'],
        },
        {
          holder: txt('Human rights groups'),
          holderEntities: [],
          summary: txt('Report abuse based on interviews with former detainees.'),
          date: '2025-11-12',
          sources: ['ap-out'],
        },
      ],
      status: { value: 'disputed', date: '2025-11-12', note: txt('No independent inspection has been allowed.') },
      established: [txt('The prison opened in 2023.')],
      unknown: [txt('How many people are held there now.')],
      related: ['cecot', 'nayib-bukele'],
    },
  ],
  timeline: [
    {
      id: 'ev-1',
      date: '2025-01-25',
      approximate: false,
      text: txt('Confirmation.'),
      sources: ['dhs-confirm'],
      related: ['kristi-noem'],
    },
    {
      id: 'ev-2',
      date: '2025-03-15',
      approximate: false,
      text: txt('First flights.'),
      sources: ['upi-visit'],
      related: ['kristi-noem', 'cecot'],
    },
    {
      id: 'ev-3',
      date: '2025-03-26',
      approximate: false,
      text: txt('Prison visit.'),
      sources: ['upi-visit'],
      related: ['kristi-noem', 'cecot'],
    },
    {
      id: 'ev-4',
      date: '2025-07',
      approximate: true,
      text: txt('Repatriation.'),
      sources: ['upi-visit'],
      related: ['kristi-noem'],
    },
    {
      id: 'ev-5',
      date: '2026-03-05',
      approximate: false,
      text: txt('Replacement announced.'),
      sources: ['ap-out'],
      related: ['kristi-noem'],
    },
    {
      id: 'ev-6',
      date: '2025-05',
      approximate: false,
      text: txt('Unrelated event.'),
      sources: ['ap-out'],
      related: ['dhs'],
    },
  ],
  topic: {
    id: 'cecot',
    threshold: 1,
    placeWeights: { headline: 3, lead: 2, body: 1 },
    leadChars: 600,
    signals: [{ id: 'cecot', pattern: 'CECOT', lang: 'any', weight: 1, caseSensitive: false, label: txt('CECOT') }],
    anchors: ['cecot'],
    requireAny: [],
    cooccurrence: [],
    negatives: [],
    gateTerms: ['cecot'],
  },
  matcher: null,
};

/** The article text the report's offsets point into (also used to build a DOM). */
export const ARTICLE = [
  'Kristi Noem toured CECOT in March.',
  'Noem later met Nayib Bukele, who called conditions in the prison humane.',
  'The Alien Enemies Act was invoked.',
];

export const REPORT: PageReport = {
  article: true,
  lang: 'en',
  topic: { id: 'cecot', onTopic: true, score: 3.2, reasons: ['“CECOT” in the headline', '“Bukele” in the lead'] },
  entities: [
    { id: 'cecot', name: 'CECOT', type: 'facility', mentions: [{ text: 'CECOT', start: 19, end: 24 }] },
    {
      id: 'kristi-noem',
      name: 'Kristi Noem',
      type: 'person',
      mentions: [
        { text: 'Kristi Noem', start: 0, end: 11 },
        { text: 'Noem', start: 35, end: 39 },
      ],
    },
    {
      id: 'nayib-bukele',
      name: 'Nayib Bukele',
      type: 'person',
      mentions: [{ text: 'Nayib Bukele', start: 50, end: 62 }],
    },
    {
      id: 'alien-enemies-act',
      name: 'Alien Enemies Act',
      type: 'law',
      mentions: [{ text: 'Alien Enemies Act', start: 112, end: 129 }],
    },
  ],
  disputed: [
    {
      id: 'cecot-conditions',
      title: 'Are conditions in CECOT humane?',
      text: 'Noem later met Nayib Bukele, who called conditions in the prison humane.',
      start: 35,
      end: 107,
    },
  ],
};

/** A StaticRange stand-in (happy-dom has no StaticRange). */
export function staticRange(node: Node, start: number, end: number, endNode: Node = node): StaticRange {
  return {
    startContainer: node,
    startOffset: start,
    endContainer: endNode,
    endOffset: end,
    collapsed: start === end && node === endNode,
  } as StaticRange;
}

/**
 * Render ARTICLE as three paragraphs and build highlight items over them, as the lead's
 * `applyHighlights` would (offsets: paragraphs joined with one space).
 */
export function buildPage(doc: Document): { paragraphs: HTMLParagraphElement[]; highlights: HighlightSet } {
  const main = doc.createElement('main');
  const paragraphs = ARTICLE.map((text) => {
    const p = doc.createElement('p');
    p.textContent = text;
    main.append(p);
    return p;
  });
  doc.body.append(main);
  const locate = (offset: number): [Node, number] => {
    let base = 0;
    for (const p of paragraphs) {
      const len = p.textContent!.length;
      if (offset <= base + len) return [p.firstChild!, offset - base];
      base += len + 1;
    }
    throw new Error(`offset ${offset} out of range`);
  };
  const item = (kind: HighlightItem['kind'], id: string, start: number, end: number): HighlightItem => {
    const [sn, so] = locate(start);
    const [en, eo] = locate(end);
    return { kind, id, start, end, range: staticRange(sn, so, eo, en) };
  };
  const items: HighlightItem[] = [
    ...REPORT.disputed.map((d) => item('disputed', d.id, d.start, d.end)),
    ...REPORT.entities.flatMap((e) => e.mentions.map((m) => item(e.type, e.id, m.start, m.end))),
  ];
  return { paragraphs, highlights: { items, drawn: true, shadowRoots: [], clear() {} } };
}
