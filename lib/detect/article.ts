/**
 * Article detection: is this page one news article, where is its body, what is its headline?
 * The page's own metadata decides first (JSON-LD `NewsArticle` and kin, `og:type`), then structure
 * (`<article>`, `itemprop=articleBody`, `<main>`), then Readability's `isProbablyReaderable`.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { openShadowRoots } from '../dom/shadow';
import { isExcludedElement, isExpanderElement, protectArticlePath } from './exclusions';

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

const POSITIVE_CLASS = /(?:^|[-_\s])(?:article|story|entry|post|body|content|text|prose|main)(?:$|[-_\s])|articlebody|storybody/i;
const NEGATIVE_CLASS = /(?:^|[-_\s])(?:module|mod|widget|teaser|card|promo|sponsor|meta|footer|header|nav|list|feed)(?:$|[-_\s])/i;

/** Readability's class weight, reduced to a factor on the paragraph text of the element and its parent. */
function classWeight(element: Element): number {
  let weight = 1;
  for (let e: Element | null = element, depth = 0; e && depth < 2; e = e.parentElement, depth++) {
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (POSITIVE_CLASS.test(names)) weight *= 1.5;
    if (NEGATIVE_CLASS.test(names)) weight *= 0.6;
  }
  return weight;
}

/** The parent holding the most paragraph text: Readability's core idea, without its scoring pass. */
function densestParagraphParent(doc: Document): { element: Element; total: number } | null {
  const totals = new Map<Element, number>();
  const furniture = new Map<Element, boolean>();
  // Comments and rails are no article body, however much text they hold.
  // Iterative, not recursive: a page nested thousands deep must not overflow the stack.
  const inFurniture = (start: Element | null): boolean => {
    const unknown: Element[] = [];
    let answer = false;
    for (let e = start; e; e = e.parentElement) {
      const known = furniture.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (isExcludedElement(e)) {
        furniture.set(e, true);
        answer = true;
        break;
      }
      unknown.push(e);
    }
    for (const e of unknown) furniture.set(e, answer);
    return answer;
  };
  let best: Element | null = null;
  let bestTotal = 0;
  let bestScore = 0;
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const total = (totals.get(parent) ?? 0) + textLength(p);
    totals.set(parent, total);
    // As in Readability, class names weigh in: a short story body beats a long news module, and
    // comments lose to it, without losing a body whose wrapper only looks like furniture ("read-more").
    const score = total * classWeight(parent) * (inFurniture(parent) ? 0.25 : 1);
    if (score > bestScore) {
      bestScore = score;
      bestTotal = total;
      best = parent;
    }
  }
  if (!best) return null;
  // An article split over sibling sections (`post__content__section`): their parent holds it all.
  const parent = best.parentElement;
  if (parent && parent !== doc.body) {
    const cls = best.getAttribute('class') ?? '';
    let joined = 0;
    let siblings = 0;
    for (const sibling of parent.children) {
      if (sibling.localName !== best.localName || (sibling.getAttribute('class') ?? '') !== cls) continue;
      const total = totals.get(sibling) ?? 0;
      if (total > 0) {
        siblings++;
        joined += total;
      }
    }
    if (siblings > 1) return { element: parent, total: joined };
  }
  // Sections of one article that a page spreads over separate wrappers (a long read whose second
  // half follows a full-width figure): the same class elsewhere, joined under their common ancestor
  // when that ancestor is little more than those sections.
  const cls = best.getAttribute('class') ?? '';
  if (cls.trim() !== '') {
    let joined = 0;
    let common: Element | null = null;
    let sections = 0;
    for (const [element, total] of totals) {
      if (element.localName !== best.localName || (element.getAttribute('class') ?? '') !== cls || inFurniture(element)) continue;
      sections++;
      joined += total;
      common = common ? commonAncestor(common, element) : element;
    }
    if (sections > 1 && common && common !== doc.body && common !== doc.documentElement) {
      // Measured on paragraphs, not on all text: inline scripts and styles would swell the latter.
      let paragraphs = 0;
      for (const p of common.querySelectorAll('p')) paragraphs += textLength(p);
      if (joined >= 0.6 * paragraphs) return { element: common, total: joined };
    }
  }
  return { element: best, total: bestTotal };
}

/**
 * Paragraph blocks inside the root that a paywall or "read more" expander wraps: the rest of the
 * article's body, hidden behind a button, never a list of other stories. Marked as the article's
 * own so their wrapper's furniture-like name does not drop them.
 */
function protectExpandedBody(root: Element, container: Element | null): void {
  const totals = new Map<Element, number>();
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + textLength(p));
  }
  for (const [parent, total] of totals) {
    if (total < 100) continue;
    let expander: Element | null = null;
    let other = false;
    for (let e: Element | null = parent; e && e !== root; e = e.parentElement) {
      if (!isExcludedElement(e)) continue;
      if (isExpanderElement(e)) expander = e;
      else other = true;
    }
    // A short remainder counts only where the expander continues the body's own paragraphs.
    if (expander && !other && (total >= 400 || expander.parentElement === container)) protectArticlePath(parent, root);
  }
}

/** Lower case, letters and digits only, single spaces: for comparing headings with titles. */
const norm = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The headline the page declares in its metadata: og:title, JSON-LD, `<title>` without the site name. */
function declaredTitles(doc: Document, jsonLd: JsonLdFacts): string[] {
  const title = typeof doc.title === 'string' ? doc.title : '';
  // "Headline | Site" / "Headline - Site": the longest segment is the headline.
  const core = title.split(/\s+[|–—-]\s+|\s+::\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
  return [jsonLd.headline ?? '', meta(doc, 'meta[property="og:title"]'), meta(doc, 'meta[name="twitter:title"]'), core, title]
    .map(norm)
    .filter((t) => t.length > 0);
}

/** Whether a heading's text is the declared headline (or the declared headline is the heading). */
function agrees(heading: string, declared: string[]): boolean {
  if (heading.length < 8) return false;
  return declared.some((d) => {
    if (d === heading) return true;
    const [short, long] = heading.length < d.length ? [heading, d] : [d, heading];
    // A logo ("salon") is contained in "… | Salon" but is a small part of it.
    return long.includes(short) && short.length >= 0.6 * long.length;
  });
}

function headlineElement(doc: Document, root: Element, jsonLd: JsonLdFacts): Element | null {
  const declared = declaredTitles(doc, jsonLd);
  if (declared.length > 0) {
    for (const selector of ['h1', 'h2', '[itemprop="headline"]']) {
      for (const heading of doc.querySelectorAll(selector)) {
        if (agrees(norm(heading.textContent ?? ''), declared)) return heading;
      }
    }
  }
  const inRoot = root.querySelector('h1');
  if (inRoot && !insideFurniture(inRoot, root) && declared.length === 0) return inRoot;
  return null;
}

function headlineOf(doc: Document, root: Element, jsonLd: JsonLdFacts, element: Element | null): string {
  if (element) return element.textContent?.trim() ?? '';
  // No heading agrees with the metadata: the metadata's own headline, never a logo or section name.
  const title = typeof doc.title === 'string' ? doc.title.trim() : '';
  const declared = jsonLd.headline?.trim() || meta(doc, 'meta[property="og:title"]');
  if (declared) return declared;
  if (title) return title.split(/\s+[|–—-]\s+|\s+::\s+/).sort((a, b) => b.length - a.length)[0].trim();
  for (const h1 of doc.querySelectorAll('h1')) {
    if (!insideFurniture(h1, null) && !isExcludedElement(h1)) {
      const text = h1.textContent?.trim();
      if (text) return text;
    }
  }
  return '';
}

/** The lowest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let e: Element | null = a; e; e = e.parentElement) if (e.contains(b)) return e;
  return null;
}

/** A root this many times larger than the paragraphs it holds is a page column, not the article. */
const ROOT_SLACK = 2;

/**
 * The article's root, from the structural candidate and the element holding most paragraph text:
 * the candidate when it holds that text and is not a whole page column, else the lowest element
 * holding the headline and the text, else the text's own container.
 */
function chooseRoot(structural: Element, container: { element: Element; total: number } | null, headline: Element | null): Element {
  if (!container || container.total < 400) return structural;
  const text = container.element;
  const fits = (e: Element | null): e is Element => e !== null && textLength(e) <= ROOT_SLACK * Math.max(container.total, 1) + 1500;
  if (structural.contains(text)) {
    // The page's own article element is trusted; only a page column (`<main>`) is narrowed.
    if (structural.localName === 'article' || structural.getAttribute('itemprop') === 'articleBody' || fits(structural)) return structural;
  } else if (textLength(structural) > container.total && !text.contains(structural)) {
    return structural;
  }
  const withHeadline = headline ? commonAncestor(headline, text) : null;
  if (withHeadline && fits(withHeadline) && (structural.contains(withHeadline) || withHeadline.contains(structural))) return withHeadline;
  if (text.contains(structural) && fits(text)) return text;
  return text;
}

/** Page text outside the body that a root grown to reach its headline may take in (a dek, a byline). */
const HEADLINE_REACH_CHARS = 1200;

/**
 * The root grown to take in its headline when the page sets the headline in a header above the body:
 * the headline's names are the article's own. Only when that adds little else, so a page column with
 * rails and teasers is never taken for the article.
 */
function withHeadline(root: Element, headline: Element | null): Element {
  if (!headline || root.contains(headline)) return root;
  const common = commonAncestor(headline, root);
  if (!common || common.localName === 'body' || common.localName === 'html') return root;
  const extra = textLength(common) - textLength(root) - textLength(headline);
  return extra <= HEADLINE_REACH_CHARS ? common : root;
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
  const container = densestParagraphParent(doc);
  let structural: Element;
  if (articleElement && articleElement.length >= ARTICLE_MIN_CHARS) {
    structural = articleElement.element;
  } else if (articleBody) {
    structural = articleBody;
  } else {
    structural = doc.querySelector('main, [role="main"]') ?? container?.element.parentElement ?? body;
  }
  const headlineEl = headlineElement(doc, structural, jsonLd);
  const root = withHeadline(chooseRoot(structural, container, headlineEl), headlineEl);
  if (container && root.contains(container.element)) protectArticlePath(container.element, root);
  protectExpandedBody(root, container?.element ?? null);

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
    headline: headlineOf(doc, root, jsonLd, headlineEl),
    headlineElement: headlineEl && !root.contains(headlineEl) && !insideFurniture(headlineEl, null) && !isExcludedElement(headlineEl) ? headlineEl : undefined,
    description,
    declaredLang: jsonLd.lang,
    reasons,
  };
}
