/**
 * `npm run bench`: the engine benchmarks (matching and analysis in Node, against a naive search and
 * mark.js) and the mutation-storm benchmark (the built extension in Chromium and Firefox ESR, against
 * the same page without it), each measured beside its baseline in the same run and printed as ratios.
 * The storm part checks its budgets and exits 1 on a FAIL line; the engine part only prints.
 *
 *   npm run bench                       both parts, both browsers
 *   npm run bench -- --engine           the engine part only
 *   npm run bench -- --storm            the storm part only (add --chromium or --firefox for one browser)
 */
import type { BrowserName } from './browser/browsers';
import { runEngineBench } from './bench/engine';
import { runStormBench } from './bench/mutation-storm';

const args = new Set(process.argv.slice(2));
const only = (flag: string, other: string) => args.has(flag) || !args.has(other);
const browsers = (['chromium', 'firefox'] as const).filter((b) => only(`--${b}`, b === 'chromium' ? '--firefox' : '--chromium')) as BrowserName[];

let ok = true;
if (only('--engine', '--storm')) await runEngineBench();
if (only('--storm', '--engine')) {
  console.log('\nMutation storm (needs "npm run build" and "npm run build:firefox")');
  // A missing browser or build is an error that says what to install or run.
  ok = await runStormBench(browsers).catch((e: unknown) => {
    console.error(`FAIL mutation storm: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  });
}
process.exit(ok ? 0 : 1);
