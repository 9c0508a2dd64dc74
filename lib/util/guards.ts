/**
 * Guards for values whose shape is not trusted (storage, messages, parsed JSON). Kept in a leaf
 * that imports nothing, so that the engine, the settings and the message protocol can share them.
 */

/** True for a plain object whose keys can be read (not null, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
