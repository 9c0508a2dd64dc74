import { beforeEach, describe, expect, test } from 'vitest';
import { buildTextIndex } from '../../../lib/dom/text-index';
import { isExcludedElement, isRelatedLinkBlock } from '../../../lib/detect/exclusions';
import { forgetOwnHost, registerOwnHost } from '../../../lib/dom/own-ui';

const build = (html: string) => {
  document.body.innerHTML = html;
  return buildTextIndex(document.body, { skip: isExcludedElement, dropBlock: isRelatedLinkBlock });
};

describe('text index: what the article text holds', () => {
  test('our own UI host is left out, known by identity; a page element with our old marker is not', () => {
    document.body.innerHTML = '<p>a</p><qxvbe-mlwzt>CECOT card</qxvbe-mlwzt><div data-backstory-ui>b</div>';
    const host = document.querySelector('qxvbe-mlwzt')!;
    registerOwnHost(host);
    try {
      expect(buildTextIndex(document.body, { skip: isExcludedElement, dropBlock: isRelatedLinkBlock }).text).toBe(
        'a\nb',
      );
    } finally {
      forgetOwnHost(host);
    }
    // The same tag, not ours: it is page text like any other.
    expect(build('<p>a</p><qxvbe-mlwzt>CECOT card</qxvbe-mlwzt>').text).toBe('a\nCECOT card');
  });

  test.each([
    ['inline elements join', '<p>Kristi <a href="#">Noem</a>’s <em>visit</em></p>', 'Kristi Noem’s visit'],
    ['blocks are separated', '<p>Bukele</p><p>Trump</p>', 'Bukele\nTrump'],
    ['<br> separates', '<p>one<br>two</p>', 'one\ntwo'],
    ['indentation between blocks is dropped', '<div>\n  <p>a</p>\n  <p>b</p>\n</div>', 'a\nb'],
    ['newlines inside a paragraph become spaces', '<p>Kristi\nNoem</p>', 'Kristi Noem'],
    [
      'script, style, noscript, template',
      '<p>a</p><script>b</script><style>c{}</style><noscript>d</noscript><template>e</template>',
      'a',
    ],
    ['form controls', '<p>a</p><textarea>b</textarea><select><option>c</option></select><input value="d">', 'a'],
    ['navigation, asides, footers', '<nav>n</nav><p>a</p><aside>s</aside><footer>f</footer>', 'a'],
    ['contenteditable', '<p>a</p><div contenteditable="true">typed</div><div contenteditable="false">b</div>', 'a\nb'],
    ['hidden attribute', '<p>a</p><p hidden>h</p>', 'a'],
    ['aria-hidden', '<p>a</p><span aria-hidden="true">h</span>', 'a'],
    ['inline display:none', '<p>a</p><div style="color:red; display: none">h</div>', 'a'],
    [
      'related and most-read lists',
      '<p>a</p><div class="related-stories">r</div><section class="most-read">m</section><ul id="lo-mas-leido"><li>l</li></ul>',
      'a',
    ],
    [
      'comments, ads, share bars',
      '<p>a</p><div id="comments">c</div><div class="ad-slot">ad</div><div class="share-tools">s</div>',
      'a',
    ],
    ['state classes are not furniture', '<div class="has-sidebar overflow-hidden"><p>a</p></div>', 'a'],
    ['"Read more" lines', '<p>a</p><p><strong>Read more:</strong> <a>CECOT story</a></p><p>b</p>', 'a\nb'],
    ['"Lea también" lines', '<p>a</p><p>LEA TAMBIÉN: otra nota</p>', 'a'],
    ['hiding classes', '<p>a</p><div class="is-hidden">h</div><span class="sr-only">Advertisement</span>', 'a'],
    ['responsive "hidden md:block" stays', '<p>a</p><div class="hidden md:block">b</div>', 'a\nb'],
    [
      'a list under a "Related coverage" heading',
      '<p>a</p><h3>Related coverage</h3><ul><li><a>CECOT story</a></li></ul><p>b</p>',
      'a\nb',
    ],
    [
      'a list under "Lo más leído"',
      '<p>a</p><div><h2>Lo más leído</h2><ol><li><a>Bukele y el CECOT</a></li></ol></div><p>b</p>',
      'a\nb',
    ],
    [
      'a list under an ordinary subhead stays',
      '<p>a</p><h3>What we know</h3><ul><li>item</li></ul>',
      'a\nWhat we know\nitem',
    ],
    ['bylines', '<p class="byline">By Maria Garcia</p><p>a</p><div class="author-bio">b</div>', 'a'],
    ['role=complementary', '<p>a</p><div role="complementary">x</div>', 'a'],
  ])('%s', (_, html, text) => {
    expect(build(html).text).toBe(text);
  });
});

describe('text index: rangeFor maps offsets back to the DOM', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test.each([
    ['inside one text node', '<p>Homeland Security Secretary Kristi Noem toured</p>', 'Kristi Noem'],
    ['across inline elements', '<p>President <a>Nicolás</a> <b>Maduro</b> said</p>', 'Nicolás Maduro'],
    ['a whole block', '<p>first</p><p>second para</p>', 'second para'],
    ['with newlines in the source', '<p>Kristi\n Noem</p>', 'Kristi  Noem'],
  ])('%s', (_, html, needle) => {
    const index = build(html);
    const start = index.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const init = index.rangeFor(start, start + needle.length);
    expect(init).not.toBeNull();
    const range = document.createRange();
    range.setStart(init!.startContainer, init!.startOffset);
    range.setEnd(init!.endContainer, init!.endOffset);
    expect(range.toString().replace(/\s+/g, ' ')).toBe(needle.replace(/\s+/g, ' '));
  });

  test.each([
    [-1, 2],
    [0, 0],
    [3, 2],
    [0, 1000],
  ])('out-of-range offsets (%i, %i) give null', (start, end) => {
    expect(build('<p>abc</p>').rangeFor(start, end)).toBeNull();
  });

  test('a range starting on a block separator starts at the next block', () => {
    const index = build('<p>ab</p><p>cd</p>');
    const init = index.rangeFor(2, 5)!;
    expect(init.startContainer.textContent).toBe('cd');
    expect(init.startOffset).toBe(0);
  });
});

describe('text index: whether its text is in a shadow tree', () => {
  test('a plain page is not; a page whose text comes from an open shadow root is', () => {
    expect(build('<p>Bukele spoke.</p>').inShadowTree).toBe(false);
    document.body.innerHTML = '<p>Before</p><x-story></x-story>';
    const root = document.querySelector('x-story')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Bukele spoke.</p>';
    const index = buildTextIndex(document.body);
    expect(index.text).toBe('Before\nBukele spoke.');
    expect(index.inShadowTree).toBe(true);
    // An index of the shadow tree itself.
    expect(buildTextIndex(root.querySelector('p')!).inShadowTree).toBe(true);
  });
});
