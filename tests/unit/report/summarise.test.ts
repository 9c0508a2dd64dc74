import { describe, expect, test } from 'vitest';
import { mentionCount, summariseReport, SUMMARY_MENTIONS, type PageReport } from '../../../lib/report/report';
import { countFound } from '../../../lib/present/counts';
import { buildPanelGroups, matchedAliases } from '../../../lib/present/view-model';

function report(mentions: number, wordings: string[]): PageReport {
  return {
    article: true,
    lang: 'en',
    topic: { id: 't', onTopic: true, score: 9, reasons: [] },
    entities: [
      {
        id: 'person:bukele',
        name: 'Nayib Bukele',
        type: 'person',
        mentions: Array.from({ length: mentions }, (_, i) => ({
          text: wordings[i % wordings.length],
          start: 100 + i * 50,
          end: 110 + i * 50,
        })),
      },
      { id: 'place:cecot', name: 'CECOT', type: 'place', mentions: [{ text: 'CECOT', start: 5, end: 10 }] },
    ],
    disputed: [{ id: 'gang-membership', title: 'Gang membership', text: 'They are gang members.', start: 40, end: 62 }],
  };
}

describe('summariseReport (the report as it crosses to the background)', () => {
  test('a report with few mentions crosses as it is', () => {
    const r = report(SUMMARY_MENTIONS, ['Bukele']);
    expect(summariseReport(r)).toBe(r);
  });

  test('thousands of mentions become the first of each wording and their count', () => {
    const r = report(5000, ['Bukele', 'Nayib Bukele', 'President Bukele']);
    const s = summariseReport(r);
    const bukele = s.entities[0];
    expect(bukele.mentions.map((m) => m.text)).toEqual(['Bukele', 'Nayib Bukele', 'President Bukele']);
    expect(bukele.mentions[0].start).toBe(100);
    expect(bukele.count).toBe(5000);
    expect(mentionCount(bukele)).toBe(5000);
    // The entity with one mention and the disputed points are untouched.
    expect(s.entities[1]).toBe(r.entities[1]);
    expect(s.disputed).toBe(r.disputed);
    // The JSON that crosses is small.
    expect(JSON.stringify(s).length).toBeLessThan(2000);
  });

  test('what the popup shows is the same from the summary as from the whole report', () => {
    const r = report(400, ['Bukele', 'Nayib Bukele']);
    const s = summariseReport(r);
    expect(countFound(s)).toEqual(countFound(r));
    expect(buildPanelGroups(s)).toEqual(buildPanelGroups(r));
    expect(matchedAliases(s, 'person:bukele')).toEqual(matchedAliases(r, 'person:bukele'));
  });

  test('at most SUMMARY_MENTIONS wordings are kept, the count stays whole', () => {
    const wordings = Array.from({ length: 20 }, (_, i) => `Bukele ${i}`);
    const s = summariseReport(report(100, wordings));
    expect(s.entities[0].mentions).toHaveLength(SUMMARY_MENTIONS);
    expect(s.entities[0].count).toBe(100);
  });

  test('hundreds of passages become the first of each disputed point and their count', () => {
    const r = report(3, ['Bukele']);
    const passage = (id: string, start: number) => ({
      id,
      title: id,
      text: `Passage at ${start}.`,
      start,
      end: start + 12,
    });
    r.disputed = [
      ...Array.from({ length: 200 }, (_, i) => passage('gang-membership', 1000 + i * 100)),
      passage('cecot-conditions', 900),
      ...Array.from({ length: 50 }, (_, i) => passage('cecot-conditions', 1050 + i * 100)),
    ].sort((a, b) => a.start - b.start);
    const s = summariseReport(r);
    expect(s.disputed.map((d) => [d.id, d.start, d.count])).toEqual([
      ['cecot-conditions', 900, 51],
      ['gang-membership', 1000, 200],
    ]);
    // The popup counts and lists the same from the summary as from the whole report.
    expect(countFound(s)).toEqual(countFound(r));
    expect(buildPanelGroups(s)).toEqual(buildPanelGroups(r));
    // A summary summarised again (the background may pass it on) keeps its counts.
    expect(buildPanelGroups(summariseReport(s))).toEqual(buildPanelGroups(r));
    expect(JSON.stringify(s.disputed).length).toBeLessThan(400);
  });
});
