/**
 * The pack, as the engine gets it: the engine script does not carry it (see `lib/pack/pack-texts.ts`
 * for why), so the engine asks the background, which reads `pack-texts.json` from the extension's
 * package and answers with its JSON texts. A message is deserialised natively, where the same text
 * handed over as a script's argument would be compiled as JavaScript source.
 */
import type { CompiledPack } from '../pack/compiled';
import { isPackTexts, lazyPack } from '../pack/pack-texts';
import { cachedUntilFailure } from '../util/cached';

/** How long the engine waits for the pack before it gives up on this page. */
export const PACK_REQUEST_TIMEOUT_MS = 10_000;

/**
 * A loader that asks for the pack once (`ask`: the request to the background) and keeps the answer.
 * A failed request is tried again on the next call. Rejects, with a message that says so, when the
 * answer is not the pack's texts: an engine without its pack must not pretend it found nothing.
 */
export function packLoader(ask: () => Promise<unknown>): () => Promise<CompiledPack> {
  return cachedUntilFailure(async () => {
    const texts = await ask();
    if (!isPackTexts(texts)) throw new Error('Backstory: the background sent no pack texts');
    return lazyPack(texts);
  });
}
