/**
 * `load`, called once and its promise kept; a rejected load is forgotten, so the next call tries
 * again. For reads that are costly and should succeed once (the pack's texts, in the background and
 * in the engine).
 */
export function cachedUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () =>
    (kept ??= load().catch((error: unknown) => {
      kept = null;
      throw error;
    }));
}
