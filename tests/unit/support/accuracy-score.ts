/**
 * Scoring shared by the accuracy tests (tests/unit/accuracy.test.ts on the tuning corpus,
 * tests/unit/accuracy-holdout.test.ts on the held-out corpus): analyses each saved page with the
 * shipped pack and compares it with its human-annotated `NAME.expected.json`.
 * How the expectations are annotated and counted: tests/fixtures/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeHtml } from '../../../lib/analysis/analyze-html';
import type { PageReport } from '../../../lib/report/report';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

/** The expected result of one page, as written by scripts/fixtures/build-fixtures.ts. */
export interface Expected {
  article: boolean;
  lang: 'en' | 'es';
  onTopic: boolean;
  entities: Record<string, number>;
  disputed: string[];
}

/** The agreed entity ids that annotators mark; ids outside this list are reported but not scored. */
export const SCORED_ENTITY_IDS = new Set([
  'kristi-noem',
  'dhs',
  'ice',
  'nayib-bukele',
  'el-salvador',
  'cecot',
  'ms-13',
  'tren-de-aragua',
  'venezuela',
  'nicolas-maduro',
  'donald-trump',
  'marco-rubio',
  'alien-enemies-act',
  'proclamation-10903',
  'kilmar-abrego-garcia',
  'james-boasberg',
  'paula-xinis',
  'jgg-v-trump',
  'trump-v-jgg',
  'aarp-v-trump',
  'noem-v-abrego-garcia',
  'us-supreme-court',
  'human-rights-watch',
  'amnesty-international',
  'cristosal',
  'aclu',
  'state-of-exception',
  'gustavo-villatoro',
  'inside-cecot-60-minutes',
  'jd-vance',
  'us-state-department',
]);
// Not scored: events named only by description (march-2025-deportation-flights, detention-payment,
// july-2025-repatriation), whose "mentions" no two annotators would agree on.

/** True/false positive and false negative counts with their precision and recall. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision(): number {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }
}

/** Accuracy of the engine on one corpus folder. */
export interface Scores {
  pages: number;
  topic: Tally;
  entities: Tally;
  disputed: Tally;
  perEntity: Map<string, Tally>;
  articleCorrect: number;
  langCorrect: number;
  /** Per-file misses and extras, for tuning. */
  notes: string[];
  unscoredIds: Map<string, number>;
}

const fmt = (x: number): string => x.toFixed(3);

/** Analyses every `NAME.html` in `dir` with the shipped pack and scores it against `NAME.expected.json`. */
export function score(dir: string): Scores {
  const pack = loadCompiledPack();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
  const s: Scores = {
    pages: names.length,
    topic: new Tally(),
    entities: new Tally(),
    disputed: new Tally(),
    perEntity: new Map(),
    articleCorrect: 0,
    langCorrect: 0,
    notes: [],
    unscoredIds: new Map(),
  };
  for (const name of names) {
    const expected = JSON.parse(readFileSync(resolve(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const html = readFileSync(resolve(dir, `${name}.html`), 'utf8');
    const report: PageReport = analyzeHtml(html, pack, `https://fixtures.example/${name}`);
    const notes: string[] = [];

    if (report.article === expected.article) s.articleCorrect++;
    else notes.push(`article ${report.article} (expected ${expected.article})`);
    if (report.lang === expected.lang) s.langCorrect++;
    else notes.push(`lang ${report.lang} (expected ${expected.lang})`);

    const found = report.topic.onTopic;
    if (found && expected.onTopic) s.topic.tp++;
    else if (found) s.topic.fp++;
    else if (expected.onTopic) s.topic.fn++;
    if (found !== expected.onTopic) {
      notes.push(
        `topic ${found ? 'ON' : 'off'} (expected ${expected.onTopic ? 'on' : 'off'}), score ${report.topic.score}: ${report.topic.reasons.slice(0, 4).join('; ')}`,
      );
    }

    // Entities and disputed points are scored on pages that ARE on topic: there the reader sees
    // highlights (or misses them). Off-topic pages expect silence, which topic precision measures.
    if (expected.onTopic) {
      const foundCounts = new Map<string, number>();
      for (const e of report.entities) {
        if (!SCORED_ENTITY_IDS.has(e.id)) {
          s.unscoredIds.set(e.id, (s.unscoredIds.get(e.id) ?? 0) + e.mentions.length);
          continue;
        }
        foundCounts.set(e.id, (foundCounts.get(e.id) ?? 0) + e.mentions.length);
      }
      const ids = new Set([...Object.keys(expected.entities), ...foundCounts.keys()]);
      const diffs: string[] = [];
      for (const id of [...ids].sort()) {
        const exp = expected.entities[id] ?? 0;
        const got = foundCounts.get(id) ?? 0;
        const t = s.perEntity.get(id) ?? new Tally();
        s.perEntity.set(id, t);
        const tp = Math.min(exp, got);
        for (const tally of [t, s.entities]) {
          tally.tp += tp;
          tally.fp += got - tp;
          tally.fn += exp - tp;
        }
        if (exp !== got) {
          const texts = report.entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];
          diffs.push(`${id} ${got}/${exp}${got > exp ? ` [${texts.join(', ')}]` : ''}`);
        }
      }
      if (diffs.length) notes.push(`entities found/expected: ${diffs.join('; ')}`);

      const expClaims = new Set(expected.disputed);
      const gotClaims = new Set(report.disputed.map((d) => d.id));
      const missed = [...expClaims].filter((c) => !gotClaims.has(c));
      const extra = [...gotClaims].filter((c) => !expClaims.has(c));
      s.disputed.tp += expClaims.size - missed.length;
      s.disputed.fn += missed.length;
      s.disputed.fp += extra.length;
      if (missed.length) notes.push(`disputed missed: ${missed.join(', ')}`);
      if (extra.length) {
        const why = report.disputed
          .filter((d) => extra.includes(d.id))
          .map((d) => `${d.id} ← "${d.text.slice(0, 90)}"`);
        notes.push(`disputed extra: ${why.join(' | ')}`);
      }
    }
    if (notes.length) s.notes.push(`${name}:\n    ${notes.join('\n    ')}`);
  }
  return s;
}

/** Prints the scores, per-entity weak spots and per-file misses and extras; `label` names the corpus. */
export function print(s: Scores, label = 'fixture'): void {
  const lines = [
    `Accuracy on ${s.pages} ${label} pages`,
    `  topic     P ${fmt(s.topic.precision)}  R ${fmt(s.topic.recall)}  (tp ${s.topic.tp}, fp ${s.topic.fp}, fn ${s.topic.fn})`,
    `  entities  P ${fmt(s.entities.precision)}  R ${fmt(s.entities.recall)}  (tp ${s.entities.tp}, fp ${s.entities.fp}, fn ${s.entities.fn}) on expected-on-topic pages`,
    `  disputed  P ${fmt(s.disputed.precision)}  R ${fmt(s.disputed.recall)}  (tp ${s.disputed.tp}, fp ${s.disputed.fp}, fn ${s.disputed.fn}) claim ids per page`,
    `  article detection ${s.articleCorrect}/${s.pages}, language ${s.langCorrect}/${s.pages}`,
  ];
  const weak = [...s.perEntity]
    .filter(([, t]) => t.precision < 1 || t.recall < 1)
    .map(([id, t]) => `${id} P ${fmt(t.precision)} R ${fmt(t.recall)}`);
  if (weak.length) lines.push(`  entities below 1.0: ${weak.join('; ')}`);
  if (s.unscoredIds.size)
    lines.push(`  unscored ids reported: ${[...s.unscoredIds].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  if (s.notes.length) lines.push('Per-file misses and extras:', ...s.notes.map((n) => `  ${n}`));
  console.log(lines.join('\n'));
}
