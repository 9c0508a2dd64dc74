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
import { isRecord } from '../util/guards';

/** Where the build writes the texts, in the extension's package (`wxt.config.ts`). */
export const PACK_TEXTS_FILE = 'pack-texts.json';

/**
 * Every field of a compiled pack, as JSON text; the matcher's claim tables (about 600 KB, only
 * needed once a page is on topic and its disputed pass runs) as a text of their own: one JSON text
 * per claim, one per line (JSON text never holds a raw line break), so that the disputed pass can
 * parse them one claim per step (`parseClaimsSteps`) rather than all in one long task.
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
    texts.matcherClaims = claims.map((claim) => JSON.stringify(claim)).join('\n');
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

/** `matcherClaims` parsed a claim at a time. */
class ClaimsParser {
  private lines: string[] | null = null;
  readonly claims: unknown[] = [];
  constructor(private readonly text: string) {}
  /** Parse the next claim; false once all are parsed. */
  parseOne(): boolean {
    // Split at the first parse, not when the matcher is read (the scan reads it, the claims wait).
    const lines = (this.lines ??= this.text === '' ? [] : this.text.split('\n'));
    if (this.claims.length === lines.length) return false;
    this.claims.push(JSON.parse(lines[this.claims.length]));
    return true;
  }
  all(): unknown[] {
    while (this.parseOne());
    return this.claims;
  }
}

/** The claim tables' parser of each lazily parsed matcher (see `parseClaimsSteps`). */
const claimParsers = new WeakMap<object, ClaimsParser>();

/**
 * A pack whose fields are parsed from `texts` on first read, each once; the matcher's `claims`
 * likewise, on their own first read, or a claim per step ahead of it (`parseClaimsSteps`). The
 * object is read-only: the engine never writes to its pack.
 */
export function lazyPack(texts: PackTexts): CompiledPack {
  const parsed = new Map<keyof CompiledPack, unknown>();
  const parse = (field: keyof CompiledPack): unknown => {
    const value: unknown = JSON.parse(texts[field]);
    if (field === 'matcher' && value !== null && typeof value === 'object' && !('claims' in value)) {
      const parser = new ClaimsParser(texts.matcherClaims);
      claimParsers.set(value, parser);
      // Whatever `parseClaimsSteps` has not parsed yet, at once.
      Object.defineProperty(value, 'claims', { enumerable: true, get: () => parser.all() });
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

/**
 * Parse a lazily parsed matcher's claim tables a claim per step, before the disputed pass reads them
 * (the largest claim is about 90 KB of JSON; all of them at once made one of the longest tasks of a
 * fresh tab). Nothing to do for a pack built in memory, or once they are parsed.
 */
export function* parseClaimsSteps(matcher: object | null | undefined): Generator<void, void> {
  const parser = matcher ? claimParsers.get(matcher) : undefined;
  while (parser?.parseOne()) yield;
}

/**
 * One message's share of the pack texts: whole fields, and a run of the claim tables' lines (see
 * `packTexts`). The background answers the engine's request with one part per message (`packParts`),
 * because the page deserialises each message in one task: all 1.15 MB at once took 25–30 ms of the
 * page's main thread on a two-core machine, the longest task of a fresh tab's article.
 */
export interface PackPart {
  /** How many parts the pack travels in. */
  count: number;
  fields: Partial<Record<keyof CompiledPack, string>>;
  /** Lines of `matcherClaims`, from the `from`th. */
  claims?: { from: number; lines: string[] };
}

/** The most characters of pack text a part carries, unless one field alone is longer. */
export const PACK_PART_CHARS = 200_000;

/** Split `texts` into parts of about `PACK_PART_CHARS` each, in order. */
export function packParts(texts: PackTexts, partChars = PACK_PART_CHARS): PackPart[] {
  const parts: PackPart[] = [];
  let part: PackPart | null = null;
  let size = 0;
  const room = (chars: number): PackPart => {
    if (!part || (size > 0 && size + chars > partChars)) {
      part = { count: 0, fields: {} };
      parts.push(part);
      size = 0;
    }
    size += chars;
    return part;
  };
  for (const field of FIELDS) room(texts[field].length).fields[field] = texts[field];
  const lines = texts.matcherClaims === '' ? [] : texts.matcherClaims.split('\n');
  lines.forEach((line, i) => {
    const into = room(line.length);
    into.claims ??= { from: i, lines: [] };
    into.claims.lines.push(line);
  });
  for (const p of parts) p.count = parts.length;
  return parts;
}

/** Whether `value` has the shape of a `PackPart`. */
export function isPackPart(value: unknown): value is PackPart {
  if (!isRecord(value) || !Number.isInteger(value.count) || (value.count as number) < 1) return false;
  if (!isRecord(value.fields) || !Object.values(value.fields).every((v) => typeof v === 'string')) return false;
  const claims = value.claims;
  return (
    claims === undefined ||
    (isRecord(claims) &&
      Number.isInteger(claims.from) &&
      Array.isArray(claims.lines) &&
      claims.lines.every((l) => typeof l === 'string'))
  );
}

/** The texts again from all of their parts (in any order); null when some are missing or do not fit. */
export function joinPackParts(parts: readonly PackPart[]): PackTexts | null {
  const texts: Record<string, string> = {};
  const lines: string[] = [];
  for (const part of parts) {
    Object.assign(texts, part.fields);
    if (part.claims) part.claims.lines.forEach((line, i) => (lines[part.claims!.from + i] = line));
  }
  for (let i = 0; i < lines.length; i++) if (typeof lines[i] !== 'string') return null;
  texts.matcherClaims = texts.matcher === 'null' ? 'null' : lines.join('\n');
  return isPackTexts(texts) ? texts : null;
}
