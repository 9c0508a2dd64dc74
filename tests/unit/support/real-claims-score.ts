/**
 * Scoring of the real-claims set (tests/fixtures/real-claims): each article's excerpted paragraphs
 * are matched as one text, after a short on-topic headline and standfirst, one block per paragraph (its sentences
 * joined with a space, in order), as they sit in the article; a sentence is predicted to carry a
 * claim when a hit of that claim overlaps it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledPack } from '../../../lib/pack/compiled';
import { matchClaims } from '../../../lib/match/claims';
import { getRuntime } from '../../../lib/match/runtime';
import { Tally } from './accuracy-score';

export const REAL_CLAIMS_DIR = resolve(import.meta.dirname, '../../fixtures/real-claims');

export interface RealParagraph {
  article: string;
  url: string;
  lang: 'en' | 'es';
  paragraph: number;
  sentences: { text: string; claims: string[] }[];
}

/** An on-topic story context: the kind of headline the excerpted articles carry. */
export const STORY_HEADLINE = {
  en: 'US deportations to El Salvador: the men sent to the CECOT prison',
  es: 'Deportaciones de EE. UU. a El Salvador: los hombres enviados al CECOT',
} as const;

/**
 * And the kind of standfirst under it. A page about the story names it in several blocks, which is
 * what the story test asks of a page before it links a paragraph that does not name the story
 * itself; an excerpt of one or two paragraphs would otherwise be judged as a page that mentions the
 * story once.
 */
export const STORY_STANDFIRST = {
  en: 'The Venezuelan and Salvadoran men were flown from the United States to the prison in El Salvador.',
  es: 'Los venezolanos y salvadoreños fueron trasladados desde Estados Unidos a la cárcel en El Salvador.',
} as const;

export function readPart(part: 'tune' | 'test', lang: 'en' | 'es'): RealParagraph[] {
  const file = resolve(REAL_CLAIMS_DIR, part, `${lang}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealParagraph);
}

/**
 * One article's excerpted paragraphs as the engine reads a page: the story's headline and standfirst,
 * then each paragraph a block of its own; with each sentence's offsets in that text.
 */
export function articleText(list: readonly RealParagraph[]): {
  text: string;
  spans: { start: number; end: number }[][];
} {
  let text = `${STORY_HEADLINE[list[0].lang]}\n${STORY_STANDFIRST[list[0].lang]}`;
  const spans = list.map((p) =>
    p.sentences.map((sentence, i) => {
      text += i > 0 ? ' ' : '\n';
      const start = text.length;
      text += sentence.text;
      return { start, end: text.length };
    }),
  );
  return { text, spans };
}

export interface PartScore {
  overall: Tally;
  perClaim: Map<string, Tally>;
  sentences: number;
  articles: number;
  /** Misses and extras with their sentence, only collected when asked (the tuning part). */
  notes: string[];
}

/** Score paragraphs; `withNotes` lists misses and extras (only ever for the tuning part). */
export function scoreParagraphs(paragraphs: RealParagraph[], pack: CompiledPack, withNotes: boolean): PartScore {
  const runtime = getRuntime(pack);
  const s: PartScore = {
    overall: new Tally(),
    perClaim: new Map(),
    sentences: 0,
    articles: new Set(paragraphs.map((p) => p.article)).size,
    notes: [],
  };
  // An article's excerpted paragraphs are matched together, in order, as the blocks of one page:
  // the story test then sees what it sees on a real article (several blocks naming the story), and
  // a subject is still never carried from one paragraph to the next.
  const articles = new Map<string, RealParagraph[]>();
  for (const p of paragraphs) {
    const list = articles.get(p.article) ?? [];
    list.push(p);
    articles.set(p.article, list);
  }
  for (const list of articles.values()) {
    list.sort((a, b) => a.paragraph - b.paragraph);
    const { text, spans } = articleText(list);
    const hits = matchClaims(text, runtime, pack, list[0].lang);
    list.forEach((p, pi) =>
      p.sentences.forEach((sentence, i) => {
        s.sentences++;
        const { start, end } = spans[pi][i];
        const got = new Set(hits.filter((h) => h.start < end && h.end > start).map((h) => h.id));
        const want = new Set(sentence.claims);
        for (const id of new Set([...got, ...want])) {
          const t = s.perClaim.get(id) ?? new Tally();
          s.perClaim.set(id, t);
          const kind = got.has(id) && want.has(id) ? 'tp' : got.has(id) ? 'fp' : 'fn';
          t[kind]++;
          s.overall[kind]++;
          if (withNotes && kind !== 'tp') {
            const why = hits.find((h) => h.id === id && h.start < end && h.end > start)?.why?.terms.join(', ');
            s.notes.push(
              `${kind === 'fp' ? 'EXTRA' : 'MISS '} ${id}${why ? ` [${why}]` : ''}: ${sentence.text.slice(0, 200)}`,
            );
          }
        }
      }),
    );
  }
  return s;
}

const fmt = (x: number): string => x.toFixed(3);

export function describeScore(label: string, s: PartScore): string[] {
  const o = s.overall;
  const lines = [
    `  ${label}: ${s.articles} articles, ${s.sentences} sentences  P ${fmt(o.precision)}  R ${fmt(o.recall)}  (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`,
  ];
  for (const [id, t] of [...s.perClaim].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(
      `      ${id.padEnd(26)} P ${fmt(t.precision)}  R ${fmt(t.recall)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
    );
  }
  return lines;
}
