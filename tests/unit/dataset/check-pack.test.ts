/**
 * The pack checker, one rule at a time: each row breaks the minimal valid pack in
 * `tests/fixtures/packs/valid/` in one way and lists every line the checker must print for it, so a
 * rule that stops firing (or starts firing on something else) fails its row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
  checkPack,
  checkPackDir,
  collisionKey,
  formatJsonPath,
  formatProblem,
  formatStats,
  inspectPack,
  inspectPackDir,
  type PackFileText,
} from '../../../lib/dataset/check/index';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { backstoryPack, packModule } from '../../../scripts/vite-plugin-pack';

const PACKS = resolve(import.meta.dirname, '../../fixtures/packs');
const VALID_DIR = join(PACKS, 'valid');
const BROKEN_DIR = join(PACKS, 'broken');

// Loosely typed on purpose: the rows below write whatever broken shapes they need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type PackJson = Record<string, Json>;

function validPackJson(): PackJson {
  return Object.fromEntries(
    readdirSync(VALID_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, JSON.parse(readFileSync(join(VALID_DIR, f), 'utf8')) as Json]),
  );
}

function toTexts(files: PackJson, raw: Record<string, string> = {}): PackFileText[] {
  const texts = Object.entries(files).map(([name, json]) => ({ name, text: JSON.stringify(json, null, 2) }));
  return [...texts.filter((t) => !(t.name in raw)), ...Object.entries(raw).map(([name, text]) => ({ name, text }))];
}

/** Check the valid pack after `mutate` has broken it; returns the printed lines. */
function linesAfter(mutate: (files: PackJson) => void | Record<string, string>): string[] {
  const files = validPackJson();
  const raw = mutate(files) ?? {};
  return checkPack(toTexts(files, raw)).map(formatProblem);
}

const LONG_EN = 'The facility holds people transferred from the United States in 2025.';
const EXPECT_MISSING_ES = 'missing Spanish text: every reader-visible string needs both languages';

interface Row {
  rule: string;
  mutate: (f: PackJson) => void | Record<string, string>;
  expected: (string | RegExp)[];
}

const ROWS: Row[] = [
  // --- source policy
  {
    rule: 'a staging host from the list is rejected',
    mutate: (f) => {
      f['sources.json'].sources[0].url = 'https://prod-www.startribune.com/2025/03/16/flights';
    },
    expected: [
      'sources.json: sources[0].url: host "prod-www.startribune.com" is a staging or preview server; cite the publisher\'s canonical host',
    ],
  },
  {
    rule: 'a preview host is rejected by its shape',
    mutate: (f) => {
      f['sources.json'].sources[1].via.url = 'https://preview.example.org/tribunal';
    },
    expected: [
      'sources.json: sources[1].via.url: host "preview.example.org" looks like a staging or preview server (/^preview\\./); cite the publisher\'s canonical host',
    ],
  },
  {
    rule: 'a CMS origin host is rejected',
    mutate: (f) => {
      f['sources.json'].sources[0].url = 'https://example.go-vip.net/2025/03/16/flights';
    },
    expected: [
      'sources.json: sources[0].url: host "example.go-vip.net" looks like a staging or preview server (/\\.go-vip\\.(net|co)$/); cite the publisher\'s canonical host',
    ],
  },
  {
    rule: 'a date in the URL path must agree with the source date',
    mutate: (f) => {
      f['sources.json'].sources[0].date = '2025-03-15';
    },
    expected: ['sources.json: sources[0].date: date 2025-03-15 disagrees with the date 2025-03-16 in the URL path'],
  },
  {
    rule: 'a written title must be marked descriptive',
    mutate: (f) => {
      f['sources.json'].sources[0].title = 'Report on the March flights';
    },
    expected: [
      'sources.json: sources[0].title: "Report on the March flights" reads as a description, not a headline; mark it "titleKind": "descriptive" or use the real headline',
    ],
  },
  {
    rule: 'a title marked descriptive passes',
    mutate: (f) => {
      f['sources.json'].sources[0].title = 'Report on the March flights';
      f['sources.json'].sources[0].titleKind = 'descriptive';
    },
    expected: [],
  },
  // --- passage links
  {
    rule: 'a passage fragment side longer than eight words',
    mutate: (f) => {
      f['entities.json'].entities[0].facts[0].sources[0] = {
        source: 'wire-2025-03-16',
        passage: 'one two three four five six seven eight nine',
        checked: '2025-06-30',
      };
    },
    expected: [
      'entities.json: entities[0].facts[0].sources[0].passage: each side of a passage fragment needs 1–8 words and at most 80 characters',
    ],
  },
  {
    rule: 'a passage fragment with a newline or three parts',
    mutate: (f) => {
      f['timeline.json'].timeline[0].sources[0] = {
        source: 'wire-2025-03-16',
        passage: 'a,b,c',
        checked: '2025-06-30',
      };
      f['entities.json'].entities[0].facts[0].sources[0] = {
        source: 'wire-2025-03-16',
        passage: 'a\nb',
        checked: '2025-06-30',
      };
    },
    expected: [
      'entities.json: entities[0].facts[0].sources[0].passage: a passage fragment must not contain a newline',
      'timeline.json: timeline[0].sources[0].passage: a passage fragment is "start words" or "start words,end words"',
    ],
  },
  {
    rule: 'a passage link without a check date, and one naming an unknown source',
    mutate: (f) => {
      f['entities.json'].entities[0].facts[0].sources[0] = {
        source: 'nowhere',
        passage: 'start words',
        checked: '2025-06-30',
      };
      f['entities.json'].entities[0].facts[1].sources[0] = { source: 'wire-2025-03-16', passage: 'start words' };
    },
    expected: [
      'entities.json: entities[0].facts[1].sources[0]: citation object: missing required field "checked"',
      'entities.json: entities[0].facts[0].sources[0].source: unknown source "nowhere"',
    ],
  },
  // --- files and sections
  {
    rule: 'a JSON syntax error gives the file, line and column',
    mutate: () => ({ 'timeline.json': '{\n  "timeline": [\n    { "id": "x", }\n  ]\n}\n' }),
    expected: [
      'timeline: missing: no file in the pack defines "timeline"',
      'timeline.json: invalid JSON at line 3, column 18: Expected double-quoted property name',
    ],
  },
  {
    rule: 'a syntax error V8 reports without an offset is still located',
    mutate: () => ({ 'timeline.json': '{\n  "timeline": [\n    { "id": nope }\n  ]\n}\n' }),
    expected: [
      'timeline: missing: no file in the pack defines "timeline"',
      "timeline.json: invalid JSON at line 3, column 14: Unexpected token 'o'",
    ],
  },
  {
    rule: 'a truncated file is located at its end',
    mutate: () => ({ 'timeline.json': '{\n  "timeline": [' }),
    expected: [
      'timeline: missing: no file in the pack defines "timeline"',
      /^timeline\.json: invalid JSON at line 2, column 16: /,
    ],
  },
  {
    rule: 'an unknown top-level section is named',
    mutate: (f) => {
      f['sources.json'].extras = [];
    },
    expected: [
      'sources.json: extras: unknown top-level section; expected one of meta, sources, entities, claims, timeline, topic',
    ],
  },
  {
    rule: 'an array section that is not an array is rejected',
    mutate: (f) => {
      f['timeline.json'].timeline = {};
    },
    expected: [
      'timeline: missing: no file in the pack defines "timeline"',
      'timeline.json: timeline: expected an array, found an object',
    ],
  },
  {
    rule: 'a file that is not an object is rejected',
    mutate: () => ({ 'extra.json': '[]' }),
    expected: [
      'extra.json: expected an object whose keys are pack sections (meta, sources, entities, claims, timeline, topic)',
    ],
  },
  {
    rule: 'meta defined in two files',
    mutate: (f) => {
      f['topic.json'].meta = f['meta.json'].meta;
    },
    expected: ['topic.json: meta: "meta" is already defined in meta.json; a pack has exactly one'],
  },
  {
    rule: 'a missing section is a pack-wide problem',
    mutate: (f) => {
      delete f['topic.json'];
    },
    expected: ['topic: missing: no file in the pack defines "topic"'],
  },
  // --- schema (zod), mapped to file-local paths
  {
    rule: 'fewer than 3 facts',
    mutate: (f) => {
      f['entities.json'].entities[1].facts.pop();
    },
    expected: ['entities.json: entities[1].facts: expected at least 3 items, found 2'],
  },
  {
    rule: 'more than 6 facts',
    mutate: (f) => {
      const facts = f['entities.json'].entities[0].facts;
      facts.push(...facts, facts[0]);
    },
    expected: ['entities.json: entities[0].facts: expected at most 6 items, found 7'],
  },
  {
    rule: 'a summary over 400 characters',
    mutate: (f) => {
      f['entities.json'].entities[0].summary.en = 'x'.repeat(401);
    },
    expected: ['entities.json: entities[0].summary.en: too long: 401 characters, at most 400'],
  },
  {
    rule: 'fewer than 2 positions',
    mutate: (f) => {
      f['claims.json'].claims[0].positions.pop();
    },
    expected: ['claims.json: claims[0].positions: expected at least 2 items, found 1'],
  },
  {
    rule: 'a reader-visible string without Spanish',
    mutate: (f) => {
      delete f['timeline.json'].timeline[0].text.es;
    },
    expected: [`timeline.json: timeline[0].text.es: ${EXPECT_MISSING_ES}`],
  },
  {
    rule: 'a reader-visible string that is blank',
    mutate: (f) => {
      f['claims.json'].claims[0].positions[1].summary.en = '   ';
    },
    expected: ['claims.json: claims[0].positions[1].summary.en: empty after trimming'],
  },
  {
    rule: 'an unknown entity type',
    mutate: (f) => {
      f['entities.json'].entities[0].type = 'prison';
    },
    expected: [/^entities\.json: entities\[0\]\.type: Invalid option: expected one of "person"\|/],
  },
  {
    rule: 'a malformed date',
    mutate: (f) => {
      f['entities.json'].entities[0].facts[2].date = '01/04/2025';
    },
    expected: ['entities.json: entities[0].facts[2].date: expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)'],
  },
  {
    rule: 'an id that is not kebab-case',
    mutate: (f) => {
      f['timeline.json'].timeline[0].id = 'First_Flight';
    },
    expected: ['timeline.json: timeline[0].id: expected a kebab-case id'],
  },
  {
    rule: 'an http: source URL',
    mutate: (f) => {
      f['sources.json'].sources[0].url = 'http://example.org/2025/03/16/flights';
    },
    expected: ['sources.json: sources[0].url: only https: URLs are allowed'],
  },
  {
    rule: 'an http: mirror URL',
    mutate: (f) => {
      f['sources.json'].sources[1].via.url = 'http://mirror.example.org/tribunal';
    },
    expected: ['sources.json: sources[1].via.url: only https: URLs are allowed'],
  },
  {
    rule: 'an element in a second file keeps that file and its own index',
    mutate: (f) => {
      const extra = structuredClone(f['timeline.json'].timeline[0]);
      extra.id = 'second-event';
      delete extra.sources;
      f['timeline-more.json'] = { timeline: [extra] };
    },
    expected: ['timeline-more.json: timeline[0].sources: missing required field "sources"'],
  },
  {
    rule: 'a misspelt optional field (zod would drop it silently)',
    mutate: (f) => {
      f['entities.json'].entities[1].names.en.aliases[1].requiresPrior = true;
      f['timeline.json'].timeline[0].endate = '2025-03-17';
    },
    expected: [
      'entities.json: entities[1].names.en.aliases[1].requiresPrior: unknown field; expected one of text, caseSensitive, wholeWord, excludeBefore, excludeAfter, requiresPriorMention',
      'timeline.json: timeline[0].endate: unknown field; expected one of id, date, endDate, approximate, text, sources, related',
    ],
  },
  // --- duplicate ids
  {
    rule: 'a duplicate source id',
    mutate: (f) => {
      f['sources.json'].sources.push(structuredClone(f['sources.json'].sources[0]));
    },
    expected: [
      'sources.json: sources[2].id: duplicate source id "wire-2025-03-16" (first defined at sources.json: sources[0].id)',
    ],
  },
  {
    rule: 'a duplicate entity id across files',
    mutate: (f) => {
      f['zz-more-entities.json'] = { entities: [structuredClone(f['entities.json'].entities[0])] };
    },
    expected: [
      'zz-more-entities.json: entities[0].id: duplicate entity id "alpha-prison" (first defined at entities.json: entities[0].id)',
    ],
  },
  {
    rule: 'a duplicate claim id',
    mutate: (f) => {
      f['claims.json'].claims.push(structuredClone(f['claims.json'].claims[0]));
    },
    expected: [
      'claims.json: claims[1].id: duplicate claim id "flight-timing" (first defined at claims.json: claims[0].id)',
    ],
  },
  {
    rule: 'a duplicate timeline event id',
    mutate: (f) => {
      f['timeline.json'].timeline.push(structuredClone(f['timeline.json'].timeline[0]));
    },
    expected: [
      'timeline.json: timeline[1].id: duplicate timeline event id "first-flight" (first defined at timeline.json: timeline[0].id)',
    ],
  },
  {
    rule: 'a duplicate topic signal id (signals and negatives share ids)',
    mutate: (f) => {
      f['topic.json'].topic.negatives[0].id = 'flights';
    },
    expected: [
      'topic.json: topic.negatives[0].id: duplicate topic signal id "flights" (first defined at topic.json: topic.signals[1].id)',
    ],
  },
  // --- references
  {
    rule: 'a fact citing an unknown source',
    mutate: (f) => {
      f['entities.json'].entities[1].facts[2].sources[0] = 'ap-2025-03-16';
    },
    expected: ['entities.json: entities[1].facts[2].sources[0]: unknown source "ap-2025-03-16"'],
  },
  {
    rule: 'a role citing an unknown source',
    mutate: (f) => {
      f['entities.json'].entities[1].roles[0].sources.push('nowhere');
    },
    expected: ['entities.json: entities[1].roles[0].sources[1]: unknown source "nowhere"'],
  },
  {
    rule: 'a position citing an unknown source',
    mutate: (f) => {
      f['claims.json'].claims[0].positions[0].sources = ['nowhere'];
    },
    expected: ['claims.json: claims[0].positions[0].sources[0]: unknown source "nowhere"'],
  },
  {
    rule: 'a timeline event citing an unknown source',
    mutate: (f) => {
      f['timeline.json'].timeline[0].sources.push('nowhere');
    },
    expected: ['timeline.json: timeline[0].sources[1]: unknown source "nowhere"'],
  },
  {
    rule: 'an entity related to an unknown entity',
    mutate: (f) => {
      f['entities.json'].entities[0].related.push('gamma');
    },
    expected: ['entities.json: entities[0].related[1]: unknown entity "gamma"'],
  },
  {
    rule: 'a position held by an unknown entity',
    mutate: (f) => {
      f['claims.json'].claims[0].positions[1].holderEntities = ['judge-beta'];
    },
    expected: ['claims.json: claims[0].positions[1].holderEntities[0]: unknown entity "judge-beta"'],
  },
  {
    rule: 'a claim related to an unknown entity',
    mutate: (f) => {
      f['claims.json'].claims[0].related = ['gamma'];
    },
    expected: ['claims.json: claims[0].related[0]: unknown entity "gamma"'],
  },
  {
    rule: 'a timeline event related to an unknown entity',
    mutate: (f) => {
      f['timeline.json'].timeline[0].related = ['alpha-prison', 'gamma'];
    },
    expected: ['timeline.json: timeline[0].related[1]: unknown entity "gamma"'],
  },
  {
    rule: 'a topic anchor naming no signal',
    mutate: (f) => {
      f['topic.json'].topic.anchors = ['alpha', 'football'];
    },
    expected: ['topic.json: topic.anchors[1]: unknown signal "football"'],
  },
  {
    rule: 'a co-occurrence rule naming no signal',
    mutate: (f) => {
      f['topic.json'].topic.cooccurrence[0].all[1] = 'flight';
    },
    expected: ['topic.json: topic.cooccurrence[0].all[1]: unknown signal "flight"'],
  },
  {
    rule: 'a source nobody cites',
    mutate: (f) => {
      f['sources.json'].sources.push({ ...f['sources.json'].sources[0], id: 'unused-2025' });
    },
    expected: ['sources.json: sources[2]: source "unused-2025" is never cited'],
  },
  // --- bilingual text
  {
    rule: 'long text identical in English and Spanish',
    mutate: (f) => {
      f['entities.json'].entities[0].facts[1].text = { en: LONG_EN, es: LONG_EN };
    },
    expected: ['entities.json: entities[0].facts[1].text: not translated: the English and Spanish texts are identical'],
  },
  {
    rule: 'a long untranslated summary',
    mutate: (f) => {
      f['entities.json'].entities[1].summary.es = f['entities.json'].entities[1].summary.en = LONG_EN;
    },
    expected: ['entities.json: entities[1].summary: not translated: the English and Spanish texts are identical'],
  },
  {
    rule: 'a blank summary (zod does not trim summaries)',
    mutate: (f) => {
      f['entities.json'].entities[1].summary.es = ' \n ';
    },
    expected: ['entities.json: entities[1].summary.es: empty after trimming'],
  },
  {
    rule: 'a blank canonical name',
    mutate: (f) => {
      f['entities.json'].entities[0].names.es.canonical = '  ';
    },
    expected: ['entities.json: entities[0].names.es.canonical: empty after trimming'],
  },
  // --- dates
  {
    rule: 'a fact dated after the review date',
    mutate: (f) => {
      f['entities.json'].entities[0].facts[0].date = '2025-07-01';
    },
    expected: [
      "entities.json: entities[0].facts[0].date: date 2025-07-01 is after the pack's review date 2025-06-30 (meta.reviewedAt)",
    ],
  },
  {
    rule: 'a month after the review date',
    mutate: (f) => {
      f['sources.json'].sources[1].date = '2025-07';
      f['sources.json'].sources[1].url = 'https://example.org/tribunal';
    },
    expected: [
      "sources.json: sources[1].date: date 2025-07 is after the pack's review date 2025-06-30 (meta.reviewedAt)",
    ],
  },
  {
    rule: 'a timeline end date after the review date',
    mutate: (f) => {
      f['timeline.json'].timeline[0].endDate = '2026';
    },
    expected: [
      "timeline.json: timeline[0].endDate: endDate 2026 is after the pack's review date 2025-06-30 (meta.reviewedAt)",
    ],
  },
  {
    rule: 'a position and a claim status after the review date',
    mutate: (f) => {
      f['claims.json'].claims[0].positions[0].date = '2025-12-01';
      f['claims.json'].claims[0].status.date = '2025-12-01';
    },
    expected: [
      "claims.json: claims[0].positions[0].date: date 2025-12-01 is after the pack's review date 2025-06-30 (meta.reviewedAt)",
      "claims.json: claims[0].status.date: date 2025-12-01 is after the pack's review date 2025-06-30 (meta.reviewedAt)",
    ],
  },
  {
    rule: 'a fact ending before it starts',
    mutate: (f) => {
      f['entities.json'].entities[0].facts[1].endDate = '2025-02-28';
    },
    expected: ['entities.json: entities[0].facts[1].endDate: endDate 2025-02-28 is before date 2025-03'],
  },
  {
    rule: 'a role ending before it starts',
    mutate: (f) => {
      f['entities.json'].entities[1].roles[0].to = '2019-12';
    },
    expected: ['entities.json: entities[1].roles[0].to: to 2019-12 is before from 2020'],
  },
  {
    rule: 'a day that does not exist',
    mutate: (f) => {
      f['timeline.json'].timeline[0].date = '2025-02-30';
    },
    expected: ['timeline.json: timeline[0].date: 2025-02-30 is not a calendar date'],
  },
  // --- aliases
  {
    rule: 'one alias naming two entities, case folded',
    mutate: (f) => {
      f['entities.json'].entities[1].names.en.aliases.push({ text: 'ALPHA  prison' });
    },
    expected: [
      'entities.json: entities[1].names.en.aliases[2].text: alias "ALPHA  prison" of entity "beta-judge" collides with an alias of entity "alpha-prison" (entities.json: entities[0].names.en.aliases[0].text)',
    ],
  },
  {
    rule: 'one alias naming two entities, diacritics folded, across languages',
    mutate: (f) => {
      f['entities.json'].entities[1].names.en.aliases.push({ text: 'Carcel Alfa' });
    },
    expected: [
      'entities.json: entities[1].names.en.aliases[2].text: alias "Carcel Alfa" of entity "beta-judge" collides with an alias of entity "alpha-prison" (entities.json: entities[0].names.es.aliases[0].text)',
    ],
  },
  // --- patterns
  {
    rule: 'a claim trigger that does not compile',
    mutate: (f) => {
      f['claims.json'].claims[0].triggers.en.push('(flights');
    },
    expected: [
      'claims.json: claims[0].triggers.en[1]: pattern does not compile with flags "iu": Invalid regular expression: /(flights/iu: Unterminated group',
    ],
  },
  {
    rule: 'a claim context pattern invalid only in unicode mode',
    mutate: (f) => {
      f['claims.json'].claims[0].context.es = ['juez\\-a'];
    },
    expected: [
      /^claims\.json: claims\[0\]\.context\.es\[0\]: pattern does not compile with flags "iu": Invalid regular expression: /,
    ],
  },
  {
    rule: 'a claim that narrows an unknown claim, with a pattern that does not compile',
    mutate: (f) => {
      f['claims.json'].claims[0].narrows = {
        claim: 'no-such-claim',
        group: { en: ['(men'], es: [] },
        single: { en: [], es: [] },
      };
    },
    expected: [
      /^claims\.json: claims\[0\]\.narrows\.group\.en\[0\]: pattern does not compile with flags "iu": /,
      'claims.json: claims[0].narrows.claim: unknown claim "no-such-claim"',
    ],
  },
  {
    rule: 'a topic signal pattern that does not compile',
    mutate: (f) => {
      f['topic.json'].topic.signals[0].pattern = '[Alpha';
    },
    expected: [/^topic\.json: topic\.signals\[0\]\.pattern: pattern does not compile with flags "iu": /],
  },
  {
    rule: 'a negative signal pattern that does not compile',
    mutate: (f) => {
      f['topic.json'].topic.negatives[0].pattern = 'foot*+ball';
    },
    expected: [/^topic\.json: topic\.negatives\[0\]\.pattern: pattern does not compile with flags "iu": /],
  },
  {
    rule: 'a gate term that is not lowercase',
    mutate: (f) => {
      f['topic.json'].topic.gateTerms.push('Alpha');
    },
    expected: ['topic.json: topic.gateTerms[2]: gate term "Alpha" must be lowercase'],
  },
];

describe('checkPack rules', () => {
  test('the minimal valid pack has no problems', () => {
    expect(checkPackDir(VALID_DIR)).toEqual([]);
  });

  test.each(ROWS)('$rule', ({ mutate, expected }) => {
    const lines = linesAfter(mutate);
    expect(lines).toEqual(expected.map((e) => (typeof e === 'string' ? e : expect.stringMatching(e))));
  });

  test('an empty folder is a problem, not a crash', () => {
    const lines = checkPack([]).map(formatProblem);
    expect(lines[0]).toBe('the pack has no JSON files');
    expect(lines).toContain('meta: missing: no file in the pack defines "meta"');
  });

  test('one broken entity does not hide reference errors in the others', () => {
    const lines = linesAfter((f) => {
      f['entities.json'].entities[0].facts = [];
      f['entities.json'].entities[1].related = ['gamma'];
    });
    expect(lines).toEqual([
      'entities.json: entities[0].facts: expected at least 3 items, found 0',
      'entities.json: entities[1].related[0]: unknown entity "gamma"',
    ]);
  });
});

describe('passage rule', () => {
  test('off: bare citations are one warning with their count; on: each is an error', () => {
    const files = toTexts(validPackJson());
    const off = inspectPack(files);
    expect(off.problems).toEqual([]);
    expect(off.warnings.map(formatProblem)).toEqual(['9 of 10 citations have no passage fragment and check date yet']);
    const on = checkPack(files, { requirePassages: true }).map(formatProblem);
    expect(on).toHaveLength(9);
    expect(on[0]).toBe(
      'claims.json: claims[0].positions[0].sources[0]: citation of "wire-2025-03-16" has no passage fragment (or passageUnavailable reason) and check date',
    );
  });

  test('a citation marked passageUnavailable with a reason is accepted, and counted apart', () => {
    const files = validPackJson();
    const refs = files['entities.json'].entities[0].facts[0].sources;
    refs[0] = { source: refs[0], passageUnavailable: 'paywalled; no stored copy of the text', checked: '2026-12-05' };
    const { problems, stats } = inspectPack(toTexts(files));
    expect(problems).toEqual([]);
    expect(stats.referencesPassageUnavailable).toBe(1);
    expect(formatStats(stats)).toContain('(1 more marked passage unavailable)');
  });

  test('a citation object needs exactly one of passage and passageUnavailable, and a real reason', () => {
    const files = validPackJson();
    const refs = files['entities.json'].entities[0].facts[0].sources;
    const id = refs[0];
    refs[0] = { source: id, passage: 'start words', passageUnavailable: 'paywalled page', checked: '2026-12-05' };
    files['entities.json'].entities[0].facts[1].sources[0] = { source: id, checked: '2026-12-05' };
    files['entities.json'].entities[0].facts[2].sources[0] = {
      source: id,
      passageUnavailable: 'n/a',
      checked: '2026-12-05',
    };
    const lines = checkPack(toTexts(files)).map(formatProblem);
    expect(lines).toContain(
      'entities.json: entities[0].facts[0].sources[0]: a citation object needs either a passage or a passageUnavailable reason (not both)',
    );
    expect(lines).toContain(
      'entities.json: entities[0].facts[1].sources[0]: a citation object needs either a passage or a passageUnavailable reason (not both)',
    );
    expect(lines.some((l) => l.startsWith('entities.json: entities[0].facts[2].sources[0].passageUnavailable:'))).toBe(
      true,
    );
  });

  test('a mirror standing in as the source URL is a warning naming the file and path', () => {
    const files = validPackJson();
    files['sources.json'].sources[1].url = files['sources.json'].sources[1].via.url;
    const { warnings } = inspectPack(toTexts(files));
    expect(warnings.map(formatProblem)).toContain(
      "sources.json: sources[1].url: the URL is the mirror's (Mirror Example); cite the original's canonical URL and keep the mirror as via",
    );
  });

  test('a mirror URL kept with a recorded reason is counted, not warned about', () => {
    const files = validPackJson();
    files['sources.json'].sources[1].url = files['sources.json'].sources[1].via.url;
    files['sources.json'].sources[1].via.canonicalUnavailable = 'the original page is not among the stored pages';
    const { warnings, problems, stats } = inspectPack(toTexts(files));
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem).some((l) => l.includes("the URL is the mirror's"))).toBe(false);
    expect(stats.sourcesMirrorWithReason).toBe(1);
    expect(formatStats(stats)).toContain(
      'mirror URLs kept, with the reason the original could not be cited: 1 of 2 sources',
    );
  });

  test('a mirror reason must say something', () => {
    const files = validPackJson();
    files['sources.json'].sources[1].via.canonicalUnavailable = 'n/a';
    const lines = checkPack(toTexts(files)).map(formatProblem);
    expect(lines.some((l) => l.startsWith('sources.json: sources[1].via.canonicalUnavailable:'))).toBe(true);
  });
});

describe('summary figures', () => {
  test('the valid pack is counted', () => {
    const { problems, stats, pack } = inspectPackDir(VALID_DIR);
    expect(problems).toEqual([]);
    expect(pack?.meta.id).toBe('mini');
    expect(stats).toEqual({
      entities: 2,
      claims: 1,
      timelineEvents: 1,
      sources: 2,
      facts: 6,
      factsSourcedPercent: 100,
      readerStrings: 24,
      bilingualPercent: 100,
      references: 10,
      referencesWithPassage: 1,
      referencesPassageUnavailable: 0,
    });
  });
});

describe('helpers', () => {
  test.each([
    [['entities', 4, 'facts', 2, 'sources', 0], 'entities[4].facts[2].sources[0]'],
    [['topic', 'signals', 0, 'pattern'], 'topic.signals[0].pattern'],
    [['meta', 'odd key'], 'meta["odd key"]'],
    [[], ''],
  ] as const)('formatJsonPath(%j) is %s', (segments, expected) => {
    expect(formatJsonPath(segments)).toBe(expected);
  });

  test.each([
    ['Cárcel  Alfa', 'carcelalfa'],
    ['ICE', 'ice'],
    [' Nayib Bukele ', 'nayibbukele'],
    ['MS-13', 'ms13'],
  ])('collisionKey(%j) is %j', (text, expected) => {
    expect(collisionKey(text)).toBe(expected);
  });
});

describe('build integration', () => {
  // `broken/` is the valid pack with an uncited source, an unknown source and an http: URL.
  const BROKEN_LINES = [
    'entities.json: entities[1].facts[2].sources[0]: unknown source "ap-2025-03-16"',
    'sources.json: sources[0].url: only https: URLs are allowed',
    'sources.json: sources[2]: source "unused-2025" is never cited',
  ];

  test('the broken fixture reports exactly its three problems', () => {
    expect(checkPackDir(BROKEN_DIR).map(formatProblem).sort()).toEqual(BROKEN_LINES);
  });

  test('loadCompiledPack compiles a valid pack', () => {
    const compiled = loadCompiledPack(VALID_DIR);
    expect(Object.keys(compiled.sources)).toEqual(['wire-2025-03-16', 'diario-2025-04-01']);
    expect(compiled.entities.map((e) => e.id)).toEqual(['alpha-prison', 'beta-judge']);
  });

  test('loadCompiledPack throws with every problem and its path', () => {
    expect(() => loadCompiledPack(BROKEN_DIR)).toThrowError(
      new RegExp(`\\(3 problems\\):\\n${BROKEN_LINES.map(escapeRegExp).join('|')}`),
    );
    let message = '';
    try {
      loadCompiledPack(BROKEN_DIR);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const line of BROKEN_LINES) expect(message).toContain(line);
  });

  test('the bundled pack equals the compiled one, and only the gate terms are parsed up front', () => {
    const compiled = loadCompiledPack();
    const code = packModule(compiled).replace('export default', 'return');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const pack = new Function(code)() as typeof compiled;
      expect(parse).toHaveBeenCalledTimes(1);
      expect(pack.topic).toEqual(compiled.topic);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(pack.entities).toEqual(compiled.entities);
      expect(parse).toHaveBeenCalledTimes(2);
      expect(JSON.parse(JSON.stringify(pack))).toEqual(JSON.parse(JSON.stringify(compiled)));
      // Parsed once: the same objects every time.
      expect(pack.claims).toBe(pack.claims);
    } finally {
      parse.mockRestore();
    }
  });

  test('the Vite pack plugin fails the build with the checker messages', () => {
    const plugin = backstoryPack(BROKEN_DIR);
    const load = plugin.load as (this: unknown, id: string) => unknown;
    const context = { addWatchFile: () => undefined };
    expect(() => load.call(context, '\0virtual:backstory-pack')).toThrowError(BROKEN_LINES[0]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
