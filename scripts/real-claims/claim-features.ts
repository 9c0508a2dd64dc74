/**
 * Features of a (sentence, claim) pair for the second-stage experiment (model-cv.ts, MODEL-CV.md):
 * the rule hit's kind (direct, subject carried within the paragraph or from one before, a matched
 * word inside quotation marks, how many words), whether the claim's trigger matched the sentence,
 * whether the sentence before was linked to the claim, the story's actors in sentence and
 * paragraph, length, and stemmed, folded words and word pairs. The prototype integration that read
 * them at run time (commit f72e9d5, lib/match/claim-model.ts there) was not kept.
 */
type Lang = 'en' | 'es';

/** One model's weights: shared features, per-claim features, per-claim words (stems and pairs). */
export interface ClaimModelPart {
  shared: Record<string, number>;
  claim: Record<string, Record<string, number>>;
  words: Record<string, Record<string, number>>;
}

/** Both models and their probability thresholds, as `model-cv.ts --train` writes them. */
export interface ClaimModelWeights {
  version: 1;
  vetoBelow: number;
  addAbove: number;
  veto: ClaimModelPart;
  add: ClaimModelPart;
}

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
