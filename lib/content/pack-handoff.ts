/**
 * The pack, as the background hands it to the engine: before it injects the engine script, the
 * background runs a small function in the same content-script world. That function leaves the pack's
 * JSON texts (`lib/pack/pack-texts.ts`) in a global of that world; pages cannot see the global.
 */
import type { CompiledPack } from '../pack/compiled';
import { isPackTexts, lazyPack, type PackTexts } from '../pack/pack-texts';

export interface PackHandoffGlobals {
  __backstoryPackTexts?: PackTexts;
}

/**
 * Take the pack left for this engine, leaving the global empty. Throws when there is none: the engine
 * was injected by something other than the background, and an engine without its pack must not
 * pretend to have found nothing.
 */
export function takeHandedPack(globals: PackHandoffGlobals): CompiledPack {
  const texts = globals.__backstoryPackTexts;
  globals.__backstoryPackTexts = undefined;
  if (!isPackTexts(texts)) throw new Error('Backstory: the engine was injected without its pack texts');
  return lazyPack(texts);
}
