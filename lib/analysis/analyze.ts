/**
 * The analysis pipeline over one `Document`: article detection, the text index of the article body,
 * topic scoring, then (only on topic) entity and disputed-point matching. Pure over its inputs, so
 * the content script, the unit tests and the analyze CLI run the same code.
 *
 * The work is written as steps (generators that yield between pieces of a few milliseconds at
 * most): the CLI and the tests run them to completion at once, the content script spreads them over
 * short tasks so that a large page never blocks the reader's input.
 */
import type { CompiledPack } from '../pack/compiled';
import { parseClaimsSteps } from '../pack/pack-texts';
import type { Lang } from '../dataset/schema';
import { detectArticleSteps } from '../detect/article';
import { isLeftOutOfArticleText, isRelatedLinkBlock } from '../detect/exclusions';
import { detectLanguage } from '../detect/language';
import { detectPublishedDate } from '../detect/published-date';
import { scoreTopicSteps } from '../detect/topic-score';
import { buildTextIndexSteps, type TextIndex } from '../dom/text-index';
import { matchClaimsSteps } from '../match/claims';
import { matchEntitiesSteps } from '../match/entities';
import { foldString, foldTextSteps } from '../text/fold';
import { getRuntime } from '../match/runtime';
import type { PageReport } from '../report/report';
import { eventsSince } from './since';
import { runSteps } from '../util/steps';

export { runSteps };

export interface AnalyzeOptions {
  /** The article language when the caller knows it better than the page does. */
  lang?: string;
  /** Today, to reject future dates and read relative bylines ("hace 3 días"); defaults to now. */
  now?: Date;
  /**
   * Stop after the names: leave the publication date, what happened since and the disputed points
   * (`published`, `since`, `disputed`) for the caller to add with `completeReportSteps`. The content
   * script does this so that names are highlighted before the rest is read: the claim patterns
   * compile on first use (~13 ms cold), and the date's reading and the timeline cost the first scan
   * of a fresh tab 2.5–3 ms more (Chromium), none of it needed for the highlights. A report from
   * such a scan has `published` undefined: not read yet (null is "the page states no date").
   */
  namesFirst?: boolean;
}

export interface Analysis {
  report: PageReport;
  index: TextIndex;
}

/**
 * How much of the body topic scoring reads: a long article is 30–50 thousand characters, and body
 * mentions count three times at most, so a 1 MB page is scored on its first part, which spares it
 * dozens of searches through the whole text (the rarer signals and the negatives find nothing and
 * read to the end). Each signal searches all of it on a page of that size: at 100,000 characters,
 * the 1 MB bench page's topic phase took 15–20 ms in Chromium.
 */
const TOPIC_BODY_CHARS = 50_000;

/** How far into the text the headline may start for it to be recognised as the article's own. */
const HEADLINE_SEARCH_CHARS = 1500;

/** Analyse a document against a pack. Entities and disputed points are reported only on topic. */
export function analyzeDocument(doc: Document, pack: CompiledPack, options: AnalyzeOptions = {}): Analysis {
  return runSteps(analyzeSteps(doc, pack, options));
}

/** `analyzeDocument` as steps; each yield is a point where the caller may pause. */
export function* analyzeSteps(
  doc: Document,
  pack: CompiledPack,
  options: AnalyzeOptions = {},
): Generator<void, Analysis> {
  // The matcher's expressions compile on first use in a page: a step of its own.
  const runtime = getRuntime(pack);
  yield;
  const article = yield* detectArticleSteps(doc);
  yield;
  const roots = article.headlineElement ? [article.headlineElement, article.root] : article.root;
  const index = yield* buildTextIndexSteps(roots, { skip: isLeftOutOfArticleText, dropBlock: isRelatedLinkBlock });
  yield;
  const lang = detectLanguage(doc, index.text, options.lang, article.declaredLang);
  const matchLang: Lang = lang === 'es' ? 'es' : 'en';
  yield;
  const folded = yield* foldTextSteps(index.text);
  yield;

  // The headline usually opens the article text; lead and body start after it.
  const headline = foldString(article.headline);
  let bodyStart = 0;
  if (headline) {
    const at = folded.text.indexOf(headline);
    if (at !== -1 && at < HEADLINE_SEARCH_CHARS) bodyStart = at + headline.length;
  }
  const leadEnd = bodyStart + pack.topic.leadChars;
  const topic = yield* scoreTopicSteps(
    pack.topic,
    {
      headline,
      lead: `${foldString(article.description)}\n${folded.text.slice(bodyStart, leadEnd)}`,
      body: folded.text.slice(leadEnd, leadEnd + TOPIC_BODY_CHARS),
    },
    matchLang,
    runtime.tables.topic,
  );
  if (!article.isArticle) {
    topic.onTopic = false;
    topic.reasons.unshift(matchLang === 'es' ? 'no es un artículo' : 'not an article');
  }

  yield;
  // `published` is read last (`completeReportSteps`); its key is set here for the report's order.
  const report: PageReport = {
    article: article.isArticle,
    lang,
    topic,
    published: undefined,
    entities: [],
    disputed: [],
  };
  if (topic.onTopic) report.entities = yield* matchEntitiesSteps(index.text, folded, runtime, matchLang);
  if (options.namesFirst) return { report, index };
  return { report: yield* completeReportSteps(doc, report, index, pack, options.now), index };
}

/**
 * What a scan with `namesFirst` left out, added to its report: the publication date, then (on
 * topic) the timeline's events since it and the disputed points. A new report; the one given is
 * not changed.
 */
export function* completeReportSteps(
  doc: Document,
  report: PageReport,
  index: TextIndex,
  pack: CompiledPack,
  now: Date = new Date(),
): Generator<void, PageReport> {
  const { published } = detectPublishedDate(doc, { now });
  const complete: PageReport = { ...report, published };
  if (!report.topic.onTopic) return complete;
  if (published) complete.since = eventsSince(pack.timeline, published);
  yield;
  complete.disputed = yield* findDisputedSteps(complete, index, pack);
  return complete;
}

/** The disputed points of an analysed page (empty when it is off topic), as steps: yields at least after every paragraph. */
function* findDisputedSteps(
  report: PageReport,
  index: TextIndex,
  pack: CompiledPack,
): Generator<void, PageReport['disputed']> {
  if (!report.topic.onTopic) return [];
  // A handed pack's claim tables, parsed a claim per step before the pass reads them.
  yield* parseClaimsSteps(pack.matcher);
  return yield* matchClaimsSteps(index.text, getRuntime(pack), pack, report.lang === 'es' ? 'es' : 'en');
}
