/**
 * `npm run bench`: the engine benchmarks (matching and analysis in Node, against a naive search and
 * mark.js) and the mutation-storm benchmark (the built extension in Chromium and Firefox ESR, against
 * the same page without it), each measured beside its baseline in the same run and printed as ratios.
 * and the page-cost benchmark (what a reader's tab pays: off-topic pages against a one-line control
 * extension, first scan and longest task on an article and on 1 MB, against mark.js).
 * The storm and page-cost parts check their budgets and exit 1 on a FAIL line; the engine part only prints.
 *
 *   npm run bench                       all parts, both browsers
 *   npm run bench -- --engine           the engine part only
 *   npm run bench -- --storm            the storm part only (add --chromium or --firefox for one browser)
 *   npm run bench -- --page             the page-cost part only (idem)
 */
import type { BrowserName } from './browser/browsers';
import { runEngineBench } from './bench/engine';
import { runStormBench } from './bench/mutation-storm';
import { runPageCostBench } from './bench/page-cost';

const args = new Set(process.argv.slice(2));
const PARTS = ['--engine', '--storm', '--page'];
const part = (flag: string) => args.has(flag) || !PARTS.some((p) => args.has(p));
const only = (flag: string, other: string) => args.has(flag) || !args.has(other);
const browsers = (['chromium', 'firefox'] as const).filter((b) =>
  only(`--${b}`, b === 'chromium' ? '--firefox' : '--chromium'),
) as BrowserName[];

let ok = true;
if (part('--engine')) await runEngineBench();
if (part('--storm')) {
  console.log('\nMutation storm (needs "npm run build" and "npm run build:firefox")');
  // A missing browser or build is an error that says what to install or run.
  ok = await runStormBench(browsers).catch((e: unknown) => {
    console.error(`FAIL mutation storm: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  });
}
if (part('--page')) {
  console.log('\nPage cost (needs "npm run build" and "npm run build:firefox")');
  const pageOk = await runPageCostBench(browsers).catch((e: unknown) => {
    console.error(`FAIL page cost: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  });
  ok &&= pageOk;
}
process.exit(ok ? 0 : 1);
