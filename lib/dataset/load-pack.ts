/**
 * Node-only: read a pack folder (every `*.json` in it, sorted by name) and merge the files into one
 * unvalidated pack object. Validation is `check-pack.ts`'s job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackFileRead {
  path: string;
  json: unknown;
}

export function readPackDir(dir: string): PackFileRead[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return { path, json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    });
}

const ARRAY_SECTIONS = ['sources', 'entities', 'claims', 'timeline'] as const;

/** Concatenate the array sections of every file; `meta` and `topic` come from whichever file has them. */
export function mergePackFiles(files: PackFileRead[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const { json } of files) {
    const part = json as Record<string, unknown>;
    for (const key of Object.keys(part)) {
      if ((ARRAY_SECTIONS as readonly string[]).includes(key)) {
        merged[key] = [...((merged[key] as unknown[]) ?? []), ...(part[key] as unknown[])];
      } else {
        merged[key] = part[key];
      }
    }
  }
  return merged;
}
