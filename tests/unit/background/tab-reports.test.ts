import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../../../lib/report/report';
import { badgeText, createTabReportStore } from '../../../lib/background/tab-reports';
import type { TabReport } from '../../../lib/messages/protocol';

function tabReport(over: Partial<PageReport> = {}): TabReport {
  return {
    url: 'https://apnews.com/article/x',
    highlightCount: 3,
    at: 1,
    report: {
      article: true,
      lang: 'en',
      topic: { id: 'cecot', onTopic: true, score: 9, reasons: [] },
      entities: [{ id: 'cecot', name: 'CECOT', type: 'facility', mentions: [{ text: 'CECOT', start: 0, end: 5 }] }],
      disputed: [
        { id: 'gang-membership', title: 't', text: 's', start: 0, end: 1 },
        { id: 'cecot-conditions', title: 't', text: 's', start: 2, end: 3 },
      ],
      ...over,
    },
  };
}

describe('badgeText', () => {
  test.each([
    ['counts disputed points by default', tabReport(), 'disputed', '2'],
    ['counts entities when asked', tabReport(), 'entities', '1'],
    [
      'counts claims, not passages: two sentences of one claim are one disputed point',
      tabReport({
        disputed: [
          { id: 'gang-membership', title: 't', text: 's', start: 0, end: 1 },
          { id: 'gang-membership', title: 't', text: 's2', start: 5, end: 6 },
          { id: 'cecot-conditions', title: 't', text: 's', start: 2, end: 3 },
        ],
      }),
      'disputed',
      '2',
    ],
    ['is empty with no report', null, 'disputed', ''],
    ['is empty when nothing disputed was found', tabReport({ disputed: [] }), 'disputed', ''],
    [
      'is empty for an off-topic page',
      tabReport({ topic: { id: 'cecot', onTopic: false, score: 0, reasons: [] } }),
      'entities',
      '',
    ],
  ] as const)('%s', (_, report, mode, expected) => {
    expect(badgeText(report, mode)).toBe(expected);
  });
});

describe('tab report store', () => {
  test('keeps a report per tab in session storage and forgets it on remove', async () => {
    const store = createTabReportStore(fakeBrowser.storage.session);
    await store.set(7, tabReport());
    expect(await store.get(7)).toEqual(tabReport());
    expect(await store.get(8)).toBeNull();
    await store.remove(7);
    expect(await store.get(7)).toBeNull();
  });

  test('a new store (a restarted worker) reads what an earlier one wrote', async () => {
    await createTabReportStore(fakeBrowser.storage.session).set(3, tabReport());
    expect(await createTabReportStore(fakeBrowser.storage.session).get(3)).toEqual(tabReport());
  });

  test('a corrupt stored value reads as no report', async () => {
    await fakeBrowser.storage.session.set({ 'tab-report:5': { url: 42 } });
    expect(await createTabReportStore(fakeBrowser.storage.session).get(5)).toBeNull();
  });

  test('a report from a private window stays in memory: no storage area ever holds it', async () => {
    const store = createTabReportStore(fakeBrowser.storage.session);
    await store.set(9, tabReport(), true);
    expect(await store.get(9)).toEqual(tabReport());
    expect(await store.all()).toEqual([[9, tabReport()]]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A restarted worker has lost it (the popup then asks the page itself).
    expect(await createTabReportStore(fakeBrowser.storage.session).get(9)).toBeNull();
    await store.remove(9);
    expect(await store.get(9)).toBeNull();
  });

  test('a tab that moves between private and normal windows keeps one report, in the right place', async () => {
    const store = createTabReportStore(fakeBrowser.storage.session);
    await store.set(4, tabReport(), false);
    await store.set(4, tabReport({ disputed: [] }), true);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'tab-report:4': tabReport() });
    expect(await store.all()).toEqual([[4, tabReport({ disputed: [] })]]);
    await store.set(4, tabReport(), false);
    expect(await store.all()).toEqual([[4, tabReport()]]);
  });
});
