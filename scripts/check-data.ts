/**
 * `npm run check:data [DIR]`: check a topic pack (default: the shipped one) and print each problem on
 * its own line with its file and JSON path, or, when the pack is valid, a summary of what it holds.
 * Exits 1 when there is any problem, 2 when DIR cannot be read.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, formatStats, inspectPackDir } from '../lib/dataset/check/index';
import { DEFAULT_PACK_DIR } from '../lib/pack/node-pack';

const arg = process.argv.slice(2).find((a) => a !== '--');
const dir = arg ? resolve(arg) : DEFAULT_PACK_DIR;

if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`check:data: ${dir} is not a folder`);
  process.exit(2);
}

// Every citation carries a passage fragment (or a passageUnavailable reason) and a check date: a bare
// source id is a problem with its path, so the pack cannot regress.
const { problems, warnings, stats } = inspectPackDir(dir, { requirePassages: true });
for (const warning of warnings) console.log(`warning: ${formatProblem(warning)}`);
if (problems.length > 0) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(`${dir}: valid\n${formatStats(stats)}`);
