/**
 * `npm test`: typecheck, dataset check, unit tests, both builds, then end-to-end tests in Chromium
 * and Firefox ESR against the built extension. Every step runs even when an earlier one failed
 * (except e2e, which needs the builds), and the last line totals every suite: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const rows: string[] = [];

function run(cmd: string, args: string[]): boolean {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

/** A step that counts as one check. */
function step(label: string, cmd: string, args: string[]): boolean {
  const ok = run(cmd, args);
  total[ok ? 'passed' : 'failed'] += 1;
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

/** A vitest project: counts its tests from the JSON report. */
function vitest(project: string): boolean {
  const out = join(mkdtempSync(join(tmpdir(), 'backstory-vitest-')), 'report.json');
  const ok = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
    };
    passed = report.numPassedTests;
    failed = report.numFailedTests + report.numFailedTestSuites;
  } catch {
    failed = 1; // no report: the run itself broke
  }
  if (!ok && failed === 0) failed = 1;
  total.passed += passed;
  total.failed += failed;
  rows.push(`${failed ? 'FAIL' : 'ok  '} ${project} tests: ${passed} passed, ${failed} failed`);
  return ok && failed === 0;
}

step('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
step('dataset check (npm run check:data)', 'npx', ['tsx', 'scripts/check-data.ts']);
vitest('unit');
const builtChrome = step('build: Chromium (MV3)', 'npx', ['wxt', 'build']);
const builtFirefox = step('build: Firefox (MV3)', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (builtFirefox) step("Firefox store lint (addons-linter, see docs/store-review.md)", 'npx', ['tsx', 'scripts/lint-firefox.ts']);
if (builtChrome && builtFirefox) {
  vitest('e2e');
} else {
  total.failed += 1;
  rows.push('FAIL e2e tests: not run, a build failed');
}

console.log('\nSummary');
for (const row of rows) console.log(`  ${row}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
