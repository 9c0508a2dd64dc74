/**
 * What a page says about itself: JSON-LD (`NewsArticle` and kin, listings, headline, description,
 * language) and `<meta>` tags. Read first by article detection, since the page's own word is the
 * strongest signal.
 */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'Report',
  'LiveBlogPosting',
  'SatiricalArticle',
  'ScholarlyArticle',
]);
const LISTING_TYPES = new Set(['CollectionPage', 'WebSite', 'SearchResultsPage', 'ItemList', 'ProfilePage']);

/** What the page's JSON-LD blocks say about it. */
export interface JsonLdFacts {
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

export function readJsonLd(doc: Document): JsonLdFacts {
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

/** A `<meta>` tag's content, trimmed (empty when absent). */
export function meta(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}
