import { describe, expect, test } from 'vitest';
import { analyzeHtml } from '../../../lib/analysis/analyze-html';
import { spaceOrHyphen, topicPatterns } from '../../../lib/text/pattern-source';
import { scoreTopic } from '../../../lib/detect/topic-score';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { handMadePack } from '../match/hand-made-pack';

const pack = handMadePack();

/** A news page in a typical layout: site nav, the article, a sidebar of other stories, comments. */
function page(o: {
  lang?: string;
  headline: string;
  paragraphs: string[];
  sidebar?: string[];
  ogType?: string;
  jsonLd?: boolean;
}): string {
  const ld =
    o.jsonLd === false
      ? ''
      : `<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(o.headline)}}</script>`;
  return `<!doctype html><html lang="${o.lang ?? 'en'}"><head><title>${o.headline}</title>
<meta property="og:type" content="${o.ogType ?? 'article'}">${ld}</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${o.headline}</h1>${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside class="sidebar"><h2>Most read</h2><ul>${(o.sidebar ?? []).map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></aside>
<section id="comments"><p>Send them all to CECOT, says a reader.</p></section></main>
<footer>© News</footer></body></html>`;
}

const FILLER_EN =
  'Officials gave few other details on Tuesday, and a spokesperson said more information would be released later in the week.';

const onTopic: [string, string][] = [
  [
    'Venezuelans flown to CECOT',
    page({
      headline: 'Venezuelans deported to El Salvador’s CECOT prison under wartime law',
      paragraphs: [
        'The Trump administration flew more than 200 Venezuelan men to El Salvador over the weekend, invoking the Alien Enemies Act to deport people it accused of belonging to Tren de Aragua.',
        'President Nayib Bukele posted a video of the men arriving at the Terrorism Confinement Center, known as CECOT.',
        FILLER_EN,
      ],
    }),
  ],
  [
    'Abrego Garcia ruling in Spanish',
    page({
      lang: 'es',
      headline: 'La Corte Suprema ordena facilitar el regreso de Kilmar Ábrego García',
      paragraphs: [
        'El salvadoreño Kilmar Ábrego García fue deportado por error a El Salvador en marzo y encerrado en el CECOT, según reconoció el propio gobierno.',
        'La jueza Paula Xinis había ordenado su regreso antes de que el caso llegara al alto tribunal.',
      ],
    }),
  ],
  [
    'a short brief on the deal',
    page({
      headline: 'El Salvador offers to jail deportees from the US',
      paragraphs: [
        'President Nayib Bukele said El Salvador would hold deportees of any nationality in its prisons for a fee, after meeting the US secretary of state.',
      ],
    }),
  ],
];

const offTopic: [string, string][] = [
  [
    'an unrelated article whose sidebar is about CECOT',
    page({
      headline: 'City council approves a new budget for the harbor',
      paragraphs: [
        'The council voted 7 to 2 on Monday to spend more on dredging and on a new ferry terminal.',
        FILLER_EN,
        'Residents said the ferry service had been unreliable for years.',
      ],
      sidebar: [
        'Inside CECOT, El Salvador’s mega-prison',
        'Deportation flights to El Salvador resume',
        'Bukele meets Trump',
      ],
    }),
  ],
  [
    'El Salvador’s Bitcoin law',
    page({
      headline: 'El Salvador scales back its Bitcoin law to secure an IMF loan',
      paragraphs: [
        'Lawmakers in El Salvador voted to make Bitcoin acceptance voluntary for businesses, a condition of a $1.4 billion loan from the IMF.',
        'President Nayib Bukele, who made the cryptocurrency legal tender in 2021, said the government would keep buying Bitcoin.',
        'Critics of Bukele have also pointed to his crackdown on gangs and the CECOT prison.',
      ],
    }),
  ],
  [
    'Bukele’s re-election',
    page({
      headline: 'Bukele sworn in for a second term after landslide re-election',
      paragraphs: [
        'Nayib Bukele began a second five-year term as president of El Salvador on Saturday after winning re-election with more than 80 percent of the vote.',
        'The constitution had long been read to bar consecutive terms, and critics said the court ruling that allowed his candidacy weakened term limits.',
        FILLER_EN,
      ],
    }),
  ],
  [
    'Venezuelan TPS',
    page({
      headline: 'Venezuelans lose temporary protected status as court allows TPS to end',
      paragraphs: [
        'Hundreds of thousands of Venezuelans living in the United States could lose their work permits after the Supreme Court allowed the administration to end TPS for them.',
        'Advocates warned that deportations could follow for people who have lived in the country for years.',
        FILLER_EN,
      ],
    }),
  ],
  [
    'deportation flights to other countries',
    page({
      headline: 'US deports hundreds of migrants to Costa Rica and Panama',
      paragraphs: [
        'Flights carrying migrants from Asia and Africa landed in Panama and Costa Rica this week under agreements with the United States.',
        'Officials in Panama said the deportees would be housed in a camp near the Darién jungle while their return home is arranged.',
        FILLER_EN,
      ],
    }),
  ],
  [
    'ICE raids in a US city',
    page({
      headline: 'ICE raids in Chicago lead to hundreds of arrests',
      paragraphs: [
        'Immigration agents carried out raids across Chicago neighborhoods this week, and the National Guard was deployed to protect federal buildings.',
        'Families said relatives were detained at a Home Depot parking lot and feared deportation.',
        FILLER_EN,
      ],
    }),
  ],
  [
    'a state visit that names only the country and its president',
    page({
      headline: 'Bukele hosts Milei in San Salvador to discuss security cooperation',
      paragraphs: [
        'Salvadoran President Nayib Bukele welcomed Argentina’s Javier Milei on Monday for talks on security and trade.',
        'Bukele has become a model for some leaders in the region who admire his crackdown on gangs such as MS-13.',
        'Milei praised El Salvador’s falling homicide rate.',
      ],
    }),
  ],
  [
    'a poll on Bukele’s popularity',
    page({
      headline: 'Bukele approval rating stays above 80 percent, poll finds',
      paragraphs: [
        'A new poll shows Salvadoran President Nayib Bukele remains one of the most popular leaders in the Americas.',
        'Critics in El Salvador say the poll ignores concerns about press freedom.',
      ],
    }),
  ],
  [
    'sport in El Salvador',
    page({
      headline: 'El Salvador beats Honduras in World Cup qualifier',
      paragraphs: [
        'El Salvador beat Honduras 2-1 on Tuesday in San Salvador.',
        'President Nayib Bukele congratulated the team.',
      ],
    }),
  ],
];

describe('topic detection', () => {
  test.each(onTopic)('on topic: %s', (_, html) => {
    const report = analyzeHtml(html, pack);
    expect(report.article).toBe(true);
    expect(report.topic.onTopic, report.topic.reasons.join('; ')).toBe(true);
    expect(report.entities.length).toBeGreaterThan(0);
  });

  test.each(offTopic)('off topic: %s', (_, html) => {
    const report = analyzeHtml(html, pack);
    expect(report.topic.onTopic, report.topic.reasons.join('; ')).toBe(false);
    expect(report.entities).toEqual([]);
    expect(report.disputed).toEqual([]);
  });

  test('a page naming only the country and its president says why it is not the story', () => {
    const report = analyzeHtml(offTopic.find(([name]) => name.startsWith('a state visit'))![1], pack);
    expect(report.topic.reasons).toContain('the story itself is not mentioned');
  });

  test('reasons say which terms counted where', () => {
    const report = analyzeHtml(onTopic[0][1], pack);
    expect(report.topic.reasons).toContain('CECOT in headline (+9)');
    expect(report.topic.reasons.at(-1)).toMatch(/^score [\d.]+ ≥ \d+/);
  });

  test('the headline is not counted again as the lead, even when it wraps', () => {
    const html = page({
      headline: 'Venezuelans held\n   at CECOT',
      paragraphs: ['The Trump administration sent the men to El Salvador under the Alien Enemies Act.', FILLER_EN],
    });
    const reasons = analyzeHtml(html, pack).topic.reasons;
    expect(reasons).toContain('CECOT in headline (+9)');
    expect(reasons.some((r) => r.startsWith('CECOT in lead'))).toBe(false);
  });

  test('Spanish reasons for a Spanish page', () => {
    const report = analyzeHtml(onTopic[1][1], pack);
    expect(report.lang).toBe('es');
    expect(report.topic.reasons.some((r) => r.startsWith('Ábrego García en titular'))).toBe(true);
  });
});

describe('article detection', () => {
  test.each([
    ['JSON-LD NewsArticle', page({ headline: 'CECOT', paragraphs: ['Short.'], ogType: 'website' }), true],
    ['og:type article without JSON-LD', page({ headline: 'CECOT', paragraphs: ['Short.'], jsonLd: false }), true],
    [
      'a listing page of teasers',
      `<html><head><meta property="og:type" content="website"><title>News</title></head><body><main>
       ${Array.from({ length: 6 }, (_, i) => `<article><h2>CECOT story ${i}</h2><p>Teaser about deportations to El Salvador.</p></article>`).join('')}
       </main></body></html>`,
      false,
    ],
    ['a bare page without structure', '<html><body><p>Hello.</p></body></html>', false],
  ])('%s → article %s', (_, html, expected) => {
    expect(analyzeHtml(html, pack).article).toBe(expected);
  });
});

describe('topic signals: a space in a term also matches a hyphen', () => {
  test.each([
    ['Alien Enemies Act', 'under the alien-enemies act', true],
    ['Alien Enemies Act', 'under the alien enemies act', true],
    ['\\bTren de Aragua\\b', 'alleged tren-de-aragua members', true],
    ['\\$ ?6 million', 'a $6-million deal', true],
    ['deportation flights?', 'deportationflights', false],
  ])('/%s/ on "%s" → %s', (pattern, text, expected) => {
    expect(new RegExp(spaceOrHyphen(pattern), 'i').test(text)).toBe(expected);
  });

  test('spaces inside a character class or escaped stay as written', () => {
    expect(spaceOrHyphen('a[ b]c\\ d e')).toBe('a[ b]c\\ d[ -]e');
  });
});

describe('topic signals compiled at build time', () => {
  const shipped = loadCompiledPack();

  test('the shipped pack carries each signal and negative as the scorer would compile it', () => {
    expect(shipped.matcher?.topic).toEqual(topicPatterns(shipped.topic));
    expect(shipped.matcher?.topic?.signals).toHaveLength(shipped.topic.signals.length);
    // Folded and hyphen-tolerant: "megacárcel" is written without its accent, spaces as [ -].
    const mega = shipped.topic.signals.findIndex((s) => s.id === 'mega-prison');
    expect(shipped.matcher!.topic!.signals[mega].source).toContain('megac[aa]rcel');
    expect(shipped.matcher!.topic!.signals[mega].source).toContain('prisi[oo]n[ -]de[ -]m[aa]xima');
  });

  test('scoring with the shipped patterns and with patterns built from a copy gives the same result', () => {
    const texts = {
      headline: 'deportados a el salvador llegan a la megacarcel cecot',
      lead: 'el gobierno de bukele recibio a venezolanos acusados de pertenecer al tren-de-aragua',
      body: 'la ley de enemigos extranjeros de 1798 fue invocada; human rights watch critico el acuerdo de 6 millones de dolares',
    };
    // A copy of the topic: the compiled expressions are cached per topic object.
    const copy = structuredClone(shipped.topic);
    const withTables = scoreTopic(shipped.topic, texts, 'es', shipped.matcher!.topic);
    expect(withTables.onTopic).toBe(true);
    expect(scoreTopic(copy, texts, 'es', topicPatterns(copy))).toEqual(withTables);
  });

  // Case-insensitive signals run lower-cased, without `i` (they compile faster): the case a page
  // writes in changes nothing, and a case-sensitive signal still sees the case.
  test('the case of the text changes nothing for case-insensitive signals', () => {
    const texts = {
      headline: 'Venezuelans Deported To El Salvador Arrive At CECOT',
      lead: 'President Nayib Bukele received men accused of belonging to Tren de Aragua',
      body: 'The Alien Enemies Act of 1798 was invoked; Human Rights Watch criticised the $6 million deal.',
    };
    const result = scoreTopic(shipped.topic, texts, 'en', shipped.matcher!.topic);
    expect(result.onTopic).toBe(true);
    const upper = {
      headline: texts.headline.toUpperCase(),
      lead: texts.lead.toUpperCase(),
      body: texts.body.toUpperCase(),
    };
    const shouting = scoreTopic(shipped.topic, upper, 'en', shipped.matcher!.topic);
    expect(shouting.score).toBe(result.score);
    expect(shouting.matched).toEqual(result.matched);
    const sensitive = structuredClone(shipped.topic);
    sensitive.signals = [{ ...sensitive.signals[0], pattern: 'CECOT', caseSensitive: true }];
    sensitive.negatives = [];
    sensitive.cooccurrence = [];
    const hits = (t: typeof texts) => scoreTopic(sensitive, t, 'en', topicPatterns(sensitive)).matched?.length ?? 0;
    expect(hits(texts)).toBeGreaterThan(0);
    expect(hits({ ...texts, headline: texts.headline.toLowerCase() })).toBeLessThan(hits(texts));
  });

  // Lower-casing a pattern is done when the pack is built: in a fresh tab it cost more than matching.
  test('the shipped patterns are lower-cased at build time, and one that cannot be keeps `i`', () => {
    const all = [...shipped.matcher!.topic!.signals, ...shipped.matcher!.topic!.negatives];
    const insensitive = [...shipped.topic.signals, ...shipped.topic.negatives].map((s) => !s.caseSensitive);
    all.forEach((pattern, i) => {
      expect(pattern.flags).not.toContain('i');
      expect(pattern.lower === true).toBe(insensitive[i]);
    });
    const [cased] = topicPatterns({ signals: [{ pattern: '\\p{Lu}ECOT' }], negatives: [] }).signals;
    expect(cased).toEqual({ source: '\\p{Lu}ECOT', flags: 'giu' });
    const casedTopic = {
      ...shipped.topic,
      signals: [{ ...shipped.topic.signals[0], pattern: '\\p{Lu}ECOT' }],
      negatives: [],
    };
    const upper = scoreTopic(casedTopic, { headline: 'CECOT', lead: '', body: '' }, 'en', topicPatterns(casedTopic));
    expect(upper.matched).toEqual([{ signal: shipped.topic.signals[0].id, place: 'headline' }]);
  });
});
