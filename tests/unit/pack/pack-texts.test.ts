import { describe, expect, test } from 'vitest';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import {
  claimView,
  isPackPart,
  isPackTexts,
  joinPackParts,
  lazyPack,
  PACK_PART_CHARS,
  packParts,
  packTexts,
  parseClaimsSteps,
} from '../../../lib/pack/pack-texts';
import { askInParts, packLoader } from '../../../lib/content/pack-handoff';
import { analyzeHtml } from '../../../lib/analysis/analyze-html';
import { analyzeDocument, completeReportSteps, runSteps } from '../../../lib/analysis/analyze';
import { parseHTML } from 'linkedom';

const pack = loadCompiledPack();

describe('the pack as texts, parsed on first use', () => {
  test('round-trips every field of the real pack, the claims without the patterns the matcher holds compiled', () => {
    const texts = packTexts(pack);
    expect(isPackTexts(texts)).toBe(true);
    const lazy = lazyPack(texts);
    const expected = { ...pack, claims: pack.claims.map(claimView) };
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(pack).sort());
    // What cards and titles read is all there; only the patterns went.
    expect(lazy.claims.map((c) => c.title)).toEqual(pack.claims.map((c) => c.title));
    expect(lazy.claims[0]).not.toHaveProperty('triggers');
    expect(lazy.claims.some((c) => 'narrows' in c || 'exclude' in c || 'follow' in c)).toBe(false);
    expect(pack.claims.some((c) => c.narrows && c.exclude && c.follow)).toBe(true);
    // A quarter of the texts the background hands to each page that passes the gate.
    const size = (t: Record<string, string>) => Object.values(t).reduce((n, v) => n + v.length, 0);
    expect(size(texts)).toBeLessThan(0.85 * size({ ...texts, claims: JSON.stringify(pack.claims) }));
  });

  test('parses a field only when it is read, and only once', () => {
    const texts = { ...packTexts(pack), timeline: '{not json' };
    const lazy = lazyPack(texts);
    // The broken field is never touched by reading the others.
    expect(lazy.meta.id).toBe(pack.meta.id);
    expect(lazy.entities).toBe(lazy.entities);
    expect(() => lazy.timeline).toThrow(SyntaxError);
  });

  test("a page's scan parses neither the entities' cards, the timeline nor the claim tables, which are read after it", () => {
    const html = `<html lang="en"><head><title>Noem tours CECOT in El Salvador</title></head><body><article>
      <h1>Noem tours CECOT, the prison holding Venezuelans deported under the Alien Enemies Act</h1>
      <p>Homeland Security Secretary Kristi Noem toured the Terrorism Confinement Center in El Salvador on Wednesday,
      where the Trump administration sent more than 200 Venezuelans it says are members of Tren de Aragua.</p>
      <p>President Nayib Bukele said the men would stay in CECOT; Judge James Boasberg had ordered the flights turned around.</p>
      </article></body></html>`;
    const broken = lazyPack({
      ...packTexts(pack),
      entities: '{not json',
      timeline: '{not json',
      matcherClaims: '{not json',
    });
    const { document } = parseHTML(html);
    const { report, index } = analyzeDocument(document as unknown as Document, broken, {
      namesFirst: true,
      now: new Date('2025-04-01'),
    });
    expect(report.topic.onTopic).toBe(true);
    expect(report.entities.map((e) => e.name)).toContain('Nayib Bukele');
    expect(() => runSteps(completeReportSteps(document as unknown as Document, report, index, broken))).toThrow(
      SyntaxError,
    );
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

describe('the pack texts in parts, a message each', () => {
  const texts = packTexts(pack);

  test('parts of the real pack hold at most about PACK_PART_CHARS each, and join back to the same texts', () => {
    const parts = packParts(texts);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(isPackPart(part)).toBe(true);
      expect(part.count).toBe(parts.length);
      const chars =
        Object.values(part.fields).reduce((n, v) => n + v.length, 0) +
        (part.claims?.lines.reduce((n, l) => n + l.length, 0) ?? 0);
      expect(chars).toBeLessThanOrEqual(PACK_PART_CHARS);
      // JSON text travels whole: no part carries half of a field or of a claim.
      for (const v of Object.values(part.fields)) expect(() => JSON.parse(v)).not.toThrow();
      for (const l of part.claims?.lines ?? []) expect(() => JSON.parse(l)).not.toThrow();
    }
    expect(joinPackParts(parts)).toEqual(texts);
    // In any order, as answers may come.
    expect(joinPackParts([...parts].reverse())).toEqual(texts);
    // One part each for tiny parts, still the same texts.
    expect(joinPackParts(packParts(texts, 1))).toEqual(texts);
  });

  test('a missing part, or an answer that is no part, gives no texts', async () => {
    const parts = packParts(texts);
    expect(joinPackParts(parts.filter((p) => !p.claims || p.claims.from !== 0))).toBeNull();
    expect(joinPackParts(parts.slice(1))).toBeNull();
    expect(isPackPart({ count: 1, fields: { meta: 3 } })).toBe(false);
    expect(isPackPart({ count: 0, fields: {} })).toBe(false);
    expect(await askInParts(async () => ({ ...texts }))).toBeNull();
    expect(await askInParts(async (i) => (i === 0 ? parts[0] : null))).toBeNull();
  });

  test('the engine asks for the first part, then for the others together', async () => {
    const parts = packParts(texts);
    const asked: number[] = [];
    const got = await askInParts(async (i) => {
      asked.push(i);
      return parts[i];
    });
    expect(got).toEqual(texts);
    expect(asked).toEqual(parts.map((_, i) => i));
  });

  test('the claim tables parse a claim per step, the same as all at once', () => {
    const stepped = lazyPack(texts);
    const steps = parseClaimsSteps(stepped.matcher);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(pack.matcher!.claims.length);
    expect(stepped.matcher!.claims).toEqual(lazyPack(texts).matcher!.claims);
    expect(stepped.matcher!.claims).toEqual(JSON.parse(JSON.stringify(pack.matcher!.claims)));
    // Parsed: nothing left to step through; a pack built in memory has nothing either.
    expect(parseClaimsSteps(stepped.matcher).next().done).toBe(true);
    expect(parseClaimsSteps(pack.matcher).next().done).toBe(true);
  });
});

describe("the engine's request for the pack", () => {
  test('asks once, keeps the answer, and asks again after a failure', async () => {
    const texts = packTexts(pack);
    let calls = 0;
    const load = packLoader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('no answer in 10000 ms');
      return texts;
    });
    await expect(load()).rejects.toThrow('no answer');
    const first = await load();
    expect(first.meta.version).toBe(pack.meta.version);
    expect(await load()).toBe(first);
    expect(calls).toBe(2);
  });

  test('refuses an answer that is not the pack, saying so', async () => {
    await expect(packLoader(async () => null)()).rejects.toThrow(/sent no pack texts/);
    await expect(packLoader(async () => ({ meta: '{}' }))()).rejects.toThrow(/sent no pack texts/);
  });
});
