import { readFileSync } from 'node:fs';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { focusableIn } from '../../../lib/inpage/focus';
import { mountInPageUi } from '../../../components/inpage/mount';
import type { InPageUi } from '../../../lib/inpage/mount-types';
import type { HighlightSet } from '../../../lib/dom/highlight';
import { buildPage, PACK, REPORT } from '../support/inpage-pack';
import { forgetOwnHost, isOwnHost, ownHostsIn } from '../../../lib/dom/own-ui';
import { isUiHostName, randomUiHostName } from '../../../lib/settings/ui-host';

// The real stylesheet, as the entrypoint passes it, so the mount's adoption check can pass.
const CSS = readFileSync(`${process.cwd()}/assets/styles/inpage-ui.css`, 'utf8');

const STATUS_EN: Record<string, string> = {
  disputed: 'Disputed',
  'contested-in-court': 'Contested in court',
  'ruled-on': 'A court has ruled',
  'contradicted-by-events': 'Later events contradict it',
  unverified: 'Not independently verified',
};

let shadow: ShadowRoot;
let ui: InPageUi;
let controller: AbortController;
let page: ReturnType<typeof buildPage>;
let caret: { offsetNode: Node; offset: number } | null;

const $ = <E extends Element = HTMLElement>(sel: string) => shadow.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(sel: string) => [...shadow.querySelectorAll<E>(sel)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
// The host's name is random (lib/settings/ui-host.ts); each test draws one, as a fresh install would.
let hostNames: string[];
/** Our hosts in the page, found the way the engine finds them: by identity, plus any with our name. */
const hosts = () => [...new Set([...ownHostsIn(document), ...document.querySelectorAll(hostNames.join(','))])];
const host = () => hosts()[0] ?? null;
const key = (k: string, target: EventTarget = shadow.activeElement ?? document.body, init: KeyboardEventInit = {}) =>
  act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }),
    );
  });

function mount(highlights?: HighlightSet) {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  act(() => {
    ui = mountInPageUi({
      css: CSS,
      document,
      window,
      pack: PACK,
      report: REPORT,
      highlights: highlights ?? page.highlights,
      lang: 'en',
      now: new Date('2026-11-29T12:00:00Z'),
      signal: controller.signal,
      hostNames,
    });
  });
  shadow = attach.mock.results[0].value as ShadowRoot;
  attach.mockRestore();
}

/** Let `ms` of (fake) time pass: the dwell and grace timers and pointer frames due by then run. */
async function flushTimers(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  hostNames = [randomUiHostName()];
  expect(isUiHostName(hostNames[0])).toBe(true);
  // Fake timers and frames: a loaded machine cannot stretch a dwell past the test's own checks.
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'requestAnimationFrame',
      'cancelAnimationFrame',
    ],
  });
  document.body.innerHTML = '';
  controller = new AbortController();
  page = buildPage(document);
  caret = null;
  (document as unknown as { caretPositionFromPoint: () => unknown }).caretPositionFromPoint = () => caret;
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => [new DOMRect(0, 0, 600, 20)] as unknown as DOMRectList,
  );
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  vi.useRealTimers();
  ui?.destroy();
  controller.abort();
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  vi.restoreAllMocks();
});

describe('mount', () => {
  test('a host outside the layout with a closed shadow root and an adopted stylesheet', () => {
    mount();
    const el = host() as HTMLElement;
    expect(el.parentElement).toBe(document.documentElement);
    expect(isOwnHost(el)).toBe(true);
    expect(el.shadowRoot).toBeNull();
    expect(el.getAttribute('style')).toContain('position: fixed !important');
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.querySelector('style')).toBeNull();
  });

  test('where a constructed sheet cannot be adopted, a <style> in the shadow root takes over', () => {
    const original = window.CSSStyleSheet;
    window.CSSStyleSheet = class {
      constructor() {
        throw new Error('Accessing from Xray wrapper is not supported.');
      }
    } as unknown as typeof CSSStyleSheet;
    try {
      mount();
    } finally {
      window.CSSStyleSheet = original;
    }
    expect(shadow.querySelector('style')?.textContent).toContain('.bs-card');
  });

  test('the page text is untouched', () => {
    const before = document.body.textContent;
    mount();
    expect(document.body.textContent).toBe(before);
  });

  test('destroy removes the host and is idempotent; later calls do nothing', () => {
    mount();
    ui.destroy();
    ui.destroy();
    expect(host()).toBeNull();
    expect(() => ui.togglePanel()).not.toThrow();
    expect(() => document.dispatchEvent(new MouseEvent('click', { bubbles: true }))).not.toThrow();
  });

  test('mounting again replaces an orphaned UI instead of adding a second one', () => {
    mount();
    const first = host();
    mount();
    expect(hosts()).toHaveLength(1);
    expect(host()).not.toBe(first);
  });

  test('the host carries no stable name: a random tag, no attribute but its style', () => {
    mount();
    const el = host() as HTMLElement;
    expect(el.localName).toBe(hostNames[0]);
    expect(el.getAttributeNames()).toEqual(['style']);
    expect(el.outerHTML.toLowerCase()).not.toContain('backstory');
    expect(document.querySelector('backstory-ui, [data-backstory-ui]')).toBeNull();
  });

  test("an older version's host, unknown to this world (Firefox after an update), is found by its name", () => {
    mount();
    const first = host()!;
    // The older script is dead: its registry went with it, its host stayed in the page.
    forgetOwnHost(first);
    const older = ui;
    mount();
    expect(first.isConnected).toBe(false);
    expect(hosts()).toHaveLength(1);
    older.destroy();
  });

  test('a host named after the previous token is still recognised as an older one of ours', () => {
    const previous = hostNames[0];
    mount();
    const first = host()!;
    forgetOwnHost(first);
    hostNames = [randomUiHostName(), previous];
    mount();
    expect(first.isConnected).toBe(false);
    expect(host()!.localName).toBe(hostNames[0]);
  });

  test('an older UI replaced by a newer one stands down for good instead of putting itself back', async () => {
    const superseded = vi.fn();
    const older = new AbortController();
    const options = {
      document,
      window,
      pack: PACK,
      report: REPORT,
      highlights: page.highlights,
      lang: 'en' as const,
      now: new Date('2026-11-29T12:00:00Z'),
      hostNames,
    };
    act(
      () =>
        void mountInPageUi({
          css: CSS,
          ...options,
          signal: older.signal,
          onSuperseded: superseded,
        }),
    );
    const first = host();
    // The newer content script (extension updated) mounts and removes the older host as stale.
    act(
      () =>
        void mountInPageUi({
          css: CSS,
          ...options,
          signal: controller.signal,
        }),
    );
    const second = host();
    await flushTimers();
    expect(superseded).toHaveBeenCalledTimes(1);
    expect(hosts()).toHaveLength(1);
    expect(host()).toBe(second);
    expect(first!.isConnected).toBe(false);
  });

  test('aborting the signal removes the UI', () => {
    mount();
    controller.abort();
    expect(host()).toBeNull();
  });
});

describe('launcher', () => {
  test('says what was found and opens the panel', () => {
    mount();
    const button = $('.bs-launcher__open')!;
    expect(text(button)).toBe('Backstory · 4 names · 1 disputed point');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect($('.bs-panel')).not.toBeNull();
    expect($('.bs-launcher')!.hidden).toBe(true);
  });

  test('can be hidden for the page with a labelled button; the way back is stated; Undo brings it back', () => {
    mount();
    const hide = $('.bs-launcher__hide')!;
    expect(text(hide)).toBe('Hide');
    expect(hide.getAttribute('aria-label')).toBe('Hide the Backstory button on this page');
    act(() => hide.click());
    expect($('.bs-launcher:not(.bs-launcher--notice)')!.hidden).toBe(true);
    const notice = $('.bs-launcher--notice')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(text(notice)).toContain('Alt+Shift+B or the toolbar button opens the panel');
    act(() => $('.bs-launcher__undo')!.click());
    expect($('.bs-launcher:not(.bs-launcher--notice)')!.hidden).toBe(false);
    expect($('.bs-launcher--notice')).toBeNull();
    act(() => $('.bs-launcher__hide')!.click());
    act(() => ui.togglePanel());
    expect($('.bs-panel')).not.toBeNull();
  });

  test("the shortcut is shown in the launcher's tooltip, and the host comes first in the Tab order", () => {
    mount();
    const open = $('.bs-launcher__open')!;
    expect(open.getAttribute('title')).toBe('Open the Backstory panel (Alt+Shift+B)');
    expect(open.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+B');
    expect(document.documentElement.firstElementChild).toBe(host());
  });
});

describe('panel', () => {
  test('a labelled dialog listing groups with counts, in reading order; focus on the first row', () => {
    mount();
    act(() => ui.openPanel());
    const panel = $('[role="dialog"].bs-panel')!;
    expect(panel.getAttribute('aria-modal')).toBe('false');
    expect(text(shadow.getElementById(panel.getAttribute('aria-labelledby')!))).toBe('Backstory');
    // Disputed points first, then the story so far, then names.
    expect($$('.bs-group__title').map(text)).toEqual([
      'Disputed points (1)',
      'The story so far',
      'People (2)',
      'Places & facilities (1)',
      'Laws & cases (1)',
    ]);
    expect($('.bs-story li')).not.toBeNull();
    expect(text($('.bs-panel__hint'))).toContain('Alt+Shift+B opens and closes this panel.');
    expect($$('.bs-item').map((b) => b.dataset.key)).toEqual([
      'claim:cecot-conditions',
      'entity:kristi-noem',
      'entity:nayib-bukele',
      'entity:cecot',
      'entity:alien-enemies-act',
    ]);
    expect(shadow.activeElement).toBe($$('.bs-item')[0]);
    expect(text($('.bs-why-matched'))).toContain('“CECOT” in the headline');
    expect(text($('.bs-panel__footer'))).toContain('version 1.2.0 · as of Mar 15, 2026');
  });

  test('arrow keys, Home and End move through the rows', () => {
    mount();
    act(() => ui.openPanel());
    const rows = $$('.bs-item');
    key('ArrowDown');
    expect(shadow.activeElement).toBe(rows[1]);
    key('End');
    expect(shadow.activeElement).toBe(rows[4]);
    key('ArrowDown');
    expect(shadow.activeElement).toBe(rows[4]);
    key('Home');
    expect(shadow.activeElement).toBe(rows[0]);
    key('ArrowUp');
    expect(shadow.activeElement).toBe(rows[0]);
  });

  test('Tab from the last control wraps to the first', () => {
    mount();
    act(() => ui.openPanel());
    const summary = $('.bs-why-matched summary')!;
    summary.focus();
    key('Tab');
    expect(shadow.activeElement).toBe($('.bs-panel .bs-close'));
  });

  test('Escape closes it and focus returns to where it was', async () => {
    const pageButton = document.createElement('button');
    document.body.append(pageButton);
    pageButton.focus();
    mount();
    act(() => ui.openPanel());
    expect(document.activeElement).toBe(host());
    key('Escape');
    await flushTimers();
    expect($('.bs-panel')).toBeNull();
    expect(document.activeElement).toBe(pageButton);
  });

  test('says so when the browser cannot draw highlights', () => {
    mount({ ...page.highlights, drawn: false });
    act(() => ui.openPanel());
    expect(text($('.bs-note--box'))).toContain('cannot draw inline highlights');
  });

  test('choosing a row scrolls to the first mention, opens its card and focuses it; Escape returns to the row', async () => {
    mount();
    act(() => ui.openPanel());
    const bukele = $$('.bs-item')[2];
    act(() => bukele.click());
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect((Element.prototype.scrollIntoView as ReturnType<typeof vi.fn>).mock.contexts[0]).toBe(page.paragraphs[1]);
    const card = $('.bs-card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(text(shadow.getElementById(card.getAttribute('aria-labelledby')!))).toBe('Nayib Bukele');
    expect(shadow.activeElement).toBe(card);
    expect($('.bs-panel')).not.toBeNull();
    key('Escape');
    await flushTimers();
    expect($('.bs-card')).toBeNull();
    expect(shadow.activeElement?.getAttribute('data-key')).toBe('entity:nayib-bukele');
  });
});

describe('cards from the page', () => {
  const move = (target: EventTarget, x = 10, y = 10) =>
    act(() => {
      target.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          composed: true,
          clientX: x,
          clientY: y,
          pointerType: 'mouse',
        }),
      );
    });

  test('hover: opens after the dwell, not before, without taking focus; closes after leaving', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    move(page.paragraphs[0]);
    await flushTimers(150);
    expect($('.bs-card')).toBeNull();
    await flushTimers(300);
    expect($('.bs-card')?.dataset.target).toBe('entity:kristi-noem');
    expect(shadow.activeElement).toBeNull();

    // Onto the card: it stays (hoverable).
    move(host()!);
    await flushTimers(400);
    expect($('.bs-card')).not.toBeNull();

    // Off both: it closes after the grace period.
    caret = { offsetNode: page.paragraphs[2].firstChild!, offset: 30 };
    move(page.paragraphs[2]);
    await flushTimers(100);
    expect($('.bs-card')).not.toBeNull();
    await flushTimers(350);
    expect($('.bs-card')).toBeNull();
  });

  test('a quick pass over a highlight opens nothing', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    move(page.paragraphs[0]);
    await flushTimers(100);
    caret = null;
    move(page.paragraphs[0], 300, 300);
    await flushTimers(500);
    expect($('.bs-card')).toBeNull();
  });

  test('a cursor travelling along the text opens nothing; resting opens a preview, not the full card', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    // Slowly along the highlighted line, 15 px every 100 ms, for a second: always moving.
    for (let i = 0; i < 10; i++) {
      move(page.paragraphs[0], 10 + 15 * i, 10);
      await flushTimers(100);
    }
    expect($('.bs-card')).toBeNull();
    // Then it rests (small jitter only).
    move(page.paragraphs[0], 160, 11);
    await flushTimers(200);
    move(page.paragraphs[0], 162, 12);
    await flushTimers(300);
    const preview = $('.bs-card')!;
    expect(preview.dataset.target).toBe('entity:kristi-noem');
    expect(preview.dataset.preview).toBe('true');
    expect(text($('.bs-preview__meta'))).toMatch(/^Special Envoy · since /);
    expect($('.bs-card__body')).toBeNull();
  });

  test('a disputed preview says how many positions and the status; a press opens the full card', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[1].firstChild!, offset: 7 };
    move(page.paragraphs[1]);
    await flushTimers(450);
    const claim = PACK.claims.find((c) => c.id === 'cecot-conditions')!;
    expect(text($('.bs-preview__meta'))).toBe(`${claim.positions.length} positions · ${STATUS_EN[claim.status.value]}`);
    act(() => {
      $('.bs-card')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    });
    await flushTimers(0);
    expect($('.bs-card')?.dataset.preview).toBeUndefined();
    expect($('.bs-card__body')).not.toBeNull();
    expect(shadow.activeElement).toBe($('.bs-card'));
  });

  test('Enter on an open preview opens the full card with focus', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    move(page.paragraphs[0]);
    await flushTimers(450);
    expect($('.bs-card')?.dataset.preview).toBe('true');
    key('Enter', document.body);
    await flushTimers(0);
    expect($('.bs-card')?.dataset.preview).toBeUndefined();
    expect(shadow.activeElement).toBe($('.bs-card'));
  });

  test('a pinned card closes once its text has scrolled out of the window', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
    });
    expect($('.bs-card')).not.toBeNull();
    // Scrolled a little: the text is still in the window, the card stays with it.
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
      () => [new DOMRect(0, 200, 600, 20)] as unknown as DOMRectList,
    );
    act(() => void window.dispatchEvent(new Event('scroll')));
    await flushTimers(50);
    expect($('.bs-card')).not.toBeNull();
    // Scrolled on: the text is above the window.
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
      () => [new DOMRect(0, -300, 600, 20)] as unknown as DOMRectList,
    );
    act(() => void window.dispatchEvent(new Event('scroll')));
    await flushTimers(50);
    expect($('.bs-card')).toBeNull();
  });

  test('click opens the card at once with focus; Escape closes it and returns focus', async () => {
    mount();
    caret = { offsetNode: page.paragraphs[1].firstChild!, offset: 7 };
    act(() => {
      page.paragraphs[1].dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
    });
    const card = $('.bs-card')!;
    expect(card.dataset.target).toBe('claim:cecot-conditions');
    expect(shadow.activeElement).toBe(card);
    expect(text($('blockquote'))).toBe(REPORT.disputed[0].text);
    key('Escape');
    expect($('.bs-card')).toBeNull();
  });

  test('report a problem: a copied report, the page address only when ticked, nothing sent', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const beacon = vi.fn();
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (t: string) => void written.push(t) },
      configurable: true,
    });
    mount();
    caret = { offsetNode: page.paragraphs[1].firstChild!, offset: 7 };
    act(() => {
      page.paragraphs[1].dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
    });
    const details = $<HTMLDetailsElement>('.bs-report')!;
    expect(text(details.querySelector('summary'))).toBe('Report a problem with this card');
    const area = details.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(area.value).toContain('Card: claim:cecot-conditions');
    expect(area.value).toMatch(/Dataset: \S+ \S+, reviewed \d{4}-\d{2}-\d{2}/);
    expect(area.value).not.toContain(location.href);
    const box = details.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    act(() => box.click());
    expect(details.querySelector<HTMLTextAreaElement>('textarea')!.value).toContain(`Page: ${location.href}`);
    await act(async () => {
      details.querySelector<HTMLButtonElement>('.bs-report__copy')!.click();
      await Promise.resolve();
    });
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('Card: claim:cecot-conditions');
    expect(text(details.querySelector('[role=status]'))).toBe('Copied. Nothing was sent.');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(beacon).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  test('a click elsewhere closes a clicked card; a click on a link inside a highlight opens nothing', () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect($('.bs-card')).not.toBeNull();
    caret = null;
    act(() => {
      document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect($('.bs-card')).toBeNull();

    const link = document.createElement('a');
    link.href = 'https://example.org/';
    page.paragraphs[0].append(link);
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect($('.bs-card')).toBeNull();
  });

  test('Tab cycles inside an open card', () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const card = $('.bs-card')!;
    const focusables = focusableIn(card);
    focusables[focusables.length - 1].focus();
    key('Tab');
    expect(shadow.activeElement).toBe(focusables[0]);
    key('Tab', shadow.activeElement!, { shiftKey: true });
    expect(shadow.activeElement).toBe(focusables[focusables.length - 1]);
  });

  test("Escape inside our UI stays ours; on the page it still reaches the page's handlers", () => {
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.key);
    window.addEventListener('keydown', listener);
    const pageButton = document.createElement('button');
    document.body.append(pageButton);
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    key('Escape', $('.bs-card')!);
    expect(seen).toEqual([]);
    act(() => ui.openPanel());
    key('Escape', pageButton);
    expect($('.bs-panel')).toBeNull();
    expect(seen).toEqual(['Escape']);
    window.removeEventListener('keydown', listener);
  });

  test('where highlights are not drawn, neither hover nor click opens a card', async () => {
    mount({ ...page.highlights, drawn: false });
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    move(page.paragraphs[0]);
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await flushTimers(450);
    expect($('.bs-card')).toBeNull();
  });

  test('related entries open in place, with Back', () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const chip = $$('.bs-chip').find((c) => c.textContent?.includes('CECOT'))!;
    act(() => chip.click());
    expect($('.bs-card')?.dataset.target).toBe('entity:cecot');
    const back = $('.bs-card__toolbar button[aria-label="Back to Kristi Noem"]')!;
    act(() => back.click());
    expect($('.bs-card')?.dataset.target).toBe('entity:kristi-noem');
  });

  test('update keeps the card when its target remains and updates the counts', () => {
    mount();
    caret = { offsetNode: page.paragraphs[0].firstChild!, offset: 3 };
    act(() => {
      page.paragraphs[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const report = { ...REPORT, disputed: [], entities: REPORT.entities.filter((e) => e.id !== 'cecot') };
    act(() => ui.update(report, { ...page.highlights, items: page.highlights.items.filter((i) => i.id !== 'cecot') }));
    expect($('.bs-card')?.dataset.target).toBe('entity:kristi-noem');
    expect(text($('.bs-launcher__open'))).toBe('Backstory · 3 names');
    act(() => ui.update({ ...report, entities: [] }, { ...page.highlights, items: [] }));
    expect($('.bs-card')).toBeNull();
  });
});
