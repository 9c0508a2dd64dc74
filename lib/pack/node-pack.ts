/**
 * Node-only: load, check and compile the pack in a folder, for the CLI, tests and build.
 * Throws with every problem the checker finds, one per line, so a broken pack fails the build with
 * the same messages `npm run check:data` prints.
 */
import { resolve } from 'node:path';
import { formatProblem, inspectPackDir } from '../dataset/check/index';
import { compilePack } from './compile';
import type { CompiledPackWithPatterns } from './compiled';

/** The folder of the pack the extension ships. */
export const DEFAULT_PACK_DIR = resolve(import.meta.dirname ?? '.', '../../assets/dataset/cecot');

/** Check and compile the pack in `dir`; throws an Error listing every problem when it is invalid. */
export function loadCompiledPack(dir: string = DEFAULT_PACK_DIR): CompiledPackWithPatterns {
  const { problems, pack } = inspectPackDir(dir);
  if (problems.length > 0 || !pack) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    throw new Error(`Invalid topic pack in ${dir} (${count}):\n${problems.map(formatProblem).join('\n')}`);
  }
  return compilePack(pack);
}
