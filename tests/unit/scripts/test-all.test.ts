import { describe, expect, test } from 'vitest';
import { countVitestReport, summaryLine, type VitestJsonReport } from '../../../scripts/test-all';

/** A report shaped as vitest's JSON reporter writes it: files with their tests' outcomes. */
function report(
  files: { name: string; status: 'passed' | 'failed'; tests: string[]; message?: string }[],
): VitestJsonReport {
  const all = files.flatMap((f) => f.tests);
  return {
    numPassedTests: all.filter((t) => t === 'passed').length,
    numFailedTests: all.filter((t) => t === 'failed').length,
    testResults: files.map((f) => ({
      name: f.name,
      status: f.status,
      ...(f.message === undefined ? {} : { message: f.message }),
      assertionResults: f.tests.map((status, i) => ({ status, fullName: `test ${i + 1}` })),
    })),
  };
}

describe('countVitestReport', () => {
  test('counts failed tests, not the files and describe blocks around them', () => {
    // Six failing tests in three files (two browsers' describe blocks each): vitest says 6 failed.
    const r = report([
      { name: 'lifecycle.test.ts', status: 'failed', tests: ['failed', 'failed', 'passed', 'skipped'] },
      { name: 'popup-settings.test.ts', status: 'failed', tests: ['failed', 'passed', 'passed'] },
      { name: 'inpage.test.ts', status: 'failed', tests: ['failed', 'failed', 'failed', 'passed'] },
      { name: 'manifest.test.ts', status: 'passed', tests: ['passed', 'passed'] },
    ]);
    expect(countVitestReport(r)).toEqual({ passed: 6, failed: 6, brokenFiles: [] });
  });

  test('a file that failed with no failed test in it (import error, hook) is reported apart', () => {
    const r = report([
      { name: 'broken.test.ts', status: 'failed', tests: [] },
      { name: 'fine.test.ts', status: 'passed', tests: ['passed'] },
    ]);
    expect(countVitestReport(r)).toEqual({ passed: 1, failed: 0, brokenFiles: ['broken.test.ts'] });
  });

  test("a broken file is named with the first line of vitest's message, so a log's tail says why", () => {
    const r = report([
      {
        name: 'lifecycle.test.ts',
        status: 'failed',
        tests: ['passed', 'skipped'],
        message: 'Hook timed out in 10000ms.\nIf this is a long-running hook, pass a timeout value',
      },
    ]);
    expect(countVitestReport(r).brokenFiles).toEqual(['lifecycle.test.ts (Hook timed out in 10000ms.)']);
  });

  test('a file whose beforeAll failed (no message in the report) names the tests it left skipped', () => {
    const r = report([{ name: 'lifecycle.test.ts', status: 'failed', tests: ['passed', 'skipped', 'skipped'] }]);
    expect(countVitestReport(r).brokenFiles).toEqual(['lifecycle.test.ts (skipped, a hook failed?: test 2; test 3)']);
  });
});

describe('summaryLine', () => {
  test('tests as vitest counts them, then other failures by name', () => {
    expect(summaryLine({ passed: 1494, failed: 6 }, [])).toBe('1494 passed, 6 failed');
    expect(summaryLine({ passed: 1500, failed: 0 }, ['typecheck (tsc --noEmit)'])).toBe(
      '1500 passed, 0 failed; also failed: typecheck (tsc --noEmit)',
    );
  });
});
