import { describe, expect, test } from 'vitest';
import type { PageReport } from '../../../lib/report/report';
import { applyHighlights } from '../../../lib/dom/highlight';
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

  test('without the Custom Highlight API nothing is drawn but the items are still listed', () => {
    const { win } = fakeWindow(false);
    const set = applyHighlights(report, index, win);
    expect(set.drawn).toBe(false);
    expect(set.items).toHaveLength(3);
    expect(() => set.clear()).not.toThrow();
  });
});
