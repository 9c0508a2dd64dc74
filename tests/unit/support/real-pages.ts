/**
 * The 300 real pages nobody on the project wrote (../shared/realpages-data/real-pages.tar.xz),
 * unpacked to a temporary folder at test time; never copied into the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const ARCHIVE_CANDIDATES = [
  process.env.BACKSTORY_REALPAGES,
  resolve(REPO_ROOT, '../shared/realpages-data/real-pages.tar.xz'),
  // A git worktree under <parent>/wt/NAME sits one level deeper than the main checkout.
  resolve(REPO_ROOT, '../../shared/realpages-data/real-pages.tar.xz'),
].filter((p): p is string => !!p);
/** The archive of the 300 real pages: the first candidate that exists, else where it is looked for first. */
export const REAL_PAGES_ARCHIVE = ARCHIVE_CANDIDATES.find((p) => existsSync(p)) ?? ARCHIVE_CANDIDATES[0];

export interface RealPage {
  name: string;
  html: string;
}

/**
 * The pages, or null (with a clear message) when the archive is missing; fails instead when
 * BACKSTORY_REQUIRE_REALPAGES=1.
 */
export function loadRealPages(): RealPage[] | null {
  const archive = REAL_PAGES_ARCHIVE;
  if (!existsSync(archive)) {
    const message = `real pages archive not found at ${REAL_PAGES_ARCHIVE}: off-topic real-page checks skipped`;
    if (process.env.BACKSTORY_REQUIRE_REALPAGES === '1') throw new Error(message);
    console.warn(`*** ${message} ***`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'backstory-realpages-'));
  try {
    execFileSync('tar', ['-xJf', archive, '-C', dir]);
    const pagesDir = join(dir, 'pages');
    return readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((name) => ({ name, html: readFileSync(join(pagesDir, name), 'utf8') }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
