/**
 * The disputed pass's second stage: a small logistic model over the rules' output, trained on the
 * tuning part of the real-claims set as fresh rules scored it (written by
 * `npx tsx scripts/real-claims/model-cv.ts --train assets/dataset/cecot/claims-model.json`; why a
 * second stage and how it was chosen: tests/fixtures/real-claims/MODEL-CV.md).
 *
 * For each sentence of a block the rules read, and each claim:
 * - a rule hit is kept unless the veto model puts it below `vetoBelow`;
 * - a pair the rules did not link is added when the add model puts it at or above `addAbove`.
 * Features: the rule hit's kind (direct, subject carried within the paragraph or from one before,
 * a matched word inside quotation marks, how many words), whether the claim's trigger matched the
 * sentence, whether the sentence before was linked to the claim, the story's actors in sentence and
 * paragraph, length, and the claim's own stemmed, folded words and word pairs. Every feature but the
 * words is crossed with the claim and also shared; the words are per claim. The words that weigh
 * most for a kept or added hit are its reason (`why.words`).
 */
import type { ClaimModelPart, ClaimModelWeights, Lang } from '../dataset/schema';

export type { ClaimModelPart, ClaimModelWeights };

const SUFFIXES: Record<Lang, readonly string[]> = {
  en: ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 'ly', 's'],
  es: [
    'aciones',
    'acion',
    'amente',
    'mente',
    'ados',
    'adas',
    'idos',
    'idas',
    'ado',
    'ada',
    'ido',
    'ida',
    'ando',
    'iendo',
    'ciones',
    'cion',
    'es',
    'as',
    'os',
    'ar',
    'er',
    'ir',
    'a',
    'o',
    's',
  ],
};

/** A light suffix-stripping stem of a folded, lower-cased word. */
export function stem(word: string, lang: Lang): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const s of SUFFIXES[lang]) if (word.endsWith(s) && word.length - s.length >= 3) return word.slice(0, -s.length);
  return word;
}

const WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;

/** A sentence's words (folded text): stem, and where the word stands in the sentence. */
export interface Token {
  stem: string;
  from: number;
  to: number;
}

export function tokenize(folded: string, lang: Lang): Token[] {
  const out: Token[] = [];
  const lower = folded.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower))
    out.push({ stem: stem(m[0], lang), from: m.index, to: m.index + m[0].length });
  return out;
}

/** The word features of a sentence: stems and adjacent pairs ("a_b"), each with its stretch. */
export function wordFeatures(tokens: Token[]): Map<string, { from: number; to: number }> {
  const out = new Map<string, { from: number; to: number }>();
  for (let k = 0; k < tokens.length; k++) {
    if (!out.has(tokens[k].stem)) out.set(tokens[k].stem, tokens[k]);
    if (k + 1 < tokens.length) {
      const pair = `${tokens[k].stem}_${tokens[k + 1].stem}`;
      if (!out.has(pair)) out.set(pair, { from: tokens[k].from, to: tokens[k + 1].to });
    }
  }
  return out;
}

/** The story's actors (folded text), as the model's features see them. */
export const MODEL_ACTORS =
  /\b(?:cecot|salvador\w*|bukele|abrego|boasberg|xinis|alien enemies|enemigos extranjeros|1798|tren de aragua|ms-?13|noem|trump|maduro|venezuel\w*|venezolan\w*)\b/i;

/** Features of a sentence shared by all its claims. */
export function sentenceFeatures(
  folded: string,
  tokens: number,
  lang: Lang,
  first: boolean,
  paragraphActors: boolean,
): string[] {
  return [
    `len:${tokens < 12 ? 's' : tokens < 30 ? 'm' : 'l'}`,
    `lang:${lang}`,
    folded.includes('"') ? 'quoted' : 'noquote',
    MODEL_ACTORS.test(folded) ? 'actors' : 'noactors',
    paragraphActors ? 'para-actors' : 'para-noactors',
    first ? 'first' : 'later',
  ];
}

/** The kind of a rule hit, from its reason: how its words sit in the sentence and paragraph. */
export function hitKind(
  why: { terms: string[]; carried?: boolean } | undefined,
  folded: string,
  paragraph: string,
  fold: (s: string) => string,
): string[] {
  const terms = (why?.terms ?? []).map((t) => t.replace(/…$/, ''));
  const inParagraph = terms.filter((t) => paragraph.includes(t)).length;
  const kind = [
    !why?.carried ? 'direct' : inParagraph === terms.length ? 'carried' : 'carried-across',
    `terms:${Math.min(terms.length, 3)}`,
  ];
  const quoted = (folded.match(/"[^"]*"/g) ?? []).join(' ');
  if (terms.some((t) => quoted.includes(fold(t)))) kind.push('in-quote');
  return kind;
}

/** Per-claim signals: the trigger matched the sentence; the sentence before was linked. */
export function signalFeatures(trigger: boolean, previous: boolean): string[] {
  const out: string[] = [];
  if (trigger) out.push('trig');
  if (previous) out.push('prev');
  return out;
}

/** Log-odds of a probability (thresholds are compared as log-odds). */
export const logit = (p: number): number => Math.log(p / (1 - p));

/** A model's weights laid out for one claim order: a word's weights for every claim at once. */
export interface PreparedPart {
  shared: Map<string, number>;
  /** Per claim index: its own non-word features (and `bias`). */
  claim: Map<string, number>[];
  /** Word or pair → weight per claim index. */
  words: Map<string, Float64Array>;
}

export interface PreparedModel {
  /** Log-odds thresholds. */
  vetoBelow: number;
  /** Infinity when the model adds nothing. */
  addAbove: number;
  veto: PreparedPart;
  add: PreparedPart;
}

function preparePart(part: ClaimModelPart, ids: readonly string[]): PreparedPart {
  const words = new Map<string, Float64Array>();
  ids.forEach((id, k) => {
    for (const [w, x] of Object.entries(part.words[id] ?? {})) {
      let row = words.get(w);
      if (!row) words.set(w, (row = new Float64Array(ids.length)));
      row[k] = x;
    }
  });
  return {
    shared: new Map(Object.entries(part.shared)),
    claim: ids.map((id) => new Map(Object.entries(part.claim[id] ?? {}))),
    words,
  };
}

/** `weights` for the claims `ids`, in that order (a language's claim matchers). */
export function prepareModel(weights: ClaimModelWeights, ids: readonly string[]): PreparedModel {
  return {
    vetoBelow: weights.vetoBelow > 0 ? logit(weights.vetoBelow) : -Infinity,
    addAbove: weights.addAbove < 1 ? logit(weights.addAbove) : Infinity,
    veto: preparePart(weights.veto, ids),
    add: preparePart(weights.add, ids),
  };
}

/**
 * One sentence's log-odds per claim from the features every claim shares (bias, sentence features,
 * words); `pairScore` adds a pair's own features.
 */
export function sentenceScores(part: PreparedPart, general: readonly string[], words: Iterable<string>): Float64Array {
  const z = new Float64Array(part.claim.length);
  let shared = part.shared.get('bias') ?? 0;
  for (const f of general) shared += part.shared.get(f) ?? 0;
  for (let k = 0; k < z.length; k++) {
    const own = part.claim[k];
    let x = shared + (own.get('bias') ?? 0);
    for (const f of general) x += own.get(f) ?? 0;
    z[k] = x;
  }
  for (const w of words) {
    const row = part.words.get(w);
    if (row) for (let k = 0; k < z.length; k++) z[k] += row[k];
  }
  return z;
}

/** A pair's log-odds: its sentence's, plus its own features (signals, the rule hit's kind). */
export function pairScore(part: PreparedPart, base: Float64Array, k: number, features: readonly string[]): number {
  let z = base[k];
  const own = part.claim[k];
  for (const f of features) z += (part.shared.get(f) ?? 0) + (own.get(f) ?? 0);
  return z;
}

/** The words of a sentence that weigh most for claim `k` (positive weights only), at most `n`. */
export function topWords(part: PreparedPart, k: number, words: Iterable<string>, n = 3): string[] {
  const scored: [string, number][] = [];
  for (const w of words) {
    const x = part.words.get(w)?.[k] ?? 0;
    if (x > 0) scored.push([w, x]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, n).map(([w]) => w);
}
