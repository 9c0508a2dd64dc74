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
  if (isOwnHost(element) || element.hasAttribute('hidden')) return true;
  // A video player with its caption ("Media caption …") is a promo clip, not the story's own text;
  // a figure with a photo keeps its caption.
  if (tag === 'figure' && element.querySelector(PLAYER)) return true;
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
