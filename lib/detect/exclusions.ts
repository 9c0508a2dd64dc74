/**
 * What inside an article root is not article text: page furniture (navigation, related and
 * most-read lists, comments, share bars, ads, newsletters), hidden or editable content, form
 * controls and our own UI. Decided from tag, attributes and class/id tokens only, because computing
 * styles for every element of a large page costs more than the whole scan.
 */
import { foldLower } from '../text/keys';
import { isOwnHost } from '../dom/own-ui';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'nav',
  'aside',
  'footer',
  'form',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'dialog',
  'menu',
  'head',
  'link',
  'meta',
  'math',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'banner',
  'form',
]);

/**
 * Class or id words of page furniture, English and Spanish. Matched against each hyphen/underscore
 * part of a token, so "c-related-links" and "lo-mas-leido" count but "articulo" does not.
 */
const FURNITURE_WORDS = new Set([
  'related',
  'relacionadas',
  'relacionados',
  'relacionada',
  'relacionado',
  'mostread',
  'popular',
  'trending',
  'recommended',
  'recommendations',
  'recomendados',
  'recirc',
  'recirculation',
  'outbrain',
  'taboola',
  'comment',
  'comments',
  'comentarios',
  'disqus',
  'sidebar',
  'rail',
  'promo',
  'newsletter',
  'subscribe',
  'subscription',
  'suscripcion',
  'share',
  'sharing',
  'social',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'publicidad',
  'anuncio',
  'sponsored',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'etiquetas',
  'paywall',
  'signup',
  'cookie',
  'cookies',
  'modal',
  'popup',
  'sronly',
  'visuallyhidden',
  'screenreadertext',
  'masleidas',
  'masleido',
  'leido',
  'leidas',
  'readnext',
  'upnext',
  'morestories',
  'readmore',
  'alsoread',
  'lotambien',
  'byline',
  'bylines',
  'author',
  'authors',
]);

/** Multi-part phrases that mean furniture only together ("most-read", "sr-only", "lo-más-leído"). */
const FURNITURE_PHRASES = [
  /(?:^|[-_])most[-_]?(?:read|popular|viewed)(?:$|[-_])/,
  /(?:^|[-_])(?:sr|visually|screen[-_]?reader)[-_]?(?:only|hidden|text)(?:$|[-_])/,
  /(?:^|[-_])off[-_]?screen(?:$|[-_])/,
  /(?:^|[-_])(?:read|up)[-_]?(?:next|more)(?:$|[-_])/,
  /(?:^|[-_])more[-_](?:stories|news|from)(?:$|[-_])/,
  /(?:^|[-_])(?:lo[-_])?mas[-_](?:leido|leidas|visto|vistas)(?:$|[-_])/,
  /(?:^|[-_])te[-_]puede[-_]interesar(?:$|[-_])/,
  /(?:^|[-_])see[-_]also(?:$|[-_])/,
];

/** Tokens describing a wrapper's state ("has-sidebar", "with-ads"), not the furniture itself. */
const STATE_PREFIX = /^(?:has|with|no|show|is|js)[-_]/;
/** Utility classes that contain a furniture word but style ordinary content. */
const UTILITY = /^(?:overflow|text|sm|md|lg|xl)[-_:]|[-_]hidden$/;

/** WordPress-style identifiers ("author-1234", "postid-77"): a record's id, not its role. */
const NUMBERED = /[-_]\d+$/;
/** Parts of a layout name ("panel-two-col-sidebar-right-mix"): the token names a page grid. */
const LAYOUT_PARTS = new Set([
  'col',
  'cols',
  'column',
  'columns',
  'panel',
  'layout',
  'grid',
  'row',
  'region',
  'template',
  'two',
  'three',
  'mix',
]);

function isFurnitureToken(token: string): boolean {
  const t = foldLower(token);
  if (STATE_PREFIX.test(t) || UTILITY.test(t) || NUMBERED.test(t)) return false;
  const parts = t.split(/[-_]+/);
  if (parts.some((part) => LAYOUT_PARTS.has(part))) return false;
  for (const part of parts) if (FURNITURE_WORDS.has(part)) return true;
  for (const phrase of FURNITURE_PHRASES) if (phrase.test(t)) return true;
  return false;
}

/** Classes that hide an element outright. */
const HIDDEN_CLASS = /^(?:(?:is|u|js|d)[-_])?(?:hidden|hide|none|invisible)$|^display[-_]none$/i;
/** Responsive utilities ("hidden md:block") show the element again at some widths. */
const RESPONSIVE_SHOW = /:(?:block|flex|grid|inline|inline-block|table|contents)$/;

function hasHidingClass(tokens: string[]): boolean {
  return tokens.some((t) => HIDDEN_CLASS.test(t)) && !tokens.some((t) => RESPONSIVE_SHOW.test(t));
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Headings that introduce a list of other stories, without any class to say so. */
const RELATED_HEADING =
  /^\s*(?:related(?: coverage| stories| articles| content)?|more (?:on this(?: story)?|from [^:]{1,40}|about [^:]{1,60}|stories|news)|read (?:more|next)|see also|also read|most (?:read|popular|viewed|shared)|trending(?: now)?|popular(?: now)?|up next|watch next|recommended(?: for you)?|lea también|lee también|relacionad[ao]s|noticias relacionadas|más noticias|más sobre este tema|te puede interesar|le puede interesar|lo más (?:leído|visto)|más (?:leídas|leídos|vistas|vistos)|tendencias|recomendados)\s*:?\s*$/i;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_AFTER_HEADING = new Set(['ul', 'ol', 'div', 'section']);

function isRelatedHeading(element: Element | null): boolean {
  return element !== null && HEADING_TAGS.has(element.localName) && RELATED_HEADING.test(element.textContent ?? '');
}

/**
 * Elements that hold the article's paragraphs (the text container and its ancestors up to the
 * root), set by article detection: a class or id that looks like furniture ("read-more" on a
 * paywall expander) never drops the article itself.
 */
const articlePath = new WeakSet<Element>();

/** Mark the elements from `container` up to `root` as the article's own. */
export function protectArticlePath(container: Element, root: Element): void {
  for (let e: Element | null = container; e; e = e.parentElement) {
    articlePath.add(e);
    if (e === root) break;
  }
}

/** Class or id tokens of a paywall or "read more" expander: "read-more", "read-more-content", "paywall". */
const EXPANDER_TOKEN = /^(?:read[-_]?more|paywall|article[-_]paywall)(?:[-_](?:content|body|container|wrapper))?$/i;

/** Whether the element's class or id names a paywall or "read more" expander (by its tokens only). */
export function isExpanderElement(element: Element): boolean {
  const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter(Boolean);
  return tokens.some((t) => EXPANDER_TOKEN.test(t));
}

/** A media player inside a figure. */
const PLAYER = 'iframe, video, object, embed';

/** Reverse `items` from index `from` to the end, in place. */
function reverseFrom<T>(items: T[], from: number): void {
  for (let i = from, j = items.length - 1; i < j; i++, j--) {
    const item = items[i];
    items[i] = items[j];
    items[j] = item;
  }
}

/** Whether an element (and its subtree) is left out of the article text. */
export function isExcludedElement(element: Element): boolean {
  const tag = element.localName;
  if (SKIP_TAGS.has(tag)) return true;
  // Body classes describe the whole page ("yog-ad-leaderboard", "author-12"), never furniture.
  if (tag === 'body' || tag === 'html') return false;
  if (articlePath.has(element))
    return element.hasAttribute('hidden') || HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
  if (HEADING_TAGS.has(tag) && isRelatedHeading(element)) return true;
  if (LIST_AFTER_HEADING.has(tag) && isRelatedHeading(element.previousElementSibling)) return true;
  // Our own UI host, known by identity: it has no stable name to test (lib/dom/own-ui.ts).
  if (isOwnHost(element)) return true;
  // A video player with its caption ("Media caption …") is a promo clip, not the story's own text;
  // a figure with a photo keeps its caption.
  if (tag === 'figure' && element.querySelector(PLAYER)) return true;
  // The rest reads attributes: most of an article's elements have none, and one call says so where
  // the reads below are seven (measured in Chromium over 5,000 paragraphs: 0.4–1.2 ms against 6–11).
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const classes = element.getAttribute('class');
  if (classes) {
    const tokens = classes.split(/\s+/).filter(Boolean);
    if (hasHidingClass(tokens)) return true;
    for (const token of tokens) if (isFurnitureToken(token)) return true;
  }
  const id = element.getAttribute('id');
  return id !== null && id !== '' && isFurnitureToken(id);
}

/** "Read more: …" / "Lea también: …" lines between paragraphs point at other stories. */
const RELATED_LINE =
  /^(?:read more|more|related|related coverage|see also|also read|watch|listen|more on this story|lea también|lee también|le puede interesar|te puede interesar|también le puede interesar|puede interesarte|relacionad[oa]s?|ver también|más información|noticia relacionada|le recomendamos|te recomendamos)\s*[:|»>—–-]/i;

/** Whether a short block is a pointer to another story rather than article text. */
export function isRelatedLinkBlock(blockText: string): boolean {
  return RELATED_LINE.test(blockText);
}

/** Share of an element's text in links from which it is a list of links, not article text. */
const LINK_TEXT_SHARE = 0.8;
/** Headings that are links, from which an element is a box of other stories ("More about …"). */
const LINK_HEADINGS = 2;
/** Containers the link rule judges: blocks of blocks, never a paragraph, heading or inline link. */
const LINK_BOX_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'header', 'figure', 'details', 'center']);
const ALL_HEADING_TAGS = new Set(['h1', ...HEADING_TAGS]);

/** Elements read between two yields of `markLinkBoxesSteps` (a large page's root holds thousands). */
const ELEMENTS_PER_STEP = 512;

/** Elements inside an article root that hold other stories' links (`markLinkBoxesSteps`). */
const linkBoxes = new WeakSet<Element>();

/**
 * Mark the related-story boxes and link lists inside an article root: containers whose text is
 * mostly link text, or that hold two or more headings that are links. The elements in `keep`
 * (the paragraphs' container, the headline) and every element holding one of them stay, as do the
 * article's own path (`protectArticlePath`). One pass over the root, children before parents, as
 * steps: it pauses every few hundred elements.
 */
export function* markLinkBoxesSteps(root: Element, keep: readonly Element[]): Generator<void, void> {
  const kept = new Set<Element>();
  for (const element of keep) {
    for (let e: Element | null = element; e && e !== root; e = e.parentElement) kept.add(e);
  }
  // Pre-order, iteratively (pages nest thousands deep); text counted without what is left out anyway.
  const order: Element[] = [];
  const parentIndex: number[] = [];
  const inLink: boolean[] = [];
  const text: number[] = [];
  const linkText: number[] = [];
  const linkHeadings: number[] = [];
  const stack: [Element, number, boolean][] = [[root, -1, false]];
  /** Elements read (popped and, as children, tested), for the yields. */
  let read = 0;
  while (stack.length > 0) {
    const [element, parent, linked] = stack.pop()!;
    const index = order.length;
    if (++read % ELEMENTS_PER_STEP === 0) yield;
    const link = linked || element.localName === 'a';
    order.push(element);
    parentIndex.push(parent);
    inLink.push(link);
    // One walk over the child nodes: text counted, elements kept to visit (in document order once
    // popped). An article root may hold thousands of children: reading them counts toward the step.
    let own = 0;
    const from = stack.length;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) own += (child as Text).data.trim().length;
      else if (type === 1) {
        if (++read % ELEMENTS_PER_STEP === 0) yield;
        if (!isExcludedElement(child as Element)) stack.push([child as Element, index, link]);
      }
    }
    reverseFrom(stack, from);
    text.push(own);
    linkText.push(link ? own : 0);
    linkHeadings.push(0);
  }
  for (let i = order.length - 1; i > 0; i--) {
    const element = order[i];
    const tag = element.localName;
    if (ALL_HEADING_TAGS.has(tag) && text[i] > 0 && linkText[i] >= LINK_TEXT_SHARE * text[i]) linkHeadings[i]++;
    const isBox =
      LINK_BOX_TAGS.has(tag) &&
      !kept.has(element) &&
      !articlePath.has(element) &&
      text[i] > 0 &&
      (linkText[i] >= LINK_TEXT_SHARE * text[i] || linkHeadings[i] >= LINK_HEADINGS);
    if (isBox) {
      linkBoxes.add(element);
      continue; // left out: its text and links count for nothing above it
    }
    const parent = parentIndex[i];
    text[parent] += text[i];
    linkText[parent] += linkText[i];
    linkHeadings[parent] += linkHeadings[i];
  }
}

/**
 * Whether an element (and its subtree) is left out of the article's text: page furniture
 * (`isExcludedElement`) or, inside the article root, a box of links to other stories (`markLinkBoxesSteps`).
 */
export function isLeftOutOfArticleText(element: Element): boolean {
  return linkBoxes.has(element) || isExcludedElement(element);
}
