/**
 * Article detection: is this page one news article, where is its body, what is its headline?
 * The page's own metadata decides first (JSON-LD `NewsArticle` and kin, `og:type`), then structure
 * (`<article>`, `itemprop=articleBody`, `<main>`), then Readability's `isProbablyReaderable`.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { openShadowRoots } from '../dom/shadow';
import {
  chooseRoot,
  densestParagraphParentSteps,
  mainArticleElement,
  protectExpandedBodySteps,
  containerTextLength,
  withHeadline,
} from './article-root';
import { markLinkBoxesSteps, protectArticlePath } from './exclusions';
import { headlineElement, headlineOf } from './headline';
import { meta, readJsonLd } from './page-metadata';
import { runSteps } from '../util/steps';

export interface ArticleInfo {
  isArticle: boolean;
  /** The element whose text is the article (headline and body where the page groups them). */
  root: Element;
  headline: string;
  /**
   * The headline's element when the page sets it outside `root` (a header above the body): read
   * before the root, so the names in it are the article's own.
   */
  headlineElement?: Element;
  /** The page's own summary (meta description / JSON-LD description), part of the lead. */
  description: string;
  /** Language declared by JSON-LD `inLanguage`, if any. */
  declaredLang?: string;
  /** Why the page was (or was not) taken for an article. */
  reasons: string[];
}

/** Minimum text of an `<article>` element for structure alone to call the page an article. */
const ARTICLE_MIN_CHARS = 500;
/** A page that calls itself a listing needs a much longer single article to count as one. */
const LISTING_ARTICLE_MIN_CHARS = 1500;

/** Decide whether `doc` is an article and find its root, headline and description. */
export function detectArticle(doc: Document): ArticleInfo {
  return runSteps(detectArticleSteps(doc));
}

/**
 * `detectArticle` as steps: it reads the text lengths of the page's candidate containers and
 * paragraphs, which on a very large page takes tens of milliseconds, so it pauses between them.
 */
export function* detectArticleSteps(doc: Document): Generator<void, ArticleInfo> {
  const reasons: string[] = [];
  const jsonLd = readJsonLd(doc);
  const ogType = meta(doc, 'meta[property="og:type"]').toLowerCase();
  const body = doc.body ?? doc.documentElement;

  let articleElement = mainArticleElement([doc], LISTING_ARTICLE_MIN_CHARS);
  yield;
  let articleBody = doc.querySelector('[itemprop="articleBody"]');
  if (!(articleElement && articleElement.length >= ARTICLE_MIN_CHARS) && !articleBody) {
    // A page built of web components may render its article inside open shadow roots.
    const roots = openShadowRoots(doc);
    if (roots.length > 0) {
      const inShadow = mainArticleElement(roots, LISTING_ARTICLE_MIN_CHARS);
      if (inShadow && inShadow.length > (articleElement?.length ?? 0)) articleElement = inShadow;
      for (const root of roots) articleBody ??= root.querySelector('[itemprop="articleBody"]');
    }
  }
  yield;
  const paragraphTotals = new Map<Element, number>();
  const container = yield* densestParagraphParentSteps(doc, paragraphTotals);
  yield;
  let structural: Element;
  if (articleElement && articleElement.length >= ARTICLE_MIN_CHARS) {
    structural = articleElement.element;
  } else if (articleBody) {
    structural = articleBody;
  } else {
    structural = doc.querySelector('main, [role="main"]') ?? container?.element.parentElement ?? body;
  }
  const headlineEl = headlineElement(doc, structural, jsonLd);
  yield;
  const root = withHeadline(chooseRoot(structural, container, headlineEl), headlineEl);
  if (container && root.contains(container.element)) protectArticlePath(container.element, root);
  yield* protectExpandedBodySteps(root, container?.element ?? null, paragraphTotals);
  yield;
  // Related-story boxes and link lists inside the article; the text's container and the headline stay.
  const keep = [container?.element, headlineEl, root.querySelector('h1')].filter((e): e is Element => !!e);
  yield* markLinkBoxesSteps(root, keep);

  let isArticle: boolean;
  if (jsonLd.article) {
    isArticle = true;
    reasons.push('JSON-LD article');
  } else if (ogType === 'article') {
    isArticle = true;
    reasons.push('og:type article');
  } else if (jsonLd.listing || (ogType !== '' && ogType !== 'article')) {
    const length = Math.max(articleElement?.length ?? 0, articleBody ? containerTextLength(articleBody) : 0);
    isArticle = length >= LISTING_ARTICLE_MIN_CHARS;
    reasons.push(isArticle ? 'listing metadata, but one long <article>' : 'listing metadata');
  } else if ((articleElement && articleElement.length >= ARTICLE_MIN_CHARS) || articleBody) {
    isArticle = true;
    reasons.push(articleBody ? 'itemprop=articleBody' : '<article> element');
  } else {
    isArticle = isProbablyReaderable(doc);
    reasons.push(isArticle ? 'readable text (Readability)' : 'no article structure');
  }

  const description =
    jsonLd.description?.trim() || meta(doc, 'meta[name="description"]') || meta(doc, 'meta[property="og:description"]');
  return {
    isArticle,
    root,
    headline: headlineOf(doc, root, jsonLd, headlineEl),
    // A heading that agrees with the declared headline is read even in furniture (see `headlineElement`).
    headlineElement: headlineEl && !root.contains(headlineEl) ? headlineEl : undefined,
    description,
    declaredLang: jsonLd.lang,
    reasons,
  };
}
