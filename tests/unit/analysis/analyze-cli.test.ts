import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('analyze CLI (DESIGN.md contract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
  const onTopic = join(dir, 'on-topic.html');
  const unrelated = join(dir, 'unrelated.html');
  const missing = join(dir, 'missing.html');
  writeFileSync(
    onTopic,
    `<!doctype html><html lang="en"><head><title>Venezuelans deported to CECOT</title>
     <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-17T08:00:00-04:00"}</script></head><body><article>
     <h1>Venezuelans deported to El Salvador’s CECOT prison</h1>
     <p>The United States sent Venezuelan men to the CECOT prison in El Salvador under the Alien Enemies Act, and Nayib Bukele welcomed them.</p>
     </article></body></html>`,
  );
  writeFileSync(unrelated, '<html><head><title>Harbor festival</title></head><body><p>Boats.</p></body></html>');

  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', onTopic, missing, unrelated], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout.split('\n').filter((l) => l !== '');

  test('prints one JSON object per file, in order, and nothing else', () => {
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as { file: string });
    expect(parsed.map((p) => p.file)).toEqual([onTopic, missing, unrelated]);
  });

  test.each([
    [0, { article: true, lang: 'en', topic: expect.objectContaining({ id: 'cecot', onTopic: true }) }],
    [1, { error: expect.stringContaining('ENOENT') }],
    [2, { article: false, topic: expect.objectContaining({ onTopic: false }), entities: [], disputed: [] }],
  ])('line %i', (i, expected) => {
    expect(JSON.parse(lines[i])).toMatchObject(expected);
  });

  test('entities on the on-topic page carry mentions with offsets', () => {
    const report = JSON.parse(lines[0]) as { entities: { id: string; mentions: { start: number; end: number }[] }[] };
    expect(report.entities.length).toBeGreaterThan(0);
    expect(report.entities[0].mentions[0].end).toBeGreaterThan(report.entities[0].mentions[0].start);
  });

  test('the on-topic page carries its publication day and the pack events after it', () => {
    const report = JSON.parse(lines[0]) as { published: string | null; since: { id: string; date: string }[] };
    expect(report.published).toBe('2025-03-17');
    expect(report.since.length).toBeGreaterThan(10);
    expect(
      report.since.every(
        (e) => /^\d{4}(-\d{2}){0,2}$/.test(e.date) && e.date.slice(0, 10) >= '2025-03-18'.slice(0, e.date.length),
      ),
    ).toBe(true);
    const dates = report.since.map((e) => e.date.padEnd(10, '-01'));
    expect([...dates].sort()).toEqual(dates);
  });

  test('an undated page says so and has no "since"', () => {
    const report = JSON.parse(lines[2]) as Record<string, unknown>;
    expect(report.published).toBeNull();
    expect(report).not.toHaveProperty('since');
  });

  test('exits non-zero after an unreadable file', () => {
    expect(run.status).toBe(1);
  });
});
