/**
 * The compiled pack as the engine receives it in a page: each top-level field as its own JSON text,
 * parsed on first use.
 *
 * Why not bundle the pack into the engine script: a JavaScript string literal of ~540 KB costs the
 * page's main thread far more to compile than the same text costs to parse as JSON. V8 scans the
 * literal when it compiles the script, and again when it lazily compiles the function that holds
 * it. The fresh-tab trace showed 62 ms of `ParseProgram` and 35 ms of `ParseFunction` for the engine
 * script. `JSON.parse` of the same text takes about 2 ms. So the build writes `pack-texts.json` (not
 * web-accessible, so no page can fetch it), the background reads it, and the engine asks the
 * background for it by message (`lib/content/pack-handoff.ts`), which is deserialised natively. (As
 * an argument of `scripting.executeScript` it would be compiled as script source again.) A field the
 * page never needs (cards, sources, timeline on a page the reader
 * never opens) is never parsed.
 */
import type { Claim } from '../dataset/schema';
import type { ClaimMatchingField, ClaimView, CompiledPack } from './compiled';

/** Where the build writes the texts, in the extension's package (`wxt.config.ts`). */
export const PACK_TEXTS_FILE = 'pack-texts.json';

/**
 * Every field of a compiled pack, as JSON text; the matcher's claim tables (about 200 KB, only
 * needed once a page is on topic and its disputed pass runs) as a text of their own.
 */
export type PackTexts = { readonly [K in keyof CompiledPack]: string } & { readonly matcherClaims: string };

const FIELDS: readonly (keyof CompiledPack)[] = [
  'meta',
  'sources',
  'entities',
  'claims',
  'timeline',
  'topic',
  'matcher',
] satisfies (keyof CompiledPack)[];

/**
 * The fields of a claim that only the matcher reads: where the matcher tables are prebuilt, they
 * hold these compiled (`matcher.claims`), and the claims go without them (a quarter of the texts).
 */
const MATCHING_FIELDS: readonly ClaimMatchingField[] = [
  'triggers',
  'context',
  'exclude',
  'follow',
  'narrows',
  'articleContext',
] satisfies (keyof Claim)[];

/** `claim` without the fields only the matcher reads. */
export function claimView(claim: ClaimView): ClaimView {
  const view: Record<string, unknown> = { ...claim };
  for (const field of MATCHING_FIELDS) delete view[field];
  return view as ClaimView;
}

/** The texts of `pack` (at build time). */
export function packTexts(pack: CompiledPack): PackTexts {
  const texts = {} as Record<keyof PackTexts, string>;
  for (const field of FIELDS) texts[field] = JSON.stringify(pack[field]);
  if (pack.matcher) {
    const { claims, ...rest } = pack.matcher;
    texts.matcher = JSON.stringify(rest);
    texts.matcherClaims = JSON.stringify(claims);
    texts.claims = JSON.stringify(pack.claims.map(claimView));
  } else texts.matcherClaims = 'null';
  return texts;
}

/** Whether `value` has the shape of `PackTexts`: every field a string, nothing else needed. */
export function isPackTexts(value: unknown): value is PackTexts {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return [...FIELDS, 'matcherClaims'].every((field) => typeof record[field] === 'string');
}

/**
 * A pack whose fields are parsed from `texts` on first read, each once; the matcher's `claims`
 * likewise, on their own first read. The object is read-only: the engine never writes to its pack.
 */
export function lazyPack(texts: PackTexts): CompiledPack {
  const parsed = new Map<keyof CompiledPack, unknown>();
  const parse = (field: keyof CompiledPack): unknown => {
    const value: unknown = JSON.parse(texts[field]);
    if (field === 'matcher' && value !== null && typeof value === 'object' && !('claims' in value)) {
      let claims: unknown;
      Object.defineProperty(value, 'claims', {
        enumerable: true,
        get: () => (claims ??= JSON.parse(texts.matcherClaims)),
      });
    }
    return value;
  };
  const pack = {} as CompiledPack;
  for (const field of FIELDS) {
    Object.defineProperty(pack, field, {
      enumerable: true,
      get() {
        if (!parsed.has(field)) parsed.set(field, parse(field));
        return parsed.get(field);
      },
    });
  }
  return pack;
}
