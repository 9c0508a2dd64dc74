/** zod's issues, worded for an editor fixing a pack by hand. */
import type { z } from 'zod';
import { isRecord, type Segment } from './types';

export function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

/** zod's wording, made specific where an editor needs more than "too small". */
export function describeIssue(issue: z.core.$ZodIssue, segments: readonly Segment[], merged: unknown): string {
  const raw = valueAt(merged, segments);
  const last = segments.at(-1);
  if (issue.code === 'invalid_type' && raw === undefined) {
    if (segments.length === 1) return `missing: no file in the pack defines "${String(last)}"`;
    if (last === 'en' || last === 'es') {
      return `missing ${last === 'en' ? 'English' : 'Spanish'} text: every reader-visible string needs both languages`;
    }
    return `missing required field "${String(last)}"`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && typeof raw === 'string') {
    if (raw.trim() === '') return raw === '' ? 'empty string' : 'empty after trimming';
  }
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof raw === 'string') {
    return `too long: ${raw.length} characters, at most ${String(issue.maximum)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && Array.isArray(raw)) {
    return `expected at least ${String(issue.minimum)} items, found ${raw.length}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array' && Array.isArray(raw)) {
    return `expected at most ${String(issue.maximum)} items, found ${raw.length}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union' && isRecord(raw)) {
    // A citation object: name what is wrong inside it rather than zod's bare "Invalid input".
    const inner = issue.errors.flat().filter((e) => e.path.length > 0);
    if (inner.length > 0) {
      const parts = inner.map((e) => {
        const key = String(e.path[0]);
        return raw[key] === undefined ? `missing required field "${key}"` : `${key}: ${e.message}`;
      });
      return `citation object: ${parts.join('; ')}`;
    }
  }
  return issue.message;
}
