/**
 * The CECOT pack's fact-bearing items, each with a stable id, in file order (issue 13). Shared by
 * `scripts/audit-sample.ts` (the seeded re-audit sample) and the second-reads test, so both count
 * the same population:
 *
 *   entity:<entity id>#facts[<i>]      every fact of every entity (entities.json)
 *   timeline:<event id>                every timeline event (timeline.json)
 *   claim:<claim id>#positions[<i>]    every position of every disputed point (claims.json)
 *
 * The ids do not depend on the wording, so rewording an item keeps its id (and its review record).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PACK_DIR = join(import.meta.dirname, '..', 'assets', 'dataset', 'cecot');

export interface Citation {
  source: string;
  passage?: string;
  checked?: string;
}

export interface PackItem {
  id: string;
  text: string;
  date?: string;
  sources: Citation[];
}

export const readPackFile = (name: string, dir: string = PACK_DIR) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

/** Every fact-bearing item of the pack in `dir`, in file order. */
export function enumerateItems(dir: string = PACK_DIR): PackItem[] {
  const read = (name: string) => readPackFile(name, dir);
  const items: PackItem[] = [];
  for (const e of read('entities.json').entities) {
    (e.facts ?? []).forEach((f: { text: { en: string }; date?: string; sources: Citation[] }, i: number) =>
      items.push({ id: `entity:${e.id}#facts[${i}]`, text: f.text.en, date: f.date, sources: f.sources ?? [] }),
    );
  }
  for (const t of read('timeline.json').timeline) {
    items.push({ id: `timeline:${t.id}`, text: t.text.en, date: t.date, sources: t.sources ?? [] });
  }
  for (const c of read('claims.json').claims) {
    (c.positions ?? []).forEach(
      (p: { holder: { en: string }; summary: { en: string }; date?: string; sources: Citation[] }, i: number) =>
        items.push({
          id: `claim:${c.id}#positions[${i}]`,
          text: `${p.holder.en}: ${p.summary.en}`,
          date: p.date,
          sources: p.sources ?? [],
        }),
    );
  }
  return items;
}
