/**
 * Topic scoring from the pack's `topic` configuration: weighted signals found in the headline, the
 * lead and the body, co-occurrence bonuses and hard negatives, with one human-readable reason per
 * contribution. Texts are folded (see `lib/text/fold.ts`) and signal patterns folded alike, so
 * "deportación" and "deportacion" score the same.
 */
import type { TopicResult } from '../report/report';
import type { Lang, Topic, TopicSignal } from '../dataset/schema';
import type { TopicPattern, TopicPatterns } from '../text/pattern-source';
import { lowerSameLength } from '../text/keys';
import { runSteps } from '../util/steps';

export interface TopicTexts {
  headline: string;
  lead: string;
  body: string;
}

type Place = keyof TopicTexts;
const PLACES: Place[] = ['headline', 'lead', 'body'];

/** A body longer than this yields after each signal (searching it takes a millisecond or more). */
const LONG_BODY_CHARS = 50_000;

/** Body mentions beyond this many add nothing: repetition is not relevance. */
const BODY_CAP = 3;

const PLACE_NAMES: Record<Lang, Record<Place, string>> = {
  en: { headline: 'headline', lead: 'lead', body: 'body' },
  es: { headline: 'titular', lead: 'entradilla', body: 'cuerpo' },
};
const IN: Record<Lang, string> = { en: 'in', es: 'en' };

interface CompiledSignal {
  signal: TopicSignal;
  re: RegExp;
  /** Runs on the lower-cased texts (`TopicPattern.lower`). */
  lower: boolean;
}

function compileSignal(signal: TopicSignal, { source, flags, lower }: TopicPattern): CompiledSignal {
  return { signal, re: new RegExp(source, flags), lower: lower === true };
}

const compiledTopics = new WeakMap<Topic, { signals: CompiledSignal[]; negatives: CompiledSignal[] }>();

function compileSignals(topic: Topic, patterns: TopicPatterns) {
  let compiled = compiledTopics.get(topic);
  if (!compiled) {
    const compile = (list: TopicSignal[], sources: TopicPattern[]): CompiledSignal[] =>
      list.map((signal, i) => compileSignal(signal, sources[i]));
    compiled = {
      signals: compile(topic.signals, patterns.signals),
      negatives: compile(topic.negatives, patterns.negatives),
    };
    compiledTopics.set(topic, compiled);
  }
  return compiled;
}

function count(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < cap && (m = re.exec(text)) !== null) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return rounded >= 0 ? `+${rounded}` : `−${-rounded}`;
}

function appliesTo(signal: TopicSignal, lang: Lang): boolean {
  return signal.lang === 'any' || signal.lang === undefined || signal.lang === lang;
}

/**
 * Score folded texts against a topic. On topic when the score reaches the threshold, an anchor
 * signal appears in the headline or the lead (a story only mentioned further down is not the story)
 * and one of the `requireAny` signals appears anywhere.
 */
export function scoreTopic(topic: Topic, texts: TopicTexts, lang: Lang, patterns: TopicPatterns): TopicResult {
  return runSteps(scoreTopicSteps(topic, texts, lang, patterns));
}

/**
 * `scoreTopic` as steps: yields after each signal's search of the body, which on a very large page
 * (1 MB) is a few milliseconds each, and dozens of them in a row would be one long task. `patterns`
 * are the signals' sources as the pack's matcher tables hold them (`MatcherTables.topic`).
 */
export function* scoreTopicSteps(
  topic: Topic,
  texts: TopicTexts,
  lang: Lang,
  patterns: TopicPatterns,
): Generator<void, TopicResult> {
  const { signals, negatives } = compileSignals(topic, patterns);
  const reasons: string[] = [];
  const matched: NonNullable<TopicResult['matched']> = [];
  const found = new Set<string>();
  let anchored = false;
  let score = 0;
  const anchors = new Set(topic.anchors);

  const lowered: TopicTexts = {
    headline: lowerSameLength(texts.headline),
    lead: lowerSameLength(texts.lead),
    body: lowerSameLength(texts.body),
  };

  function* scan(list: CompiledSignal[], sign: 1 | -1): Generator<void, void> {
    for (const { signal, re, lower } of list) {
      if (!appliesTo(signal, lang)) continue;
      for (const place of PLACES) {
        const hits = count(re, (lower ? lowered : texts)[place], place === 'body' ? BODY_CAP : 1);
        if (hits === 0) continue;
        const points = sign * Math.abs(signal.weight) * topic.placeWeights[place] * hits;
        score += points;
        if (sign > 0) {
          found.add(signal.id);
          if (anchors.has(signal.id) && place !== 'body') anchored = true;
        }
        matched.push(sign > 0 ? { signal: signal.id, place } : { signal: signal.id, place, against: true });
        const times = hits > 1 ? ` ×${hits}` : '';
        reasons.push(`${signal.label[lang]} ${IN[lang]} ${PLACE_NAMES[lang][place]}${times} (${formatPoints(points)})`);
      }
      if (texts.body.length > LONG_BODY_CHARS) yield;
    }
  }
  yield* scan(signals, 1);
  for (const rule of topic.cooccurrence) {
    if (rule.all.every((id) => found.has(id))) {
      score += rule.bonus;
      const labels = rule.all.map((id) => topic.signals.find((s) => s.id === id)?.label[lang] ?? id);
      reasons.push(`${labels.join(' + ')} (${formatPoints(rule.bonus)})`);
    }
  }
  yield* scan(negatives, -1);
  score = Math.round(score * 10) / 10;
  const required = topic.requireAny ?? [];
  const storyNamed = required.length === 0 || required.some((id) => found.has(id));
  const onTopic = anchored && storyNamed && score >= topic.threshold;
  if (!anchored) {
    reasons.push(lang === 'es' ? 'ningún término clave en titular ni entradilla' : 'no key term in headline or lead');
  }
  if (!storyNamed) {
    reasons.push(lang === 'es' ? 'no menciona la historia en sí' : 'the story itself is not mentioned');
  }
  reasons.push(
    `${lang === 'es' ? 'puntuación' : 'score'} ${score} ${score >= topic.threshold ? '≥' : '<'} ${topic.threshold}`,
  );
  return { id: topic.id, onTopic, score, reasons, matched };
}
