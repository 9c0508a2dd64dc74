import { describe, expect, test } from 'vitest';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import { isPackTexts, lazyPack, packTexts } from '../../../lib/pack/pack-texts';
import { takeHandedPack } from '../../../lib/content/pack-handoff';
import { analyzeHtml } from '../../../lib/analysis/analyze-html';

const pack = loadCompiledPack();

describe('the pack as texts, parsed on first use', () => {
  test('round-trips every field of the real pack', () => {
    const texts = packTexts(pack);
    expect(isPackTexts(texts)).toBe(true);
    const lazy = lazyPack(texts);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(pack)));
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(pack).sort());
  });

  test('parses a field only when it is read, and only once', () => {
    const texts = { ...packTexts(pack), timeline: '{not json' };
    const lazy = lazyPack(texts);
    // The broken field is never touched by reading the others.
    expect(lazy.meta.id).toBe(pack.meta.id);
    expect(lazy.entities).toBe(lazy.entities);
    expect(() => lazy.timeline).toThrow(SyntaxError);
  });

  test('the engine finds the same on a page with the handed pack as with the bundled one', () => {
    const html = `<html lang="en"><head><title>Noem tours CECOT in El Salvador</title></head><body><article>
      <h1>Noem tours CECOT, the prison holding Venezuelans deported under the Alien Enemies Act</h1>
      <p>Homeland Security Secretary Kristi Noem toured the Terrorism Confinement Center in El Salvador on Wednesday,
      where the Trump administration sent more than 200 Venezuelans it says are members of Tren de Aragua.</p>
      <p>Relatives and lawyers say many of the men have no criminal record and were never given a hearing.</p>
      </article></body></html>`;
    expect(analyzeHtml(html, lazyPack(packTexts(pack)))).toEqual(analyzeHtml(html, pack));
  });

  test('shapes that are not pack texts are refused', () => {
    expect(isPackTexts(null)).toBe(false);
    expect(isPackTexts('{}')).toBe(false);
    expect(isPackTexts({ ...packTexts(pack), matcher: null })).toBe(false);
  });
});

describe('the hand-over from the background', () => {
  test('takes the texts it was left, once', () => {
    const globals = { __backstoryPackTexts: packTexts(pack) };
    expect(takeHandedPack(globals).meta.version).toBe(pack.meta.version);
    expect(globals.__backstoryPackTexts).toBeUndefined();
    expect(() => takeHandedPack(globals)).toThrow(/without its pack texts/);
  });
});
