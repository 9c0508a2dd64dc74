/**
 * A mutation storm, in real Chromium and Firefox: the demo article changes its
 * DOM thousands of times a second for a fixed number of steps (about 2–3 s), on a listed news site
 * (Backstory runs) and on an unlisted one (it does not). Afterwards the page holds exactly the text
 * the storm wrote, our highlights are exactly what the engine finds in that final page, rescans were
 * bounded by count, our User Timing entries did not pile up, and nothing threw. No durations are
 * asserted: speed is measured by `npm run bench` (scripts/bench/mutation-storm.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { analyzeHtml } from '../../lib/analysis/analyze-html';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { DEFAULT_MIN_INTERVAL } from '../../lib/dom/page-watcher';
import { stormPage, type StormResult } from '../../scripts/bench/storm-page';
import { readHighlights } from './support/probes';
import { demoPage, startSession, type E2eSession } from './support/session';

const pack = loadCompiledPack();
/** About 2–3 s at the ≈ 250 ticks a second that `setTimeout(0)` allows, 40 DOM operations each. */
const STORM = stormPage({ maxTicks: 500 });

interface Stormed {
  result: StormResult;
  text: string;
  html: string;
  timeline: string[];
}

async function stormOn(page: Page, url: string, extension: boolean): Promise<Stormed> {
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  if (extension) {
    await page.waitForFunction(() => performance.getEntriesByName('backstory:total').length > 0, {
      timeout: 15_000,
      polling: 100,
    });
  }
  const result = await page.evaluate(() =>
    (window as unknown as { __storm: { start(): Promise<StormResult> } }).__storm.start(),
  );
  if (extension) {
    // The storm's last change is followed by one more rescan, which sees the final page.
    await page.waitForFunction(
      (end: number) => performance.getEntriesByName('backstory:rescan').some((e) => e.startTime > end),
      { timeout: 15_000, polling: 100 },
      result.endedAt,
    );
  }
  return page.evaluate(() => ({
    result: (window as unknown as { __storm: { result(): StormResult } }).__storm.result(),
    text: document.body.textContent ?? '',
    html: document.documentElement.outerHTML,
    timeline: performance
      .getEntries()
      .filter((e) => e.name.startsWith('backstory:'))
      .map((e) => `${e.entryType} ${e.name}`),
  }));
}

describe.each(['chromium', 'firefox'] as const)('%s under a mutation storm', (browserName) => {
  let session: E2eSession;
  let ours: Stormed;
  let baseline: Stormed;
  let drawn: { name: string; text: string }[];
  let url: string;

  beforeAll(async () => {
    session = await startSession(browserName);
    url = session.proxy.route({ host: 'www.apnews.com', path: '/article/mutation-storm', body: STORM });
    const unlisted = session.proxy.route({
      host: 'www.storm-baseline.test',
      path: '/article/mutation-storm',
      body: STORM,
    });
    const plain = await session.newPage();
    baseline = await stormOn(plain, unlisted, false);
    await plain.close();
    const page = await session.newPage();
    ours = await stormOn(page, url, true);
    drawn = await readHighlights(page);
    await page.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the storm ran its course in both pages', () => {
    expect(ours.result.ticks).toBe(500);
    expect(baseline.result.ticks).toBe(500);
    expect(ours.result.mutations).toBe(baseline.result.mutations);
    expect(ours.result.mutations).toBeGreaterThan(20_000);
  });

  test('the page text is what the storm wrote: the same as without the extension', () => {
    expect(ours.text).toBe(baseline.text);
  });

  test('the highlights are exactly what the engine finds in the final page', () => {
    const report = analyzeHtml(ours.html, pack, url);
    const expected = report.entities.flatMap((e) => e.mentions.map((m) => m.text));
    const names = drawn.filter((h) => !h.name.startsWith('backstory-disputed')).map((h) => h.text);
    expect(names.length).toBeGreaterThan(10);
    expect(names.sort()).toEqual(expected.sort());
    // Names the storm wrote (live spans, the feed) are found too: more than the article alone holds.
    const before = analyzeHtml(demoPage('noem-cecot-visit.html'), pack, url).entities.reduce(
      (n, e) => n + e.mentions.length,
      0,
    );
    expect(names.length).toBeGreaterThan(before);
  });

  test('rescans were bounded by count: at most one per minimum interval', () => {
    const { startedAt, endedAt, measures } = ours.result;
    const rescans = measures.filter(
      (m) => m.name === 'backstory:rescan' && m.startTime >= startedAt && m.startTime <= endedAt,
    );
    expect(rescans.length).toBeGreaterThan(0);
    expect(rescans.length).toBeLessThanOrEqual(Math.floor((endedAt - startedAt) / DEFAULT_MIN_INTERVAL) + 1);
  });

  test('our performance-timeline entries stay bounded: one per name, whatever the number of rescans', () => {
    expect(ours.result.measures.filter((m) => m.name === 'backstory:rescan').length).toBeGreaterThan(1);
    expect(ours.timeline.length).toBe(new Set(ours.timeline).size);
    expect(ours.timeline.length).toBeLessThanOrEqual(6);
    expect(ours.timeline).toContain('measure backstory:total');
    expect(baseline.timeline).toEqual([]);
  });

  test('nothing threw', () => {
    expect(session.errors).toEqual([]);
  });
});
