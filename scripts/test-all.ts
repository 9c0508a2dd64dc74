/**
 * `npm test`: typecheck, dataset check, lint and format check, unit tests, both builds, then end-to-end tests in Chromium
 * and Firefox ESR against the built extension. Every step runs even when an earlier one failed
 * (except e2e, which needs the builds). The last line counts tests exactly as vitest counts them,
 * `N passed, N failed`, followed by any step or test file that failed without being a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of vitest's JSON report (`--reporter=json`) the summary reads. */
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName?: string }[];
  }[];
}

export interface VitestCount {
  passed: number;
  failed: number;
  /** Test files that failed with no failed test in them (an import error, a failing hook). */
  brokenFiles: string[];
}

/**
 * Tests as vitest's own summary counts them ("Tests  N failed | N passed"). A failed file is not
 * a failed test (vitest's `numFailedTestSuites` counts files and describe blocks, which made an
 * earlier summary say 14 failed where vitest said 6); a file that failed without any failed test is
 * reported on its own, so that it is not lost either.
 */
export function countVitestReport(report: VitestJsonReport): VitestCount {
  const brokenFiles = report.testResults
    .filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'))
    .map((f) => {
      // Say why, so that the summary, which is all a CI log's tail may keep, names the cause and not
      // only the file: vitest's message (an import error) or, when a `beforeAll` failed, which tests
      // it left skipped (vitest's JSON report carries no message for a failed hook).
      const message = f.message?.trim().split('\n', 1)[0]?.slice(0, 200);
      const skipped = f.assertionResults.filter((a) => a.status === 'skipped').map((a) => a.fullName ?? '?');
      const why = message || (skipped.length > 0 ? `skipped, a hook failed?: ${skipped.join('; ').slice(0, 300)}` : '');
      return why ? `${f.name} (${why})` : f.name;
    });
  return { passed: report.numPassedTests, failed: report.numFailedTests, brokenFiles };
}

/** The closing line: tests as vitest counts them, then whatever else failed. */
export function summaryLine(tests: { passed: number; failed: number }, otherFailures: string[]): string {
  const line = `${tests.passed} passed, ${tests.failed} failed`;
  return otherFailures.length === 0 ? line : `${line}; also failed: ${otherFailures.join(', ')}`;
}

const tests = { passed: 0, failed: 0 };
const otherFailures: string[] = [];
const rows: string[] = [];

function run(cmd: string, args: string[]): boolean {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

/** A step that is not a test run: listed, and named on the last line when it fails. */
function step(label: string, cmd: string, args: string[]): boolean {
  const ok = run(cmd, args);
  if (!ok) otherFailures.push(label);
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

/** A vitest project: counts its tests from the JSON report. */
function vitest(project: string): boolean {
  const out = join(mkdtempSync(join(tmpdir(), 'backstory-vitest-')), 'report.json');
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  let count: VitestCount | null = null;
  try {
    count = countVitestReport(JSON.parse(readFileSync(out, 'utf8')) as VitestJsonReport);
  } catch {
    // No report: the run itself broke.
  }
  const passed = count?.passed ?? 0;
  const failed = count?.failed ?? 0;
  tests.passed += passed;
  tests.failed += failed;
  const broken = count ? count.brokenFiles.map((f) => `${project} file ${f}`) : [`${project} run (no report)`];
  // A failing exit with nothing counted still fails the summary.
  if (!ok && failed === 0 && broken.length === 0) broken.push(`${project} run (exit status)`);
  otherFailures.push(...broken);
  const bad = failed > 0 || broken.length > 0;
  rows.push(
    `${bad ? 'FAIL' : 'ok  '} ${project} tests: ${passed} passed, ${failed} failed${broken.length ? `, ${broken.length} file(s) broken` : ''}`,
    ...broken.map((b) => `       broken: ${b}`),
  );
  return !bad;
}

function main(): void {
  step('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
  step('dataset check (npm run check:data)', 'npx', ['tsx', 'scripts/check-data.ts']);
  step('lint: ESLint, layer rule included (npm run lint)', 'npx', ['eslint', '.']);
  step('format: Prettier check', 'npx', ['prettier', '--check', '.']);
  vitest('unit');
  const builtChrome = step('build: Chromium (MV3)', 'npx', ['wxt', 'build']);
  const builtFirefox = step('build: Firefox (MV3)', 'npx', ['wxt', 'build', '-b', 'firefox']);
  if (builtFirefox)
    step('Firefox store lint (addons-linter, see docs/store-review.md)', 'npx', ['tsx', 'scripts/lint-firefox.ts']);
  if (builtChrome && builtFirefox) {
    vitest('e2e');
  } else {
    otherFailures.push('e2e (not run, a build failed)');
    rows.push('FAIL e2e tests: not run, a build failed');
  }

  console.log('\nSummary');
  for (const row of rows) console.log(`  ${row}`);
  console.log(summaryLine(tests, otherFailures));
  process.exit(tests.failed === 0 && otherFailures.length === 0 ? 0 : 1);
}

// Run only as the script itself, so the tests can import the counting above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
