/**
 * The article's headline: the heading that agrees with what the page declares (`og:title`, JSON-LD
 * `headline`, `<title>` without the site name), not simply the first `<h1>`, which is often a logo or
 * a section name.
 */
import { insideFurniture } from './article-root';
import { isExcludedElement } from './exclusions';
import { meta, type JsonLdFacts } from './page-metadata';
import { titleKey } from '../text/keys';

/** The headline the page declares in its metadata: og:title, JSON-LD, `<title>` without the site name. */
function declaredTitles(doc: Document, jsonLd: JsonLdFacts): string[] {
  const title = typeof doc.title === 'string' ? doc.title : '';
  // "Headline | Site" / "Headline - Site": the longest segment is the headline.
  const core = title.split(/\s+[|–—-]\s+|\s+::\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
  return [
    jsonLd.headline ?? '',
    meta(doc, 'meta[property="og:title"]'),
    meta(doc, 'meta[name="twitter:title"]'),
    core,
    title,
  ]
    .map(titleKey)
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

/**
 * The heading element that agrees with the page's declared headline (never a logo or section name).
 * A copy in page furniture (a sticky bar that repeats the title) gives way to one outside it; a
 * headline the page sets only inside furniture (a breadcrumb trail) is still the headline.
 */
export function headlineElement(doc: Document, root: Element, jsonLd: JsonLdFacts): Element | null {
  const declared = declaredTitles(doc, jsonLd);
  if (declared.length > 0) {
    let inFurniture: Element | null = null;
    for (const selector of ['h1', 'h2', '[itemprop="headline"]']) {
      for (const heading of doc.querySelectorAll(selector)) {
        if (!agrees(titleKey(heading.textContent ?? ''), declared)) continue;
        if (!isExcludedElement(heading) && !insideFurniture(heading, null)) return heading;
        inFurniture ??= heading;
      }
    }
    if (inFurniture) return inFurniture;
  }
  const inRoot = root.querySelector('h1');
  if (inRoot && !insideFurniture(inRoot, root) && declared.length === 0) return inRoot;
  return null;
}

/** The headline's text: the agreeing heading, else the declared headline, else the first real `<h1>`. */
export function headlineOf(doc: Document, root: Element, jsonLd: JsonLdFacts, element: Element | null): string {
  if (element) return element.textContent?.trim() ?? '';
  // No heading agrees with the metadata: the metadata's own headline, never a logo or section name.
  const title = typeof doc.title === 'string' ? doc.title.trim() : '';
  const declared = jsonLd.headline?.trim() || meta(doc, 'meta[property="og:title"]');
  if (declared) return declared;
  if (title)
    return title
      .split(/\s+[|–—-]\s+|\s+::\s+/)
      .sort((a, b) => b.length - a.length)[0]
      .trim();
  for (const h1 of doc.querySelectorAll('h1')) {
    if (!insideFurniture(h1, null) && !isExcludedElement(h1)) {
      const text = h1.textContent?.trim();
      if (text) return text;
    }
  }
  return '';
}
