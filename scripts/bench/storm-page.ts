/**
 * The mutation-storm page: the demo article about Noem's CECOT visit with
 * `tests/fixtures/storm/mutation-storm.js` running in it. Shared by `npm run bench` and the e2e
 * guard, so both storm the same page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface StormConfig {
  /** Stop after this long (ms). */
  durationMs?: number;
  /** Or after this many ticks (each `opsPerTick` DOM operations): then every run ends in the same state. */
  maxTicks?: number;
  /** DOM operations per tick; ticks follow each other with `setTimeout(0)` (≈ 250 a second). */
  opsPerTick?: number;
}

/** What the page reports when its storm ends (see mutation-storm.js). */
export interface StormResult {
  mutations: number;
  ticks: number;
  frames: number;
  longestFrameMs: number;
  startedAt: number;
  endedAt: number;
  /** Every `backstory:*` measure recorded while the page was open, from a PerformanceObserver. */
  measures: {
    name: string;
    startTime: number;
    duration: number;
    /** A rescan's slices, `[start, ms, start, ms, …]` (the last one is its draw). */
    detail?: { slices?: number[] } | null;
  }[];
}

export function stormPage(config: StormConfig): string {
  const article = readFileSync(join(ROOT, 'tests/fixtures/demo/noem-cecot-visit.html'), 'utf8');
  const script = readFileSync(join(ROOT, 'tests/fixtures/storm/mutation-storm.js'), 'utf8');
  // A tick-bound storm has no time limit.
  const json = JSON.stringify({ ...(config.maxTicks !== undefined ? { durationMs: 1e9 } : {}), ...config });
  return article
    .replace(
      '</style>',
      '  .storm-hot { color: #1d1d1e; }\n  #storm-ticker { font: 13px monospace; padding: 4px 24px; }\n</style>',
    )
    .replace('</body>', `<script>window.__stormConfig = ${json};</script>\n<script>${script}</script>\n</body>`);
}
