import { describe, expect, test } from 'vitest';
import type { PageReport } from '../../../lib/report/report';
import { ALL_RANGES_LIMIT, applyHighlights, buildHighlightsSteps } from '../../../lib/dom/highlight';
import type { TextIndex } from '../../../lib/dom/text-index';

class FakeHighlight extends Set<unknown> {
  priority = 0;
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}
class FakeStaticRange {
  readonly startContainer: Node;
  constructor(readonly init: StaticRangeInit) {
    this.startContainer = init.startContainer;
  }
}

function fakeWindow(withApi: boolean) {
  const highlights = new Map<string, FakeHighlight>();
  const win = {
    StaticRange: FakeStaticRange,
    ...(withApi ? { CSS: { highlights }, Highlight: FakeHighlight } : { CSS: {} }),
  };
  return { win: win as unknown as Window & typeof globalThis, highlights };
}

const node = document.createTextNode('Kristi Noem toured CECOT.');
const index = {
  text: node.data,
  rangeFor: (start: number, end: number) => ({
    startContainer: node,
    startOffset: start,
    endContainer: node,
    endOffset: end,
  }),
} as unknown as TextIndex;

const report: PageReport = {
  article: true,
  lang: 'en',
  topic: { id: 'cecot', onTopic: true, score: 10, reasons: [] },
  entities: [
    { id: 'kristi-noem', name: 'Kristi Noem', type: 'person', mentions: [{ text: 'Kristi Noem', start: 0, end: 11 }] },
    { id: 'cecot', name: 'CECOT', type: 'facility', mentions: [{ text: 'CECOT', start: 19, end: 24 }] },
  ],
  disputed: [{ id: 'cecot-conditions', title: 't', text: node.data, start: 0, end: 25 }],
};

describe('applyHighlights', () => {
  test('registers one highlight per kind, entity kinds above disputed sentences', () => {
    const { win, highlights } = fakeWindow(true);
    const set = applyHighlights(report, index, win);
    expect(set.drawn).toBe(true);
    expect(set.items.map((i) => [i.kind, i.id, i.start, i.end])).toEqual([
      ['disputed', 'cecot-conditions', 0, 25],
      ['person', 'kristi-noem', 0, 11],
      ['facility', 'cecot', 19, 24],
    ]);
    expect([...highlights.keys()].sort()).toEqual(['backstory-disputed', 'backstory-facility', 'backstory-person']);
    expect(highlights.get('backstory-person')!.priority).toBeGreaterThan(
      highlights.get('backstory-disputed')!.priority,
    );
  });

  test('clear() removes exactly what it registered', () => {
    const { win, highlights } = fakeWindow(true);
    highlights.set('page-own', new FakeHighlight());
    applyHighlights(report, index, win).clear();
    expect([...highlights.keys()]).toEqual(['page-own']);
  });

  test('clear() leaves alone highlights a newer content script drew under the same names', () => {
    // After an extension update, a re-injected script draws while the orphaned one still holds its set.
    const { win, highlights } = fakeWindow(true);
    const orphaned = applyHighlights(report, index, win);
    const newer = applyHighlights(report, index, win);
    const drawnByNewer = new Map(highlights);
    orphaned.clear();
    expect(highlights).toEqual(drawnByNewer);
    newer.clear();
    expect(highlights.size).toBe(0);
  });

  test('two claims on one sentence get a range each, so both are counted and drawn', () => {
    const { win, highlights } = fakeWindow(true);
    const twice: PageReport = {
      ...report,
      entities: [],
      disputed: [report.disputed[0], { ...report.disputed[0], id: 'other-claim' }],
    };
    const set = applyHighlights(twice, index, win);
    expect(set.items[0].range).not.toBe(set.items[1].range);
    const again = applyHighlights(twice, index, win, 'subtle', set);
    expect(again.items[1].range).toBe(set.items[1].range);
    expect(highlights.get('backstory-disputed')!.size).toBe(2);
  });

  test('a set built in steps is registered only by show()', () => {
    const { win, highlights } = fakeWindow(true);
    const steps = buildHighlightsSteps(report, index, win);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(highlights.size).toBe(0);
    step.value.show();
    expect([...highlights.keys()].sort()).toEqual(['backstory-disputed', 'backstory-facility', 'backstory-person']);
  });

  test('a set drawn after another over the same index reuses its ranges and lists the same items', () => {
    const { win } = fakeWindow(true);
    const names = applyHighlights({ ...report, disputed: [] }, index, win);
    const both = applyHighlights(report, index, win, 'subtle', names);
    const fresh = applyHighlights(report, index, win);
    const rows = (set: typeof both) => set.items.map((i) => [i.kind, i.id, i.start, i.end, i.secondary]);
    expect(rows(both)).toEqual(rows(fresh));
    expect(both.items[1].range).toBe(names.items[0].range);
    expect(both.items[2].range).toBe(names.items[1].range);
  });

  test('without the Custom Highlight API nothing is drawn but the items are still listed', () => {
    const { win } = fakeWindow(false);
    const set = applyHighlights(report, index, win);
    expect(set.drawn).toBe(false);
    expect(set.items).toHaveLength(3);
    expect(() => set.clear()).not.toThrow();
  });
});

describe('applyHighlights on a page with very many ranges', () => {
  /** An IntersectionObserver the test drives by hand. */
  class FakeObserver {
    static last: FakeObserver | null = null;
    observed: Element[] = [];
    disconnected = false;
    constructor(readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
      FakeObserver.last = this;
    }
    observe(target: Element) {
      this.observed.push(target);
    }
    disconnect() {
      this.disconnected = true;
    }
  }

  /** `paragraphs` paragraphs of one mention each, and the report and index over them. */
  function bigPage(paragraphs: number) {
    const nodes = Array.from({ length: paragraphs }, () => {
      const p = document.createElement('p');
      const text = document.createTextNode('CECOT');
      p.append(text);
      return text;
    });
    const bigIndex = {
      text: nodes.map((n) => n.data).join('\n'),
      rangeFor: (start: number, end: number) => {
        const node = nodes[Math.floor(start / 6)];
        return { startContainer: node, startOffset: 0, endContainer: node, endOffset: end - start };
      },
    } as unknown as TextIndex;
    const mentions = nodes.map((_, i) => ({ text: 'CECOT', start: i * 6, end: i * 6 + 5 }));
    const bigReport: PageReport = {
      ...report,
      entities: [{ id: 'cecot', name: 'CECOT', type: 'facility', mentions }],
      disputed: [],
    };
    return { nodes, bigIndex, bigReport };
  }

  test('registers only the ranges whose paragraphs are near the viewport, and follows scrolling', () => {
    const { win, highlights } = fakeWindow(true);
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
    const { nodes, bigIndex, bigReport } = bigPage(ALL_RANGES_LIMIT + 10);
    const set = applyHighlights(bigReport, bigIndex, win);
    // Every mention is still an item (cards, counts, hit tests), none drawn before the observer speaks.
    expect(set.items).toHaveLength(ALL_RANGES_LIMIT + 10);
    const facility = highlights.get('backstory-facility')!;
    expect(facility.size).toBe(0);
    const io = FakeObserver.last!;
    expect(io.observed).toHaveLength(ALL_RANGES_LIMIT + 10);
    const p = (i: number) => nodes[i].parentElement!;
    io.callback([0, 1, 2].map((i) => ({ target: p(i), isIntersecting: true })));
    expect(facility.size).toBe(3);
    // Scrolled on: the first paragraph leaves, a later one comes near.
    io.callback([
      { target: p(0), isIntersecting: false },
      { target: p(40), isIntersecting: true },
    ]);
    expect([...facility].map((r) => (r as FakeStaticRange).startContainer)).toEqual([nodes[1], nodes[2], nodes[40]]);
    set.clear();
    expect(io.disconnected).toBe(true);
    expect(highlights.size).toBe(0);
  });

  test("the observer's first report builds no range for paragraphs far from the viewport", () => {
    const { win, highlights } = fakeWindow(true);
    let built = 0;
    class CountedRange extends FakeStaticRange {
      constructor(init: StaticRangeInit) {
        super(init);
        built++;
      }
    }
    (win as unknown as { StaticRange: unknown }).StaticRange = CountedRange;
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
    const { nodes, bigIndex, bigReport } = bigPage(ALL_RANGES_LIMIT + 10);
    // As the index of a page without shadow roots says (a tree that has some is asked per range).
    applyHighlights(bigReport, { ...bigIndex, inShadowTree: false } as TextIndex, win);
    expect(built).toBe(0);
    const p = (i: number) => nodes[i].parentElement!;
    // As a browser's first callback: every observed holder, two of them near the viewport.
    FakeObserver.last!.callback(nodes.map((_, i) => ({ target: p(i), isIntersecting: i < 2 })));
    expect(built).toBe(2);
    expect(highlights.get('backstory-facility')!.size).toBe(2);
    // A repeated report of an unchanged holder changes nothing either.
    FakeObserver.last!.callback([
      { target: p(0), isIntersecting: true },
      { target: p(5), isIntersecting: false },
    ]);
    expect(built).toBe(2);
    expect(highlights.get('backstory-facility')!.size).toBe(2);
  });

  test('a set drawn over an earlier one shows at once what the earlier one showed near the viewport', () => {
    const { win, highlights } = fakeWindow(true);
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
    const { nodes, bigIndex, bigReport } = bigPage(ALL_RANGES_LIMIT + 10);
    const first = applyHighlights(bigReport, bigIndex, win);
    FakeObserver.last!.callback([{ target: nodes[3].parentElement!, isIntersecting: true }]);
    const second = applyHighlights(bigReport, bigIndex, win, 'subtle', first);
    first.clear();
    expect([...highlights.get('backstory-facility')!]).toEqual([second.items[3].range]);
  });

  test('an ordinary number of ranges is registered at once, without an observer', () => {
    const { win, highlights } = fakeWindow(true);
    FakeObserver.last = null;
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
    const { bigIndex, bigReport } = bigPage(ALL_RANGES_LIMIT);
    applyHighlights(bigReport, bigIndex, win);
    expect(highlights.get('backstory-facility')!.size).toBe(ALL_RANGES_LIMIT);
    expect(FakeObserver.last).toBeNull();
  });
});
