/**
 * Where the article's body is on a real page: the largest `<article>` outside furniture, the parent
 * holding most paragraph text (Readability's core idea, with its class weights), sections of one
 * article joined, a paywall expander's hidden paragraphs kept, and the root grown to take in a
 * headline set above the body.
 */
import { isExcludedElement, isExpanderElement, protectArticlePath } from './exclusions';

/** Whether any ancestor below `stop` is page furniture (a card in a sidebar, a teaser list). */
export function insideFurniture(element: Element, stop: Element | null): boolean {
  for (let e = element.parentElement; e && e !== stop; e = e.parentElement) {
    if (isExcludedElement(e)) return true;
  }
  return false;
}

/** The length of a paragraph's text (`textContent`: for a short element, the cheapest read). */
export const paragraphTextLength = (element: Element): number => (element.textContent ?? '').length;

/** `NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION`: the nodes whose data `textContent` joins. */
const TEXT_NODES = 0x4 | 0x8;

/**
 * The length of a container's `textContent`, counted up to `enough` characters (the count may pass
 * it), without building the string. Measured in Chromium on a 1 MB article: its `textContent` takes
 * 25–39 ms to build, this walk over its text nodes 6 ms (a paragraph's own `textContent` stays
 * cheaper than a walker: `paragraphTextLength`).
 */
export function containerTextLength(element: Element, enough = Infinity): number {
  const walker = element.ownerDocument.createTreeWalker(element, TEXT_NODES);
  let length = 0;
  while (length < enough && walker.nextNode()) length += (walker.currentNode as CharacterData).data.length;
  return length;
}

/**
 * The largest `<article>` that is not a teaser card inside furniture, with its text length. The
 * length of a single candidate is counted only up to `enough` characters: the callers compare it
 * with thresholds below that, and a 1 MB article need not be counted to the end.
 */
export function mainArticleElement(
  scopes: readonly (Document | ShadowRoot)[],
  enough = Infinity,
): { element: Element; length: number } | null {
  const candidates: Element[] = [];
  for (const scope of scopes) {
    for (const element of scope.querySelectorAll('article'))
      if (!insideFurniture(element, null)) candidates.push(element);
  }
  if (candidates.length === 1) return { element: candidates[0], length: containerTextLength(candidates[0], enough) };
  let best: { element: Element; length: number } | null = null;
  for (const element of candidates) {
    const length = containerTextLength(element);
    if (!best || length > best.length) best = { element, length };
  }
  return best;
}

const POSITIVE_CLASS =
  /(?:^|[-_\s])(?:article|story|entry|post|body|content|text|prose|main)(?:$|[-_\s])|articlebody|storybody/i;
const NEGATIVE_CLASS =
  /(?:^|[-_\s])(?:module|mod|widget|teaser|card|promo|sponsor|meta|footer|header|nav|list|feed)(?:$|[-_\s])/i;

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

/** Paragraphs read between two yields of the steps below (a 1 MB page holds thousands). */
const PARAGRAPHS_PER_STEP = 512;

/**
 * The parent holding the most paragraph text: Readability's core idea, without its scoring pass.
 * As steps, yielding every `PARAGRAPHS_PER_STEP` paragraphs: on a 1 MB page reading them all was
 * one step of 13–18 ms in Firefox.
 */
export function* densestParagraphParentSteps(
  doc: Document,
  totals = new Map<Element, number>(),
): Generator<void, { element: Element; total: number } | null> {
  /** Each parent's class weight, read once (a body's paragraphs share a few parents). */
  const weights = new Map<Element, number>();
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
  let read = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (++read % PARAGRAPHS_PER_STEP === 0) yield;
    const parent = p.parentElement;
    if (!parent) continue;
    const total = (totals.get(parent) ?? 0) + paragraphTextLength(p);
    totals.set(parent, total);
    let weight = weights.get(parent);
    if (weight === undefined) weights.set(parent, (weight = classWeight(parent)));
    // As in Readability, class names weigh in: a short story body beats a long news module, and
    // comments lose to it, without losing a body whose wrapper only looks like furniture ("read-more").
    const score = total * weight * (inFurniture(parent) ? 0.25 : 1);
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
      if (element.localName !== best.localName || (element.getAttribute('class') ?? '') !== cls || inFurniture(element))
        continue;
      sections++;
      joined += total;
      common = common ? commonAncestor(common, element) : element;
    }
    if (sections > 1 && common && common !== doc.body && common !== doc.documentElement) {
      // Measured on paragraphs, not on all text: inline scripts and styles would swell the latter.
      let paragraphs = 0;
      for (const p of common.querySelectorAll('p')) paragraphs += paragraphTextLength(p);
      if (joined >= 0.6 * paragraphs) return { element: common, total: joined };
    }
  }
  return { element: best, total: bestTotal };
}

/**
 * Paragraph blocks inside the root that a paywall or "read more" expander wraps: the rest of the
 * article's body, hidden behind a button, never a list of other stories. Marked as the article's
 * own so their wrapper's furniture-like name does not drop them. As steps, like `densestParagraphParentSteps`.
 *
 * `known`: the paragraph text per parent that `densestParagraphParentSteps` read over the whole
 * document, reused for a root in the document (its parents inside the root are this pass's own):
 * reading every paragraph's text again was a second pass over the 1 MB bench page (the article
 * phase went from a median 22.1 to 17.8 ms with it in Chromium, 0.81×, builds interleaved in one run).
 */
export function* protectExpandedBodySteps(
  root: Element,
  container: Element | null,
  known?: ReadonlyMap<Element, number>,
): Generator<void, void> {
  let totals: ReadonlyMap<Element, number>;
  if (known && root.ownerDocument !== null && root.getRootNode() === root.ownerDocument) {
    const inRoot = new Map<Element, number>();
    for (const [parent, total] of known) if (root.contains(parent)) inRoot.set(parent, total);
    totals = inRoot;
  } else {
    const own = new Map<Element, number>();
    let read = 0;
    for (const p of root.querySelectorAll('p')) {
      if (++read % PARAGRAPHS_PER_STEP === 0) yield;
      const parent = p.parentElement;
      if (parent) own.set(parent, (own.get(parent) ?? 0) + paragraphTextLength(p));
    }
    totals = own;
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
export function chooseRoot(
  structural: Element,
  container: { element: Element; total: number } | null,
  headline: Element | null,
): Element {
  if (!container || container.total < 400) return structural;
  const text = container.element;
  const fits = (e: Element | null): e is Element =>
    e !== null && containerTextLength(e) <= ROOT_SLACK * Math.max(container.total, 1) + 1500;
  if (structural.contains(text)) {
    // The page's own article element is trusted; only a page column (`<main>`) is narrowed.
    if (structural.localName === 'article' || structural.getAttribute('itemprop') === 'articleBody' || fits(structural))
      return structural;
  } else if (containerTextLength(structural) > container.total && !text.contains(structural)) {
    return structural;
  }
  const withHeadline = headline ? commonAncestor(headline, text) : null;
  if (withHeadline && fits(withHeadline) && (structural.contains(withHeadline) || withHeadline.contains(structural)))
    return withHeadline;
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
export function withHeadline(root: Element, headline: Element | null): Element {
  if (!headline || root.contains(headline)) return root;
  const common = commonAncestor(headline, root);
  if (!common || common.localName === 'body' || common.localName === 'html') return root;
  const extra = containerTextLength(common) - containerTextLength(root) - containerTextLength(headline);
  return extra <= HEADLINE_REACH_CHARS ? common : root;
}
