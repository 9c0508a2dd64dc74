/**
 * The pack, as the engine gets it: the engine script does not carry it (see `lib/pack/pack-texts.ts`
 * for why), so the engine asks the background, which reads `pack-texts.json` from the extension's
 * package and answers with its JSON texts. A message is deserialised natively, where the same text
 * handed over as a script's argument would be compiled as JavaScript source.
 */
import type { CompiledPack } from '../pack/compiled';
import { isPackPart, isPackTexts, joinPackParts, lazyPack, type PackTexts } from '../pack/pack-texts';
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

/**
 * The pack's texts, asked for a part per message (`ask(part)`): the first part says how many there
 * are, the others are asked for together. Each answer is deserialised in a task of its own, so the
 * page never takes the whole pack in one long task. Resolves with null when an answer is not a part
 * of the pack (the loader above then says so).
 */
export async function askInParts(ask: (part: number) => Promise<unknown>): Promise<PackTexts | null> {
  const first = await ask(0);
  if (!isPackPart(first)) return null;
  const rest = await Promise.all(Array.from({ length: first.count - 1 }, (_, i) => ask(i + 1)));
  const parts = [first, ...rest];
  return parts.every(isPackPart) ? joinPackParts(parts) : null;
}
