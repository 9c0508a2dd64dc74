/**
 * Article detection: is this page one news article, where is its body, what is its headline?
 * The page's own metadata decides first (JSON-LD `NewsArticle` and kin, `og:type`), then structure
 * (`<article>`, `itemprop=articleBody`, `<main>`), then Readability's `isProbablyReaderable`.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { openShadowRoots } from '../dom/shadow';
import { isExcludedElement } from './exclusions';

export interface ArticleInfo {
  isArticle: boolean;
  /** The element whose text is the article (headline and body where the page groups them). */
  root: Element;
  headline: string;
  /** The page's own summary (meta description / JSON-LD description), part of the lead. */
  description: string;
  /** Language declared by JSON-LD `inLanguage`, if any. */
  declaredLang?: string;
  /** Why the page was (or was not) taken for an article. */
  reasons: string[];
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'Report',
  'LiveBlogPosting', 'SatiricalArticle', 'ScholarlyArticle',
]);
const LISTING_TYPES = new Set(['CollectionPage', 'WebSite', 'SearchResultsPage', 'ItemList', 'ProfilePage']);

interface JsonLdFacts {
  article: boolean;
  listing: boolean;
  headline?: string;
  description?: string;
  lang?: string;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { article: false, listing: false };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Record<string, unknown>;
    const types = typesOf(node);
    if (types.some((t) => ARTICLE_TYPES.has(t))) {
      facts.article = true;
      if (typeof node.headline === 'string' && !facts.headline) facts.headline = node.headline;
      if (typeof node.description === 'string' && !facts.description) facts.description = node.description;
      if (typeof node.inLanguage === 'string' && !facts.lang) facts.lang = node.inLanguage;
    } else if (types.some((t) => LISTING_TYPES.has(t))) {
      facts.listing = true;
    }
    if (node['@graph']) visit(node['@graph'], depth + 1);
    if (node.mainEntity) visit(node.mainEntity, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is the page's problem; the other signals still decide.
    }
  }
  return facts;
}

function meta(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/** Whether any ancestor below `stop` is page furniture (a card in a sidebar, a teaser list). */
function insideFurniture(element: Element, stop: Element | null): boolean {
  for (let e = element.parentElement; e && e !== stop; e = e.parentElement) {
    if (isExcludedElement(e)) return true;
  }
  return false;
}

const textLength = (element: Element): number => (element.textContent ?? '').length;

/** The largest `<article>` that is not a teaser card inside furniture, with its text length. */
function mainArticleElement(scopes: readonly (Document | ShadowRoot)[]): { element: Element; length: number } | null {
  let best: { element: Element; length: number } | null = null;
  for (const scope of scopes) {
    for (const element of scope.querySelectorAll('article')) {
      if (insideFurniture(element, null)) continue;
      const length = textLength(element);
      if (!best || length > best.length) best = { element, length };
    }
  }
  return best;
}

/** The parent holding the most paragraph text: Readability's core idea, without its scoring pass. */
function densestParagraphParent(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  let best: Element | null = null;
  let bestTotal = 0;
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const total = (totals.get(parent) ?? 0) + textLength(p);
    totals.set(parent, total);
    if (total > bestTotal) {
      bestTotal = total;
      best = parent;
    }
  }
  return best;
}

function headlineOf(doc: Document, root: Element, jsonLd: JsonLdFacts): string {
  const inRoot = root.querySelector('h1');
  if (inRoot && !insideFurniture(inRoot, root)) return inRoot.textContent?.trim() ?? '';
  for (const h1 of doc.querySelectorAll('h1')) {
    if (!insideFurniture(h1, null) && !isExcludedElement(h1)) {
      const text = h1.textContent?.trim();
      if (text) return text;
    }
  }
  // `document.title` is a string unless the page clobbers it (`<img name="title">`).
  const title = typeof doc.title === 'string' ? doc.title.trim() : '';
  return jsonLd.headline?.trim() || meta(doc, 'meta[property="og:title"]') || title;
}

/** Minimum text of an `<article>` element for structure alone to call the page an article. */
const ARTICLE_MIN_CHARS = 500;
/** A page that calls itself a listing needs a much longer single article to count as one. */
const LISTING_ARTICLE_MIN_CHARS = 1500;

/** Decide whether `doc` is an article and find its root, headline and description. */
export function detectArticle(doc: Document): ArticleInfo {
  const reasons: string[] = [];
  const jsonLd = readJsonLd(doc);
  const ogType = meta(doc, 'meta[property="og:type"]').toLowerCase();
  const body = doc.body ?? doc.documentElement;

  let articleElement = mainArticleElement([doc]);
  let articleBody = doc.querySelector('[itemprop="articleBody"]');
  if (!(articleElement && articleElement.length >= ARTICLE_MIN_CHARS) && !articleBody) {
    // A page built of web components may render its article inside open shadow roots.
    const roots = openShadowRoots(doc);
    if (roots.length > 0) {
      const inShadow = mainArticleElement(roots);
      if (inShadow && inShadow.length > (articleElement?.length ?? 0)) articleElement = inShadow;
      for (const root of roots) articleBody ??= root.querySelector('[itemprop="articleBody"]');
    }
  }
  let root: Element;
  if (articleElement && articleElement.length >= ARTICLE_MIN_CHARS) {
    root = articleElement.element;
  } else if (articleBody) {
    root = articleBody;
  } else {
    root = doc.querySelector('main, [role="main"]') ?? densestParagraphParent(doc)?.parentElement ?? body;
  }

  let isArticle: boolean;
  if (jsonLd.article) {
    isArticle = true;
    reasons.push('JSON-LD article');
  } else if (ogType === 'article') {
    isArticle = true;
    reasons.push('og:type article');
  } else if (jsonLd.listing || (ogType !== '' && ogType !== 'article')) {
    const length = Math.max(articleElement?.length ?? 0, articleBody ? textLength(articleBody) : 0);
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
    jsonLd.description?.trim() ||
    meta(doc, 'meta[name="description"]') ||
    meta(doc, 'meta[property="og:description"]');
  return {
    isArticle,
    root,
    headline: headlineOf(doc, root, jsonLd),
    description,
    declaredLang: jsonLd.lang,
    reasons,
  };
}
