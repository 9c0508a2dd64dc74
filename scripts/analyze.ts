/**
 * The analyze CLI (contract in DESIGN.md): `npm run -s analyze -- FILE.html [FILE2.html ...]`
 * prints one JSON object per file per line and nothing else on stdout. A file that cannot be read
 * or parsed prints `{"file":…,"error":…}`; the others are still analysed; the exit status is then 1.
 * An invalid topic pack stops before any file (message on stderr, exit status 2).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeHtml } from '../lib/analysis/analyze-html';
import type { CompiledPack } from '../lib/pack/compiled';
import { loadCompiledPack } from '../lib/pack/node-pack';

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s analyze -- FILE.html [FILE2.html ...]\n');
    return 2;
  }
  let pack: CompiledPack;
  try {
    pack = loadCompiledPack();
  } catch (error) {
    // Not a per-file failure: nothing can be analysed, so stdout stays empty.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let line: string;
    try {
      const html = readFileSync(file, 'utf8');
      if (html.includes('\u0000')) throw new Error('not an HTML text file (contains NUL bytes)');
      const report = analyzeHtml(html, pack, pathToFileURL(resolve(file)).href);
      line = JSON.stringify({ file, ...report });
    } catch (error) {
      failed = true;
      line = JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) });
    }
    process.stdout.write(line + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
