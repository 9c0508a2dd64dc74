/**
 * `npx tsx scripts/audit-sample.ts [SEED] [N] [--detail]`: draw a reproducible random sample of the
 * CECOT pack's fact-bearing items for an independent re-audit (issue 13).
 *
 * Items, each with a stable id, in file order (enumerated in `scripts/pack-items.ts`, shared with the
 * second-reads test):
 *   entity:<entity id>#facts[<i>]      every fact of every entity (entities.json)
 *   timeline:<event id>                every timeline event (timeline.json)
 *   claim:<claim id>#positions[<i>]    every position of every disputed point (claims.json)
 *
 * The seed string is hashed (cyrb128) into an sfc32 generator, which drives a Fisher–Yates shuffle
 * of the id list; the first N ids are the sample. Same pack + same seed = same sample.
 * Defaults: seed "2026-12-06", N = 60. `--detail` also prints each item's text and citations.
 */
import { enumerateItems, readPackFile as read } from './pack-items';

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function drawSample<T>(list: readonly T[], seed: string, n: number): T[] {
  const rand = sfc32(...cyrb128(seed));
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const detail = args.includes('--detail');
const [seed = '2026-12-06', nArg = '60'] = args.filter((a) => !a.startsWith('--'));
const items = enumerateItems();
const sample = drawSample(items, seed, Number(nArg));
if (!detail) {
  console.log(`# ${items.length} fact-bearing items; seed "${seed}"; sample of ${sample.length}`);
  sample.forEach((it, k) => console.log(`${k + 1}\t${it.id}`));
} else {
  const sources = new Map<string, { url: string; publisher: string; date: string; title: string }>();
  for (const f of ['sources.json', 'sources-events.json']) for (const s of read(f).sources) sources.set(s.id, s);
  sample.forEach((it, k) => {
    console.log(`\n## ${k + 1} ${it.id} (${it.date ?? 'no date'})\n${it.text}`);
    for (const c of it.sources) {
      const s = sources.get(c.source);
      console.log(`  - ${c.source} | ${s?.publisher} ${s?.date} | ${s?.url}\n    passage: ${c.passage ?? '(none)'}`);
    }
  });
}
