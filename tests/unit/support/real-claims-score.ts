/**
 * Scoring of the real-claims set (tests/fixtures/real-claims): each excerpted paragraph is matched
 * as one block (its sentences joined with a space, in order) after a short on-topic headline block,
 * as it would sit in an article about the story, and a sentence is predicted to carry a claim when a
 * hit of that claim overlaps it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledPack } from '../../../lib/dataset/compiled';
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

export function readPart(part: 'tune' | 'test', lang: 'en' | 'es'): RealParagraph[] {
  const file = resolve(REAL_CLAIMS_DIR, part, `${lang}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealParagraph);
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
  const s: PartScore = { overall: new Tally(), perClaim: new Map(), sentences: 0, articles: new Set(paragraphs.map((p) => p.article)).size, notes: [] };
  for (const p of paragraphs) {
    const head = STORY_HEADLINE[p.lang] + '\n';
    let text = head;
    const spans = p.sentences.map((sentence, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += sentence.text;
      return { start, end: text.length };
    });
    const hits = matchClaims(text, runtime, pack, p.lang);
    p.sentences.forEach((sentence, i) => {
      s.sentences++;
      const { start, end } = spans[i];
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
          s.notes.push(`${kind === 'fp' ? 'EXTRA' : 'MISS '} ${id}${why ? ` [${why}]` : ''}: ${sentence.text.slice(0, 200)}`);
        }
      }
    });
  }
  return s;
}

const fmt = (x: number): string => x.toFixed(3);

export function describeScore(label: string, s: PartScore): string[] {
  const o = s.overall;
  const lines = [`  ${label}: ${s.articles} articles, ${s.sentences} sentences  P ${fmt(o.precision)}  R ${fmt(o.recall)}  (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`];
  for (const [id, t] of [...s.perClaim].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`      ${id.padEnd(26)} P ${fmt(t.precision)}  R ${fmt(t.recall)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  }
  return lines;
}
