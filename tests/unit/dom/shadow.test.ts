import { afterEach, describe, expect, test } from 'vitest';
import { openShadowRoots, shadowRootOfNode, shadowRootsOf, styleShadowRoots } from '../../../lib/dom/shadow';
import { buildTextIndex } from '../../../lib/dom/text-index';

afterEach(() => {
  document.body.innerHTML = '';
});

function component(parent: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const host = parent.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

describe('open shadow roots', () => {
  test('are found nested, in order; closed ones are not', () => {
    const outer = component(document.body, '<section><p>outer</p></section>');
    const inner = component(outer.querySelector('section')!, '<p>inner</p>');
    component(document.body, '<p>closed</p>', 'closed');
    expect(openShadowRoots(document)).toEqual([outer, inner]);
    expect(openShadowRoots(document, 1)).toEqual([outer]);
  });

  test('a node knows the shadow root it lives in', () => {
    const root = component(document.body, '<p>inside</p>');
    const text = root.querySelector('p')!.firstChild!;
    expect(shadowRootOfNode(text)).toBe(root);
    expect(shadowRootOfNode(document.body)).toBeNull();
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 3);
    expect(shadowRootsOf([range, range])).toEqual([root]);
  });

  test('the text index reads a component as rendered: shadow tree, slotted nodes in their slot, fallback otherwise', () => {
    const article = document.body.appendChild(document.createElement('article'));
    article.innerHTML = '<p>Before.</p>';
    const host = article.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<p>Named <slot name="who"></slot> and <slot>nobody</slot>.</p><p><slot name="none">fallback text</slot></p>';
    host.innerHTML = '<b slot="who">Nayib Bukele</b><i>Kristi Noem</i>';
    article.insertAdjacentHTML('beforeend', '<p>After.</p>');
    const index = buildTextIndex(article);
    expect(index.text).toBe('Before.\nNamed Nayib Bukele and Kristi Noem.\nfallback text\nAfter.');
    const at = index.text.indexOf('Kristi Noem');
    const init = index.rangeFor(at, at + 'Kristi Noem'.length)!;
    expect(init.startContainer.parentElement?.localName).toBe('i');
  });
});

describe('styleShadowRoots', () => {
  test('adopts our sheet once per root, after the page’s own sheets', () => {
    const root = component(document.body, '<p>x</p>');
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const css = '::highlight(backstory-person) { background-color: yellow; }';
    styleShadowRoots([root], window, css);
    styleShadowRoots([root], window, css);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    // A page that resets its list gets ours back on the next draw.
    root.adoptedStyleSheets = [own];
    styleShadowRoots([root], window, css);
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });

  test('a root that refuses new sheets is left alone, without an error', () => {
    const root = component(document.body, '<p>x</p>');
    Object.defineProperty(root, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new Error('frozen by the page');
      },
    });
    expect(() => styleShadowRoots([root], window, 'p {}')).not.toThrow();
  });
});
