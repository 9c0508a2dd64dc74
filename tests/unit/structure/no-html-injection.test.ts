/**
 * Dataset and page text reach the reader as text only: no code of ours writes HTML from strings.
 * (The store-review notes rely on this for the linter's innerHTML warnings, which come from Preact.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)));

test.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s writes no HTML from strings', (_, file) => {
  const code = readFileSync(file, 'utf8');
  expect(code).not.toMatch(
    /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/,
  );
});
