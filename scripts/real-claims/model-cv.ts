/**
 * Does a small second-stage model over the disputed-point rules generalise better than the rules
 * alone? Grouped cross-validation by article over the TUNING part of the real-claims set only
 * (tests/fixtures/real-claims/tune; the test part is never read here). Results and decision:
 * tests/fixtures/real-claims/MODEL-CV.md.
 *
 * Rows are (sentence, claim) pairs, from one of two sources of rule output:
 * - default: FRESH rule output (fresh-rules.json, written by fresh-engines.sh): each tuning batch as
 *   the engine of the commit before it scored it, rules that had never seen it, as on the test part;
 * - CURRENT=1: the current engine over the whole tuning part, as the accuracy test runs it.
 * Features (claim-features.ts): the rule hit and its kind, the claim's trigger on the sentence
 * (SIGNALS=full: its veto, subject and follow patterns too), the sentence before linked, actors,
 * length, position, and the claim's stemmed, folded words and word pairs.
 *
 * Variants, scored as the accuracy test scores (micro P/R over sentence × claim):
 *  (a) rules alone;
 *  (b) rules + a veto model over the rule hits: a hit below a probability threshold is dropped;
 *  (c) (b) + an add model over every pair: a pair the rules did not link is added above a threshold,
 *      never where the claim's veto matches or a claim narrowing it was linked instead.
 * Models: L2 logistic regression, full-batch gradient descent with AdaGrad steps, one model per
 * stage with features crossed with the claim; pruned to a shippable size (PRUNE=0: not). The L2
 * strength and the thresholds are chosen inside each outer training fold only, on out-of-fold
 * probabilities of an inner grouped split (nested): F1 among the settings that keep the rules'
 * precision and recall there. The outer held-out fold is only scored. Prints per-fold and pooled
 * figures, overall and per language, and the pairs each variant changed with a sign test.
 *
 * Run: npx tsx scripts/real-claims/model-cv.ts   (about 2 minutes)
 *      npx tsx scripts/real-claims/model-cv.ts --train [file]   (weights of variant (c), unshipped)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { getRuntime } from '../../lib/match/runtime';
import { matchClaims } from '../../lib/match/claims';
import { foldText } from '../../lib/text/fold';
import {
  hitKind,
  MODEL_ACTORS,
  sentenceFeatures,
  signalFeatures,
  tokenize,
  wordFeatures,
  type ClaimModelPart,
  type ClaimModelWeights,
} from './claim-features';

import { articleText, readPart, type RealParagraph } from '../../tests/unit/support/real-claims-score';

/** Where `--train` writes the weights by default (nothing ships them: see MODEL-CV.md). */
const CLAIM_MODEL_FILE = resolve(tmpdir(), 'claims-model.json');

// ---------------------------------------------------------------- rows

interface Row {
  article: string;
  /** The fresh batch (data commit) the row's article came in with; '' for the current engine. */
  batch: string;
  lang: 'en' | 'es';
  claim: number;
  rule: boolean;
  gold: boolean;
  /**
   * The rules stand against adding the pair: the claim's veto matches the sentence, or a claim that
   * narrows it (Abrego Garcia's MS-13 claim for the gang accusation) was linked there instead.
   */
  blocked: boolean;
  /** Feature ids (sparse binary) for the veto model and the add model. */
  fv: number[];
  fa: number[];
}

const featureIds = new Map<string, number>();
function fid(name: string): number {
  let id = featureIds.get(name);
  if (id === undefined) featureIds.set(name, (id = featureIds.size));
  return id;
}

interface SentenceRun {
  /** Rule hits overlapping the sentence. */
  hits: { id: string; why?: { terms: string[]; carried?: boolean } }[];
  /** Per claim id, which of its patterns match the sentence alone: T trigger, X veto, C subject, F follow. */
  signals: Record<string, string>;
}

/** The (sentence, claim) rows of one sentence. */
/** Per claim id, the ids of the claims that narrow it (`ClaimSchema.narrows`). */
const narrowers = new Map<string, string[]>();
for (const c of loadCompiledPack().claims)
  if (c.narrows) narrowers.set(c.narrows.claim, [...(narrowers.get(c.narrows.claim) ?? []), c.id]);

function sentenceRows(
  p: RealParagraph,
  si: number,
  claims: string[],
  run: SentenceRun,
  prevLinked: Set<string>,
  rows: Row[],
): void {
  const lang = p.lang;
  const sentence = p.sentences[si];
  const paraText = p.sentences.map((s) => s.text).join(' ');
  const paraActors = MODEL_ACTORS.test(foldText(paraText).text);
  const folded = foldText(sentence.text).text;
  const toks = tokenize(folded, lang);
  const words = wordFeatures(toks).keys();
  const general = sentenceFeatures(folded, toks.length, lang, si === 0, paraActors);
  const wordList = [...words];
  claims.forEach((id, k) => {
    const hit = run.hits.find((h) => h.id === id);
    const gold = sentence.claims.includes(id);
    // SIGNALS=full: the claim's veto, subject and follow patterns on the sentence alone too (the
    // default has only the trigger's match: the engine scans for it anyway).
    const flags = run.signals[id] ?? '';
    const sig = signalFeatures(flags.includes('T'), prevLinked.has(id));
    if (process.env.SIGNALS === 'full')
      for (const [c, name] of [
        ['X', 'excl'],
        ['C', 'ctx'],
        ['F', 'follow'],
      ])
        if (flags.includes(c)) sig.push(name);
    const sem = [...general, ...sig];
    const kind = hit ? hitKind(hit.why, folded, paraText, (t) => foldText(t).text) : [];
    const fv: number[] = [fid('v:bias'), fid(`v:${id}:bias`)];
    for (const f of [...sem, ...kind]) fv.push(fid(`v:${f}`), fid(`v:${id}:${f}`));
    for (const w of wordList) fv.push(fid(`v:${id}:w:${w}`));
    const fa: number[] = [fid('a:bias'), fid(`a:${id}:bias`)];
    if (process.env.ADD_WORDS_ONLY !== '1') for (const f of sem) fa.push(fid(`a:${f}`), fid(`a:${id}:${f}`));
    for (const w of wordList) fa.push(fid(`a:${id}:w:${w}`));
    const blocked = flags.includes('X') || (narrowers.get(id) ?? []).some((n) => run.hits.some((h) => h.id === n));
    rows.push({ article: p.article, batch: '', lang, claim: k, rule: !!hit, gold, blocked, fv, fa });
  });
}

function tuneArticles(lang: 'en' | 'es'): Map<string, RealParagraph[]> {
  const articles = new Map<string, RealParagraph[]>();
  for (const p of readPart('tune', lang)) articles.set(p.article, [...(articles.get(p.article) ?? []), p]);
  for (const list of articles.values()) list.sort((a, b) => a.paragraph - b.paragraph);
  return articles;
}

/** Rows from the current engine over the whole tuning part, scored as the accuracy test scores. */
function buildRows(): { rows: Row[]; claims: string[] } {
  const pack = loadCompiledPack();
  const runtime = getRuntime(pack);
  const claims = pack.claims.map((c) => c.id);
  const rows: Row[] = [];
  const has = (re: RegExp | null, s: string) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(s);
  };
  for (const lang of ['en', 'es'] as const) {
    const matchers = runtime.claimsFor(lang);
    for (const list of tuneArticles(lang).values()) {
      const { text, spans } = articleText(list);
      const hits = matchClaims(text, runtime, pack, lang);
      list.forEach((p, pi) => {
        let prev = new Set<string>();
        p.sentences.forEach((sentence, si) => {
          const { start, end } = spans[pi][si];
          const here = hits.filter((h) => h.start < end && h.end > start);
          const folded = foldText(sentence.text).text;
          const signals: Record<string, string> = {};
          for (const m of matchers)
            signals[m.id] =
              `${has(m.trigger, folded) ? 'T' : ''}${has(m.exclude, folded) ? 'X' : ''}` +
              `${has(m.context, folded) ? 'C' : ''}${has(m.follow, folded) ? 'F' : ''}`;
          sentenceRows(p, si, claims, { hits: here, signals }, prev, rows);
          prev = new Set(here.map((h) => h.id));
        });
      });
    }
  }
  return { rows, claims };
}

/** Fresh rule output over the tuning part (written by scripts/real-claims/fresh-engines.sh). */
export const FRESH_RULES = resolve(import.meta.dirname, '../../tests/fixtures/real-claims/fresh-rules.json');

/**
 * Rows from FRESH rule output: each tuning batch as the engine of the commit before it scored it,
 * i.e. rules that had never seen those articles (labels are today's). This is the situation of the
 * test part and of any page a reader opens: rules on reporting they were not written against.
 */
export function buildFreshRows(file = process.env.FRESH_FILE ?? FRESH_RULES): { rows: Row[]; claims: string[] } {
  const claims = loadCompiledPack().claims.map((c) => c.id);
  const rows: Row[] = [];
  const paragraphs = new Map<string, RealParagraph>();
  for (const lang of ['en', 'es'] as const)
    for (const list of tuneArticles(lang).values())
      for (const p of list) paragraphs.set(`${p.article}#${p.paragraph}`, p);
  type Dumped = SentenceRun & { batch: string; article: string; paragraph: number; index: number };
  const seen = new Set<string>();
  let prev = new Set<string>();
  let at = '';
  for (const d of JSON.parse(readFileSync(file, 'utf8')) as Dumped[]) {
    const key = `${d.article}#${d.paragraph}`;
    const p = paragraphs.get(key);
    if (!p || seen.has(`${key}#${d.index}`)) continue;
    seen.add(`${key}#${d.index}`);
    if (key !== at) [prev, at] = [new Set(), key];
    const from = rows.length;
    sentenceRows(p, d.index, claims, d, prev, rows);
    for (let i = from; i < rows.length; i++) rows[i].batch = d.batch;
    prev = new Set(d.hits.map((h) => h.id));
  }
  return { rows, claims };
}

// ---------------------------------------------------------------- model

/**
 * L2 logistic regression on sparse binary features: full-batch gradient descent on the summed loss
 * with per-feature (AdaGrad) step sizes, so a word seen in a dozen sentences moves as surely as the
 * bias does. Deterministic.
 */
export function train(
  xs: number[][],
  ys: boolean[],
  dim: number,
  { epochs = 100, rate = 0.1, l2 = 1 } = {},
): Float64Array {
  const w = new Float64Array(dim);
  const g = new Float64Array(dim);
  const G = new Float64Array(dim);
  const n = xs.length;
  if (n === 0) return w;
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      let z = 0;
      for (const j of x) z += w[j];
      const d = 1 / (1 + Math.exp(-z)) - (ys[i] ? 1 : 0);
      for (const j of x) g[j] += d;
    }
    for (let j = 0; j < dim; j++) {
      const gj = g[j] + l2 * w[j];
      if (gj === 0) continue;
      G[j] += gj * gj;
      w[j] -= (rate * gj) / Math.sqrt(G[j]);
    }
  }
  return w;
}

export function prob(w: Float64Array, x: number[]): number {
  let z = 0;
  for (const j of x) z += w[j];
  return 1 / (1 + Math.exp(-z));
}

// ---------------------------------------------------------------- evaluation

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const P = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const R = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
const F1 = (c: Counts) => (2 * P(c) * R(c)) / (P(c) + R(c) || 1);

/** Predicted pairs given veto / add probabilities and thresholds (NaN probability: not scored). */
function predict(row: Row, pv: number, pa: number, tv: number, ta: number): boolean {
  if (row.rule) return !(pv < tv);
  return !row.blocked && pa >= ta;
}

function count(rows: Row[], pv: Float64Array, pa: Float64Array, tv: number, ta: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  rows.forEach((r, i) => {
    const got = predict(r, pv[i], pa[i], tv, ta);
    if (got && r.gold) c.tp++;
    else if (got) c.fp++;
    else if (r.gold) c.fn++;
  });
  return c;
}

/** Fold of an article: its languages are dealt round-robin in a hashed order, so folds mix both. */
function folds(articles: { id: string; lang: string }[], k: number, salt: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const lang of ['en', 'es']) {
    const list = articles
      .filter((a) => a.lang === lang)
      .map((a) => ({
        id: a.id,
        h: createHash('sha1')
          .update(salt + a.id)
          .digest('hex'),
      }))
      .sort((a, b) => a.h.localeCompare(b.h));
    list.forEach((a, i) => out.set(a.id, (i + (lang === 'es' ? 2 : 0)) % k));
  }
  return out;
}

interface Fitted {
  wv: Float64Array;
  wa: Float64Array;
}
const OPTS = {
  epochs: Number(process.env.EPOCHS ?? 100),
  rate: Number(process.env.RATE ?? 0.1),
  l2: Number(process.env.L2 ?? 1),
};

/** L2 strengths tried, chosen inside each training fold with the thresholds (L2=x fixes one). */
const L2S = process.env.L2 ? [Number(process.env.L2)] : [0.3, 1, 3];

function fit(rows: Row[], l2 = OPTS.l2): Fitted {
  const dim = featureIds.size;
  const opts = { ...OPTS, l2 };
  const ruled = rows.filter((r) => r.rule);
  const wv = train(
    ruled.map((r) => r.fv),
    ruled.map((r) => r.gold),
    dim,
    opts,
  );
  const wa = train(
    rows.map((r) => r.fa),
    rows.map((r) => r.gold),
    dim,
    opts,
  );
  return PRUNE ? { wv: prune(wv, KEEP_VETO_WORDS), wa: prune(wa, KEEP_ADD_WORDS) } : { wv, wa };
}

/** Word weights kept per model when pruned (PRUNE=0: none dropped), as a shippable asset would keep them (~26 KB). */
const PRUNE = process.env.PRUNE !== '0';
const KEEP_VETO_WORDS = Number(process.env.KEEP_VETO_WORDS ?? 500);
const KEEP_ADD_WORDS = Number(process.env.KEEP_ADD_WORDS ?? 500);
let wordFeature: Uint8Array | null = null;

/** The shippable form of a weight vector: the `keep` largest word weights, others >= 0.02, 2 decimals. */
export function prune(w: Float64Array, keep: number): Float64Array {
  if (!wordFeature || wordFeature.length !== featureIds.size) {
    wordFeature = new Uint8Array(featureIds.size);
    for (const [name, id] of featureIds) if (name.includes(':w:')) wordFeature[id] = 1;
  }
  const words: number[] = [];
  for (let j = 0; j < w.length; j++) if (wordFeature[j] && w[j] !== 0) words.push(j);
  words.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]));
  const kept = new Set(words.slice(0, keep));
  const out = new Float64Array(w.length);
  for (let j = 0; j < w.length; j++) {
    if (wordFeature[j] ? !kept.has(j) : Math.abs(w[j]) < 0.02) continue;
    out[j] = Math.round(w[j] * 100) / 100;
  }
  return out;
}

function scoreWith(f: Fitted, rows: Row[]): { pv: Float64Array; pa: Float64Array } {
  const pv = new Float64Array(rows.length).fill(NaN);
  const pa = new Float64Array(rows.length).fill(NaN);
  rows.forEach((r, i) => {
    if (r.rule) pv[i] = prob(f.wv, r.fv);
    else pa[i] = prob(f.wa, r.fa);
  });
  return { pv, pa };
}

const TV = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const TA = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 2];

interface Setting {
  l2: number;
  tv: number;
  ta: number;
}

/**
 * The L2 strength and thresholds for (b) and (c), chosen on out-of-fold probabilities of an inner
 * grouped split of `rows` (an outer training fold).
 */
function chooseSettings(rows: Row[], salt: string): { b: Setting; c: Setting } {
  const arts = [...new Map(rows.map((r) => [r.article, { id: r.article, lang: r.lang }])).values()];
  const inner = folds(arts, 4, salt);
  let b: Setting = { l2: L2S[0], tv: 0, ta: 2 };
  let c: Setting = { l2: L2S[0], tv: 0, ta: 2 };
  let bestB = -1;
  let bestC = -1;
  for (const l2 of L2S) {
    const pv = new Float64Array(rows.length).fill(NaN);
    const pa = new Float64Array(rows.length).fill(NaN);
    for (let k = 0; k < 4; k++) {
      const fitted = fit(
        rows.filter((r) => inner.get(r.article) !== k),
        l2,
      );
      rows.forEach((r, i) => {
        if (inner.get(r.article) !== k) return;
        if (r.rule) pv[i] = prob(fitted.wv, r.fv);
        else pa[i] = prob(fitted.wa, r.fa);
      });
    }
    // Objective: F1, among the settings that keep the rules' precision and (within 0.003) their
    // recall on these out-of-fold probabilities; the rules alone (no veto, no addition) qualify.
    const base = count(rows, pv, pa, 0, 2);
    const objective = (x: Counts) =>
      process.env.OBJECTIVE === 'f1' || (P(x) >= P(base) - 1e-9 && R(x) >= R(base) - 0.003) ? F1(x) : -1;
    for (const tv of TV) {
      const f = objective(count(rows, pv, pa, tv, 2));
      if (f > bestB + 1e-9) [bestB, b] = [f, { l2, tv, ta: 2 }];
      for (const ta of TA) {
        const g = objective(count(rows, pv, pa, tv, ta));
        if (g > bestC + 1e-9) [bestC, c] = [g, { l2, tv, ta }];
      }
    }
  }
  return { b, c };
}

// ---------------------------------------------------------------- main

/**
 * Settings check inside outer fold 0's TRAINING articles only (an inner split): how well the
 * probabilities rank the rule hits' false ones and the rules' misses. Never looks at a held-out
 * outer fold.
 */
function diagnose(rows: Row[]): void {
  const arts = [...new Map(rows.map((r) => [r.article, { id: r.article, lang: r.lang }])).values()];
  const inner = folds(arts, 4, 'diag');
  const tr = rows.filter((r) => inner.get(r.article) !== 0);
  const ho = rows.filter((r) => inner.get(r.article) === 0);
  const f = fit(tr);
  const { pv, pa } = scoreWith(f, ho);
  const ruled = ho
    .map((r, i) => ({ r, p: pv[i] }))
    .filter((x) => x.r.rule)
    .sort((a, b) => a.p - b.p);
  console.log(`held-out rule hits ${ruled.length}, false ${ruled.filter((x) => !x.r.gold).length}`);
  console.log(
    'lowest 30 veto probabilities (F = false hit):',
    ruled
      .slice(0, 30)
      .map((x) => `${x.p.toFixed(2)}${x.r.gold ? '' : 'F'}`)
      .join(' '),
  );
  const rest = ho
    .map((r, i) => ({ r, p: pa[i] }))
    .filter((x) => !x.r.rule)
    .sort((a, b) => b.p - a.p);
  console.log(`held-out non-rule pairs ${rest.length}, misses ${rest.filter((x) => x.r.gold).length}`);
  console.log(
    'highest 30 add probabilities (M = a miss):',
    rest
      .slice(0, 30)
      .map((x) => `${x.p.toFixed(2)}${x.r.gold ? 'M' : ''}`)
      .join(' '),
  );
  const trainRuled = tr.filter((r) => r.rule);
  const acc = trainRuled.filter((r) => prob(f.wv, r.fv) >= 0.5 === r.gold).length / trainRuled.length;
  console.log(`veto model training accuracy ${acc.toFixed(3)}`);
}

/**
 * `--train [file]`: variant (c) fitted on all the fresh rows, its settings chosen as in the CV, in
 * the shippable form (pruned); what the prototype integration read (commit f72e9d5).
 */
function trainAndWrite(out: string): void {
  const { rows, claims } = buildFreshRows();
  const { c } = chooseSettings(rows, 'final');
  const fitted = fit(rows, c.l2);
  const names: string[] = [];
  for (const [name, id] of featureIds) names[id] = name;
  const part = (w: Float64Array, prefix: string): ClaimModelPart => {
    const out: ClaimModelPart = { shared: {}, claim: {}, words: {} };
    w.forEach((x, id) => {
      if (x === 0 || !names[id].startsWith(prefix)) return;
      const rest = names[id].slice(prefix.length);
      const claim = claims.find((k) => rest.startsWith(`${k}:`));
      if (!claim) out.shared[rest] = x;
      else if (rest.startsWith(`${claim}:w:`)) (out.words[claim] ??= {})[rest.slice(claim.length + 3)] = x;
      else (out.claim[claim] ??= {})[rest.slice(claim.length + 1)] = x;
    });
    return out;
  };
  const weights: ClaimModelWeights = {
    version: 1,
    vetoBelow: c.tv,
    addAbove: Math.min(c.ta, 1),
    veto: part(fitted.wv, 'v:'),
    add: part(fitted.wa, 'a:'),
  };
  const json = JSON.stringify(weights);
  writeFileSync(out, `${json}\n`);
  console.log(`l2 ${c.l2}, veto below ${c.tv}, add at or above ${c.ta}: ${out}, ${json.length} bytes`);
}

function binomial(n: number, k: number): number {
  let x = 1;
  for (let i = 1; i <= k; i++) x = (x * (n - k + i)) / i;
  return x;
}

function main(): void {
  const trainTo = process.argv.indexOf('--train');
  if (trainTo !== -1) return trainAndWrite(process.argv[trainTo + 1] ?? CLAIM_MODEL_FILE);
  const t0 = Date.now();
  const { rows, claims } = process.env.CURRENT === '1' ? buildRows() : buildFreshRows();
  const arts = [...new Map(rows.map((r) => [r.article, { id: r.article, lang: r.lang }])).values()];
  console.log(
    `tune: ${arts.length} articles, ${rows.length / claims.length} sentences, ${rows.length} pairs, ` +
      `${rows.filter((r) => r.rule).length} rule hits, ${featureIds.size} features (${Date.now() - t0} ms)`,
  );
  const K = 5;
  const outer = folds(arts, K, 'outer');
  if (process.env.DIAG === '1') return diagnose(rows.filter((r) => outer.get(r.article) !== 0));
  type Variant = 'a' | 'b' | 'c';
  const total: Record<Variant, Record<'all' | 'en' | 'es', Counts>> = {
    a: { all: { tp: 0, fp: 0, fn: 0 }, en: { tp: 0, fp: 0, fn: 0 }, es: { tp: 0, fp: 0, fn: 0 } },
    b: { all: { tp: 0, fp: 0, fn: 0 }, en: { tp: 0, fp: 0, fn: 0 }, es: { tp: 0, fp: 0, fn: 0 } },
    c: { all: { tp: 0, fp: 0, fn: 0 }, en: { tp: 0, fp: 0, fn: 0 }, es: { tp: 0, fp: 0, fn: 0 } },
  };
  const perFold: Record<Variant, Counts[]> = { a: [], b: [], c: [] };
  /** SUBSET_BATCHES=<commit,…>: the held-out figures of those batches' rows too (pooled over folds). */
  const SUBSET = process.env.SUBSET_BATCHES ? new Set(process.env.SUBSET_BATCHES.split(',')) : null;
  const subset: Record<Variant, Counts> = {
    a: { tp: 0, fp: 0, fn: 0 },
    b: { tp: 0, fp: 0, fn: 0 },
    c: { tp: 0, fp: 0, fn: 0 },
  };
  /** Pairs a variant changed against the rules: hits gained and lost, false hits removed and added. */
  const changed: Record<Variant, { gained: number; lost: number; removed: number; added: number }> = {
    a: { gained: 0, lost: 0, removed: 0, added: 0 },
    b: { gained: 0, lost: 0, removed: 0, added: 0 },
    c: { gained: 0, lost: 0, removed: 0, added: 0 },
  };
  const add = (into: Counts, c: Counts) => {
    into.tp += c.tp;
    into.fp += c.fp;
    into.fn += c.fn;
  };
  for (let k = 0; k < K; k++) {
    const train_ = rows.filter((r) => outer.get(r.article) !== k);
    const held = rows.filter((r) => outer.get(r.article) === k);
    const chosen = chooseSettings(train_, `inner${k}`);
    const fitted = new Map<number, { pv: Float64Array; pa: Float64Array }>();
    const scored = (l2: number) => {
      let x = fitted.get(l2);
      if (!x) fitted.set(l2, (x = scoreWith(fit(train_, l2), held)));
      return x;
    };
    const settings: Record<Variant, Setting> = { a: { l2: L2S[0], tv: 0, ta: 2 }, b: chosen.b, c: chosen.c };
    const line: string[] = [`fold ${k}: ${new Set(held.map((r) => r.article)).size} articles`];
    for (const v of ['a', 'b', 'c'] as Variant[]) {
      const { l2, tv, ta } = settings[v];
      const { pv, pa } = scored(l2);
      const c = count(held, pv, pa, tv, ta);
      perFold[v].push(c);
      held.forEach((r, i) => {
        const got = predict(r, pv[i], pa[i], tv, ta);
        if (got === r.rule) return;
        const ch = changed[v];
        if (got && r.gold) ch.gained++;
        else if (got) ch.added++;
        else if (r.gold) ch.lost++;
        else ch.removed++;
      });
      add(total[v].all, c);
      if (SUBSET) {
        const idx = held.map((r, i) => (SUBSET.has(r.batch) ? i : -1)).filter((i) => i >= 0);
        add(
          subset[v],
          count(
            idx.map((i) => held[i]),
            Float64Array.from(idx, (i) => pv[i]),
            Float64Array.from(idx, (i) => pa[i]),
            tv,
            ta,
          ),
        );
      }
      for (const lang of ['en', 'es'] as const) {
        const idx = held.map((r, i) => (r.lang === lang ? i : -1)).filter((i) => i >= 0);
        const sub = idx.map((i) => held[i]);
        add(
          total[v][lang],
          count(
            sub,
            Float64Array.from(idx, (i) => pv[i]),
            Float64Array.from(idx, (i) => pa[i]),
            tv,
            ta,
          ),
        );
      }
      line.push(`${v} (l2 ${l2}, tv ${tv}, ta ${ta === 2 ? '-' : ta}) P ${P(c).toFixed(3)} R ${R(c).toFixed(3)}`);
    }
    console.log(line.join(' | '));
  }
  const f3 = (x: number) => x.toFixed(3);
  console.log('\nvariant | all P | all R | en P | en R | es P | es R | fold P min–max | fold R min–max');
  for (const v of ['a', 'b', 'c'] as Variant[]) {
    const t = total[v];
    const ps = perFold[v].map(P);
    const rs = perFold[v].map(R);
    console.log(
      [
        v,
        f3(P(t.all)),
        f3(R(t.all)),
        f3(P(t.en)),
        f3(R(t.en)),
        f3(P(t.es)),
        f3(R(t.es)),
        `${f3(Math.min(...ps))}–${f3(Math.max(...ps))}`,
        `${f3(Math.min(...rs))}–${f3(Math.max(...rs))}`,
      ].join(' | ') + `  (tp ${t.all.tp}, fp ${t.all.fp}, fn ${t.all.fn})`,
    );
  }
  if (SUBSET)
    for (const v of ['a', 'b', 'c'] as Variant[]) {
      const t = subset[v];
      console.log(
        `${v} on the ${SUBSET.size} SUBSET_BATCHES: P ${f3(P(t))} R ${f3(R(t))} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
      );
    }
  for (const v of ['b', 'c'] as Variant[]) {
    const { gained, lost, removed, added } = changed[v];
    const good = gained + removed;
    const n = good + lost + added;
    // One-sided sign test: the chance of at least `good` favourable changes out of `n` at 1/2.
    let tail = 0;
    for (let k = good; k <= n; k++) tail += binomial(n, k) / 2 ** n;
    console.log(
      `${v} against the rules: hits gained ${gained}, lost ${lost}; false hits removed ${removed}, added ${added}` +
        ` (sign test p ${n ? tail.toFixed(4) : '-'})`,
    );
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
