import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../../lib/analysis/analyze-html';
import {
  dateFromUrl,
  detectPublishedDate,
  parseMachineDate,
  parseWrittenDate,
} from '../../../lib/detect/published-date';
import { earliestDay, eventsSince } from '../../../lib/analysis/since';
import type { TimelineEvent } from '../../../lib/dataset/schema';
import { loadCompiledPack } from '../../../lib/pack/node-pack';

const now = new Date('2026-12-05T12:00:00Z');

function page(head: string, body = '', url?: string) {
  return parseHtmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
}

describe('machine-written dates keep the day the page wrote', () => {
  test.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2018-12-21T12:55:00Z', '2018-12-21'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['2024-06-25', '2024-06-25'],
    ['2025/03/26 10:00', '2025-03-26'],
    ['20250326', '2025-03-26'],
    ['1742947200', '2025-03-26'],
    ['1742947200000', '2025-03-26'],
    ['Fri, 21 Dec 2018 12:55:00 GMT', '2018-12-21'],
  ])('%s → %s', (value, day) => expect(parseMachineDate(value, now)).toBe(day));

  test.each([
    ['2025-02-30', 'no such day'],
    ['1970-01-01T00:00:00Z', 'epoch placeholder'],
    ['2031-01-01', 'in the future'],
    ['13:39', 'a time only'],
    ['', 'empty'],
  ])('%s is not a date (%s)', (value) => expect(parseMachineDate(value, now)).toBeNull());
});

describe('dates written for readers, in English and Spanish', () => {
  test.each([
    ['Published March 26, 2025 at 5:01 p.m.', '2025-03-26'],
    ['Updated Sept. 3, 2025', '2025-09-03'],
    ['26 March 2025', '2025-03-26'],
    ['Publicado el 26 de marzo de 2025', '2025-03-26'],
    ['San Salvador, 16 mar. 2025', '2025-03-16'],
    ['1º de abril del 2025', '2025-04-01'],
  ])('%s → %s', (text, day) => expect(parseWrittenDate(text, now)).toBe(day));

  test.each([['May 2025'], ['32 de marzo de 2025'], ['the 1798 law'], ['Mayo 14']])('%s has no full date', (text) =>
    expect(parseWrittenDate(text, now)).toBeNull(),
  );
});

describe('a date in the URL path', () => {
  test.each([
    ['https://www.upi.com/Top_News/US/2025/03/26/Noem-CECOT-Bukele/2221743000141/', '2025-03-26'],
    ['https://example.com/news/2025-03-26-noem-cecot', '2025-03-26'],
    ['https://example.com/20250326/noem', '2025-03-26'],
    ['https://example.com/2025/03/noem', null],
    ['https://example.com/story/12345678', null],
    ['not a url', null],
  ])('%s → %s', (url, day) => expect(dateFromUrl(url, now)).toBe(day));
});

describe('signals in trust order', () => {
  test('JSON-LD datePublished wins over meta tags, and a later dateModified is kept', () => {
    const doc = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","datePublished":"2001-01-01"},{"@type":"NewsArticle","datePublished":"2025-03-26T10:00:00-06:00","dateModified":"2025-03-27T08:00:00Z"}]}</script>
       <meta property="article:published_time" content="2025-03-25T10:00:00Z">`,
    );
    expect(detectPublishedDate(doc, { now })).toEqual({
      published: '2025-03-26',
      modified: '2025-03-27',
      signal: 'json-ld',
    });
  });

  test('JSON-LD wrapped in CDATA (saved pages) is read', () => {
    const doc = page(
      `<script type="application/ld+json"><![CDATA[ {"@type":["NewsArticle"],"datePublished":"2024-06-25"} ]]></script>`,
    );
    expect(detectPublishedDate(doc, { now }).published).toBe('2024-06-25');
  });

  test('meta tags: Open Graph article first, then Parse.ly, Dublin Core, sailthru', () => {
    const doc = page(
      `<meta name="sailthru.date" content="2025-01-01"><meta name="parsely-pub-date" content="2025-04-10T12:00:00Z">`,
    );
    expect(detectPublishedDate(doc, { now })).toMatchObject({ published: '2025-04-10', signal: 'meta' });
    const dc = page(`<meta name="DC.date.issued" content="2014-12-15">`);
    expect(detectPublishedDate(dc, { now }).published).toBe('2014-12-15');
    const parsely = page(`<meta name="parsely-page" content='{"title":"x","pub_date":"2025-05-06T00:00:00Z"}'>`);
    expect(detectPublishedDate(parsely, { now }).published).toBe('2025-05-06');
  });

  test('microdata inside another item (a video) does not date the article', () => {
    const doc = page(
      '',
      `<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>
       <div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z"></div>`,
    );
    expect(detectPublishedDate(doc, { now }).published).toBe('2015-03-11');
  });

  test('<time datetime> in the byline, then the URL, then the byline text', () => {
    const time = page(
      '',
      '<article><header><p class="byline">By A. Writer <time datetime="2025-07-18T21:00:00-04:00">July 18</time></p></header></article>',
    );
    expect(detectPublishedDate(time, { now })).toMatchObject({ published: '2025-07-18', signal: 'time-element' });
    const url = page('', '<article><p>Text</p></article>', 'https://www.example.com/world/2025/07/18/swap/');
    expect(detectPublishedDate(url, { now })).toMatchObject({ published: '2025-07-18', signal: 'url' });
    const text = page('', '<article><div class="article-byline">Por Redacción · 19 de julio de 2025</div></article>');
    expect(detectPublishedDate(text, { now })).toMatchObject({ published: '2025-07-19', signal: 'byline-text' });
  });

  test('an update date in the byline text is not taken for the publication date', () => {
    const updated = page('', '<div class="byline">Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST</div>');
    expect(detectPublishedDate(updated, { now }).published).toBeNull();
    const both = page('', '<div class="byline">Published March 9, 2017 · Updated March 10, 2017</div>');
    expect(detectPublishedDate(both, { now }).published).toBe('2017-03-09');
  });

  test('a relative byline is read only against a reference date', () => {
    const doc = page('', '<article><div class="byline">Redacción · hace 3 días</div></article>');
    expect(detectPublishedDate(doc, { now }).published).toBe('2026-12-02');
    expect(detectPublishedDate(doc).published).toBeNull();
  });

  test('no reliable date: unknown, never a guess from the body text', () => {
    const doc = page(
      '<title>No date</title>',
      '<article><p>On March 15, 2025, two planes landed.</p><time>yesterday</time></article>',
    );
    expect(detectPublishedDate(doc, { now })).toEqual({ published: null, modified: null, signal: null });
  });
});

describe('events since a publication day', () => {
  const timeline = [
    { id: 'a', date: '2025-03-15' },
    { id: 'b', date: '2025-03' },
    { id: 'c', date: '2025-04' },
    { id: 'd', date: '2026' },
    { id: 'e', date: '2025-03-16' },
  ] as TimelineEvent[];

  test('partial dates count from their earliest day', () => {
    expect(earliestDay('2025-11')).toBe('2025-11-01');
    expect(earliestDay('2026')).toBe('2026-01-01');
  });

  test('only events that surely came later, in date order', () => {
    expect(eventsSince(timeline, '2025-03-15')).toEqual([
      { id: 'e', date: '2025-03-16' },
      { id: 'c', date: '2025-04' },
      { id: 'd', date: '2026' },
    ]);
    expect(eventsSince(timeline, '2026-06-01')).toEqual([]);
  });

  test('the pack timeline in the order a collation-based sort gives, events of one day kept in pack order', () => {
    const events = loadCompiledPack().timeline;
    for (const published of ['2024-01-01', '2025-03-15', '2025-07-19', '2025-12-31']) {
      const byCollation = events
        .filter((event) => earliestDay(event.date) > published)
        .map((event) => ({ id: event.id, date: event.date }))
        .sort((a, b) => earliestDay(a.date).localeCompare(earliestDay(b.date)));
      expect(byCollation.length).toBeGreaterThan(0);
      expect(eventsSince(events, published)).toEqual(byCollation);
    }
  });
});
