/**
 * `npm run lint:firefox`: Mozilla's addons-linter on the Firefox build. Fails on any error, and on
 * any warning that `docs/store-review.md` does not explain (by code and file).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** `code` + file pattern pairs from the "Explained warnings" table (`*` matches any characters). */
function explained(): { code: string; file: RegExp }[] {
  const doc = readFileSync(join(ROOT, 'docs/store-review.md'), 'utf8');
  const rows = [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|/gm)];
  return rows.map(([, code, file]) => ({
    code,
    file: new RegExp(`^${file.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
  }));
}

const run = spawnSync('npx', ['addons-linter', '--output', 'json', BUILD], { cwd: ROOT, encoding: 'utf8' });
let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`addons-linter gave no report:\n${run.stderr || run.stdout}`);
  process.exit(1);
}
const allowed = explained();
const unexplained = report.warnings.filter((w) => !allowed.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
const show = (kind: string, m: LintMessage) =>
  console.log(`${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`);
report.errors.forEach((m) => show('error', m));
unexplained.forEach((m) => show('warning (unexplained)', m));
console.log(
  `addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - unexplained.length} explained in docs/store-review.md), ${report.notices.length} notices`,
);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
