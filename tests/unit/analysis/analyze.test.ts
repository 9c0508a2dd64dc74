import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { detectLanguage, guessLanguageFromText } from '../../../lib/detect/language';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/articles');
const pack = loadCompiledPack();

/**
 * Load a saved page into the test window's own document, as the content script sees a page (happy-dom
 * ranges only stringify in the window's document).
 */
function loadIntoDocument(file: string): Document {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  document.documentElement.setAttribute('lang', /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? '');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/gi, '');
  return document;
}

describe('analyzeDocument in a browser-like DOM', () => {
  test.each(['en-noem-cecot-visit-wire.html', 'es-noem-visita-cecot.html', 'en-longform-year-of-cecot.html'])(
    '%s: every mention and disputed sentence maps back to the same text in the DOM',
    (file) => {
      const doc = loadIntoDocument(file);
      const { report, index } = analyzeDocument(doc, pack);
      expect(report.topic.onTopic).toBe(true);
      const spans = [
        ...report.entities.flatMap((e) => e.mentions),
        ...report.disputed.map((d) => ({ text: d.text, start: d.start, end: d.end })),
      ];
      expect(spans.length).toBeGreaterThan(5);
      for (const span of spans) {
        expect(index.text.slice(span.start, span.end)).toBe(span.text);
        const init = index.rangeFor(span.start, span.end)!;
        const range = doc.createRange();
        range.setStart(init.startContainer, init.startOffset);
        range.setEnd(init.endContainer, init.endOffset);
        // Between blocks the DOM holds whatever whitespace the page has; the words must agree.
        expect(range.toString().replace(/\s+/g, ' ').trim()).toBe(span.text.replace(/\s+/g, ' ').trim());
      }
    },
  );

  test('an unrelated page is silent', () => {
    const doc = document.implementation.createHTMLDocument('Harbor festival');
    doc.body.innerHTML =
      '<article><h1>Harbor festival</h1><p>Boats, music and food stalls drew a record crowd.</p></article>';
    const { report } = analyzeDocument(doc, pack);
    expect(report.topic.onTopic).toBe(false);
    expect(report.entities).toEqual([]);
    expect(report.disputed).toEqual([]);
  });

  test('"Inside CECOT" is the 60 Minutes report only where the article names the programme', () => {
    const page = (extra: string) => {
      const doc = document.implementation.createHTMLDocument('Inside CECOT');
      doc.body.innerHTML = `<article><h1>Inside CECOT: what we know about El Salvador's mega-prison</h1>
        <p>The Terrorism Confinement Center, known as CECOT, holds Venezuelans deported by the United States under the Alien Enemies Act, in a deal with President Nayib Bukele.</p>
        <p>The first flights landed in March 2025, and the men were taken to the prison in Tecoluca with their heads shaved. The administration said they belonged to Tren de Aragua or MS-13; many families in Venezuela say they had no gang ties at all.</p>
        <p>Human rights groups say detainees in the prison have no contact with lawyers or families, and that lights stay on day and night in cells holding dozens of men. Officials in El Salvador say the prison is safe and that it has ended gang rule in the country.</p>
        <p>Kristi Noem, the homeland security secretary, toured the prison weeks later. A federal judge, James Boasberg, later found probable cause for contempt over the flights.${extra}</p></article>`;
      return analyzeDocument(doc, pack).report;
    };
    const segment = (r: ReturnType<typeof page>) => r.entities.find((e) => e.id === 'inside-cecot-60-minutes');
    const about = page('');
    expect(about.topic.onTopic).toBe(true);
    expect(segment(about)).toBeUndefined();
    const withProgramme = page(' A 60 Minutes report aired in January after CBS had pulled it.');
    expect(segment(withProgramme)?.mentions.map((m) => m.text)).toEqual(['Inside CECOT', '60 Minutes']);
  });
});

describe('language', () => {
  const EN =
    'The administration said the men were sent to the prison and that the court had been told of the flights. '.repeat(
      3,
    );
  const ES =
    'El gobierno dijo que los hombres fueron enviados a la cárcel y que el tribunal fue informado de los vuelos. '.repeat(
      3,
    );
  test.each([
    [EN, 'en'],
    [ES, 'es'],
    ['Too short to tell.', null],
  ])('guess from text %#', (text, lang) => {
    expect(guessLanguageFromText(text)).toBe(lang);
  });

  test.each<{ declared: string; text: string; requested?: string; expected: string; why: string }>([
    { declared: 'es-ES', text: EN, expected: 'en', why: 'the text wins over a wrong en/es declaration' },
    { declared: 'es-ES', text: 'short', expected: 'es', why: 'the declaration stands when the text cannot tell' },
    { declared: 'fr', text: EN, expected: 'fr', why: 'other declared languages are kept' },
    { declared: 'en', text: ES, requested: 'es-MX', expected: 'es', why: 'a requested language wins' },
  ])('$why', ({ declared, text, requested, expected }) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.setAttribute('lang', declared);
    expect(detectLanguage(doc, text, requested)).toBe(expected);
  });
});
