/**
 * Node/build-time only: the topic-pack checker behind `npm run check:data`, `loadCompiledPack()` and
 * the Vite pack plugin. It reports every problem with the file and JSON path an editor needs, so a
 * pack written by hand can be fixed in one pass; the content script never imports this (or zod).
 *
 * Paths use indexes within the named file (`entities.json: entities[4].facts[2]`), not within the
 * merged pack, because the file is what the editor opens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PackSchema, refSourceId, type Pack, type SourceRef } from '../schema';
import { matcherKey } from '../../text/keys';

/** One thing wrong with a pack. `file` is empty for pack-wide problems (a section no file defines). */
export interface PackProblem {
  file: string;
  path: string;
  message: string;
}

/** A pack file as text, so syntax errors can be located by line and column. */
export interface PackFileText {
  name: string;
  text: string;
}

/** Figures printed when a pack is valid. */
export interface PackStats {
  entities: number;
  claims: number;
  timelineEvents: number;
  sources: number;
  facts: number;
  /** Facts with at least one source, all of which resolve. */
  factsSourcedPercent: number;
  /** Reader-visible en/es pairs counted for `bilingualPercent`. */
  readerStrings: number;
  /** Pairs with both languages non-empty and, when longer than `LONG_TEXT_CHARS`, different. */
  bilingualPercent: number;
  /** Citations (fact, role, position, event) and how many carry a passage fragment and check date. */
  references: number;
  referencesWithPassage: number;
  /** Citations that say, with a reason, why no passage can be quoted (`passageUnavailable`). */
  referencesPassageUnavailable: number;
  /**
   * Sources whose URL is still a mirror's, with the reason recorded in `via.canonicalUnavailable`;
   * absent when there are none. A mirror URL without a reason is a warning instead.
   */
  sourcesMirrorWithReason?: number;
}

/** Options for rules that are being phased in. */
export interface CheckOptions {
  /**
   * When true, every citation must carry a passage fragment (or an explicit `passageUnavailable`
   * reason) and a check date: a bare source id is a problem with its path. When false, bare citations
   * are one warning with their count. `npm run check:data` always sets it for the shipped pack.
   */
  requirePassages?: boolean;
}

/** The full result: problems, plus the parsed pack when the schema accepted it. */
export interface PackInspection {
  problems: PackProblem[];
  /** Findings that do not fail the check yet (policy rules being phased in); printed with a count. */
  warnings: PackProblem[];
  pack: Pack | undefined;
  stats: PackStats;
}

/** The sections a pack file may hold. */
export const PACK_SECTIONS = ['meta', 'sources', 'entities', 'claims', 'timeline', 'topic'] as const;
type Section = (typeof PACK_SECTIONS)[number];
const ARRAY_SECTIONS = ['sources', 'entities', 'claims', 'timeline'] as const;
type ArraySection = (typeof ARRAY_SECTIONS)[number];

/** Text longer than this that is identical in English and Spanish was almost certainly not translated. */
export const LONG_TEXT_CHARS = 40;

/** Flags the matcher and topic scorer compile patterns with; syntax validity is the same with or without `i`. */
const PATTERN_FLAGS = 'iu';

type Segment = string | number;
interface Origin {
  file: string;
  index: number;
}

/** Render `['entities', 4, 'facts', 2]` as `entities[4].facts[2]`. */
export function formatJsonPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** One line per problem: `entities.json: entities[4].facts[2].sources[0]: unknown source "x"`. */
export function formatProblem(problem: PackProblem): string {
  return [problem.file, problem.path, problem.message].filter(Boolean).join(': ');
}

/** The checker's summary of a valid pack, as printed by `npm run check:data`. */
export function formatStats(stats: PackStats): string {
  return [
    `entities: ${stats.entities}`,
    `claims: ${stats.claims}`,
    `timeline events: ${stats.timelineEvents}`,
    `sources: ${stats.sources}`,
    `facts: ${stats.facts}`,
    `facts sourced: ${stats.factsSourcedPercent}%`,
    `bilingual: ${stats.bilingualPercent}% of ${stats.readerStrings} reader-visible strings`,
    `passage links: ${stats.referencesWithPassage} of ${stats.references} citations` +
      (stats.referencesPassageUnavailable > 0
        ? ` (${stats.referencesPassageUnavailable} more marked passage unavailable)`
        : ''),
    ...(stats.sourcesMirrorWithReason
      ? [`mirror URLs kept, with the reason the original could not be cited: ${stats.sourcesMirrorWithReason} of ${stats.sources} sources`]
      : []),
  ].join('\n');
}

/** Read every `*.json` file of a pack folder, sorted by name as the loader merges them. */
export function readPackTexts(dir: string): PackFileText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Check the pack in a folder and return its problems (empty when valid). */
export function checkPackDir(dir: string, options: CheckOptions = {}): PackProblem[] {
  return inspectPackDir(dir, options).problems;
}

/** Check the pack in a folder and return problems, parsed pack and stats. */
export function inspectPackDir(dir: string, options: CheckOptions = {}): PackInspection {
  return inspectPack(readPackTexts(dir), options);
}

/** Check a pack given as file texts and return its problems (empty when valid). */
export function checkPack(files: readonly PackFileText[], options: CheckOptions = {}): PackProblem[] {
  return inspectPack(files, options).problems;
}

/** Check a pack given as file texts and return problems, parsed pack and stats. */
export function inspectPack(files: readonly PackFileText[], options: CheckOptions = {}): PackInspection {
  const problems: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  const report = (file: string, segments: readonly Segment[], message: string) =>
    problems.push({ file, path: formatJsonPath(segments), message });

  if (files.length === 0) report('', [], 'the pack has no JSON files');

  // Merge the files (arrays concatenated in file-name order), remembering where each
  // element came from so every later problem can name its file and file-local index.
  const merged: Record<string, unknown> = {};
  const arrayOrigins = Object.fromEntries(ARRAY_SECTIONS.map((s) => [s, [] as Origin[]])) as Record<
    ArraySection,
    Origin[]
  >;
  const singleOrigins: Partial<Record<Section, string>> = {};

  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const json = parseJsonFile(file, report);
    if (json === undefined) continue;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      report(file.name, [], `expected an object whose keys are pack sections (${PACK_SECTIONS.join(', ')})`);
      continue;
    }
    for (const [key, value] of Object.entries(json)) {
      if (!(PACK_SECTIONS as readonly string[]).includes(key)) {
        report(file.name, [key], `unknown top-level section; expected one of ${PACK_SECTIONS.join(', ')}`);
        continue;
      }
      const section = key as Section;
      if (isArraySection(section)) {
        if (!Array.isArray(value)) {
          report(file.name, [section], `expected an array, found ${describe(value)}`);
          continue;
        }
        merged[section] = [...((merged[section] as unknown[] | undefined) ?? []), ...value];
        value.forEach((_, index) => arrayOrigins[section].push({ file: file.name, index }));
      } else {
        const earlier = singleOrigins[section];
        if (earlier !== undefined) {
          report(file.name, [section], `"${section}" is already defined in ${earlier}; a pack has exactly one`);
          continue;
        }
        singleOrigins[section] = file.name;
        merged[section] = value;
      }
    }
  }

  const locate = (segments: readonly Segment[]): { file: string; segments: readonly Segment[] } => {
    const [section, index, ...rest] = segments;
    if (isArraySection(section) && typeof index === 'number') {
      const origin = arrayOrigins[section][index];
      if (origin) return { file: origin.file, segments: [section, origin.index, ...rest] };
    }
    if (section === 'meta' || section === 'topic') return { file: singleOrigins[section] ?? '', segments };
    return { file: '', segments };
  };
  const reportAt: ReportAt = Object.assign(
    (segments: readonly Segment[], message: string) => {
      const at = locate(segments);
      report(at.file, at.segments, message);
    },
    {
      where(segments: readonly Segment[]): string {
        const at = locate(segments);
        return [at.file, formatJsonPath(at.segments)].filter(Boolean).join(': ');
      },
    },
  );

  // Schema: one parse of the merged pack reports every zod issue; its paths are mapped to files.
  const parsed = PackSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const segments = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
      reportAt(segments, describeIssue(issue, segments, merged));
    }
  }

  // The semantic rules run on elements that pass the schema on their own, so one malformed entity
  // does not hide the reference errors of the other forty. Ids and citations are collected from the
  // raw data instead, so an invalid element's id still counts as defined and its citations as made.
  const valid = validElements(merged);
  const ids = { sources: collectIds(merged.sources), entities: collectIds(merged.entities) };

  checkUnknownFields(PackSchema, merged, [], reportAt);
  checkDuplicateIds(merged, reportAt);
  const cited = checkReferences(merged, ids, reportAt);
  checkOrphanSources(merged.sources, cited, reportAt);
  checkTopic(merged.topic, reportAt);
  checkPatterns(valid, reportAt);
  checkDates(valid, reportAt);
  checkAliasCollisions(valid.entities, reportAt);
  const bilingual = checkBilingual(valid, reportAt);
  const sourcePolicy = checkSourcePolicy(valid, reportAt, (segments, message) => {
    const at = locate(segments);
    warnings.push({ file: at.file, path: formatJsonPath(at.segments), message });
  });
  const passages = checkPassages(valid, options.requirePassages === true, reportAt, (message) =>
    warnings.push({ file: '', path: '', message }),
  );

  const facts = valid.entities.flatMap(({ value }) => value.facts);
  const sourcedFacts = facts.filter(
    (f) => f.sources.length > 0 && f.sources.every((s) => ids.sources.has(refSourceId(s))),
  );
  const stats: PackStats = {
    entities: arrayLength(merged.entities),
    claims: arrayLength(merged.claims),
    timelineEvents: arrayLength(merged.timeline),
    sources: arrayLength(merged.sources),
    facts: facts.length,
    factsSourcedPercent: percent(sourcedFacts.length, facts.length),
    readerStrings: bilingual.total,
    bilingualPercent: percent(bilingual.ok, bilingual.total),
    references: passages.total,
    referencesWithPassage: passages.withPassage,
    referencesPassageUnavailable: passages.unavailable,
    ...(sourcePolicy.mirrorsWithReason > 0 ? { sourcesMirrorWithReason: sourcePolicy.mirrorsWithReason } : {}),
  };

  // Grouped by file (pack-wide problems first) so an editor can work through one file at a time;
  // the sort is stable, so within a file problems keep the order of the rules.
  problems.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1));
  warnings.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1));
  return { problems, warnings, pack: parsed.success ? parsed.data : undefined, stats };
}

type Report = (file: string, segments: readonly Segment[], message: string) => void;
/** Reports a problem at a merged-pack path; `where` renders another path (file included) for messages. */
interface ReportAt {
  (segments: readonly Segment[], message: string): void;
  where(segments: readonly Segment[]): string;
}

function isArraySection(s: unknown): s is ArraySection {
  return (ARRAY_SECTIONS as readonly unknown[]).includes(s);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parse one file; on a syntax error report its line and column, not just V8's character offset. */
function parseJsonFile(file: PackFileText, report: Report): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // Node 20's V8 gives an offset for some errors ("… in JSON at position 8") but only a snippet for
    // others ("Unexpected token 'x', "{…}" is not valid JSON"); then the scanner finds the offset.
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? Number(position[1]) : jsonErrorOffset(file.text);
    const before = file.text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    const reason = raw
      .replace(/ (in JSON )?at position \d+.*$/s, '')
      .replace(/, [\s\S]*is not valid JSON$/, '');
    report(file.name, [], `invalid JSON at line ${line}, column ${column}: ${reason}`);
    return undefined;
  }
}

/** Offset of the first character a strict JSON parser rejects (the text's length if it ends early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return;
      }
      if (c < ' ') fail();
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail();
        i += 2;
        continue;
      }
      i += 1;
    }
    fail();
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i += 1;
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) {
          i += 1;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    // Stop at the first wrong letter, as V8 does ("nope" fails at "o", not at "n").
    const literal = ['true', 'false', 'null'].find((l) => l[0] === c);
    if (!literal) fail();
    for (const letter of literal!) {
      if (text[i] !== letter) fail();
      i += 1;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (stop) {
    if (stop instanceof JsonStop) return Math.min(stop.offset, text.length);
    throw stop;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}

function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

/** zod's wording, made specific where an editor needs more than "too small". */
function describeIssue(issue: z.core.$ZodIssue, segments: readonly Segment[], merged: unknown): string {
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

interface Located<T> {
  value: T;
  segments: Segment[];
}
interface ValidElements {
  meta: Pack['meta'] | undefined;
  topic: Pack['topic'] | undefined;
  sources: Located<Pack['sources'][number]>[];
  entities: Located<Pack['entities'][number]>[];
  claims: Located<Pack['claims'][number]>[];
  timeline: Located<Pack['timeline'][number]>[];
}

/** Each element parsed on its own, with its merged-pack path (mapped to a file when reported). */
function validElements(merged: Record<string, unknown>): ValidElements {
  const shape = PackSchema.shape;
  function each<S extends z.ZodType>(section: ArraySection, schema: S): Located<z.output<S>>[] {
    const raw = merged[section];
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item, i) => {
      const result = schema.safeParse(item);
      return result.success ? [{ value: result.data, segments: [section, i] }] : [];
    });
  }
  const meta = shape.meta.safeParse(merged.meta);
  const topic = shape.topic.safeParse(merged.topic);
  return {
    meta: meta.success ? meta.data : undefined,
    topic: topic.success ? topic.data : undefined,
    sources: each('sources', shape.sources.element),
    entities: each('entities', shape.entities.element),
    claims: each('claims', shape.claims.element),
    timeline: each('timeline', shape.timeline.element),
  };
}

/**
 * zod objects drop keys they do not know, so a misspelt optional field ("endate", "requiresPrior")
 * would vanish without a word; this walks the schema beside the raw data and names each such key.
 */
function checkUnknownFields(schema: z.ZodType, value: unknown, segments: Segment[], reportAt: ReportAt): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    checkUnknownFields(schema.unwrap() as z.ZodType, value, segments, reportAt);
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, i) => checkUnknownFields(schema.element as z.ZodType, item, [...segments, i], reportAt));
  } else if (schema instanceof z.ZodObject && isRecord(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const [key, child] of Object.entries(value)) {
      if (key in shape) checkUnknownFields(shape[key]!, child, [...segments, key], reportAt);
      else reportAt([...segments, key], `unknown field; expected one of ${Object.keys(shape).join(', ')}`);
    }
  }
}

function collectIds(section: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(section)) {
    for (const item of section) if (isRecord(item) && typeof item.id === 'string') ids.add(item.id);
  }
  return ids;
}

const ID_KIND: Record<ArraySection, string> = {
  sources: 'source',
  entities: 'entity',
  claims: 'claim',
  timeline: 'timeline event',
};

function checkDuplicateIds(merged: Record<string, unknown>, reportAt: ReportAt): void {
  const firstSeen = (prefix: Segment[], items: unknown, seen: Map<string, Segment[]>, kind: string) => {
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (!isRecord(item) || typeof item.id !== 'string') return;
      const here = [...prefix, i, 'id'];
      const first = seen.get(item.id);
      if (first) {
        reportAt(here, `duplicate ${kind} id "${item.id}" (first defined at ${reportAt.where(first)})`);
      } else {
        seen.set(item.id, here);
      }
    });
  };
  for (const section of ARRAY_SECTIONS) firstSeen([section], merged[section], new Map(), ID_KIND[section]);
  if (isRecord(merged.topic)) {
    // Signals and negatives share one id space: the report's reasons name signals by id.
    const signalIds = new Map<string, Segment[]>();
    firstSeen(['topic', 'signals'], merged.topic.signals, signalIds, 'topic signal');
    firstSeen(['topic', 'negatives'], merged.topic.negatives, signalIds, 'topic signal');
  }
}

/**
 * Every `sources`, `related` and `holderEntities` array anywhere under entities, claims and timeline
 * must name defined ids. Walking the raw data generically covers facts, roles, positions and events
 * (and any field added later under those names) whether or not the element passed the schema.
 */
function checkReferences(
  merged: Record<string, unknown>,
  ids: { sources: Set<string>; entities: Set<string> },
  reportAt: ReportAt,
): Set<string> {
  const cited = new Set<string>();
  const walk = (node: unknown, segments: Segment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...segments, i]));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = [...segments, key];
      if (key === 'sources' && Array.isArray(value)) {
        value.forEach((ref, i) => {
          const id = typeof ref === 'string' ? ref : isRecord(ref) && typeof ref.source === 'string' ? ref.source : undefined;
          if (id === undefined) return;
          cited.add(id);
          if (!ids.sources.has(id)) {
            reportAt(typeof ref === 'string' ? [...here, i] : [...here, i, 'source'], `unknown source "${id}"`);
          }
        });
      } else if ((key === 'related' || key === 'holderEntities') && Array.isArray(value)) {
        value.forEach((id, i) => {
          if (typeof id === 'string' && !ids.entities.has(id)) reportAt([...here, i], `unknown entity "${id}"`);
        });
      } else {
        walk(value, here);
      }
    }
  };
  for (const section of ['entities', 'claims', 'timeline'] as const) {
    if (Array.isArray(merged[section])) walk(merged[section], [section]);
  }
  return cited;
}

function checkOrphanSources(sources: unknown, cited: Set<string>, reportAt: ReportAt): void {
  if (!Array.isArray(sources)) return;
  sources.forEach((source, i) => {
    if (isRecord(source) && typeof source.id === 'string' && !cited.has(source.id)) {
      reportAt(['sources', i], `source "${source.id}" is never cited`);
    }
  });
}

/** Anchors and co-occurrence rules name signals; gate terms are compared with lowercased text. */
function checkTopic(topic: unknown, reportAt: ReportAt): void {
  if (!isRecord(topic)) return;
  const signalIds = collectIds(topic.signals);
  if (Array.isArray(topic.anchors)) {
    topic.anchors.forEach((id, i) => {
      if (typeof id === 'string' && !signalIds.has(id)) reportAt(['topic', 'anchors', i], `unknown signal "${id}"`);
    });
  }
  if (Array.isArray(topic.cooccurrence)) {
    topic.cooccurrence.forEach((rule, r) => {
      if (!isRecord(rule) || !Array.isArray(rule.all)) return;
      rule.all.forEach((id, i) => {
        if (typeof id === 'string' && !signalIds.has(id)) {
          reportAt(['topic', 'cooccurrence', r, 'all', i], `unknown signal "${id}"`);
        }
      });
    });
  }
  if (Array.isArray(topic.gateTerms)) {
    topic.gateTerms.forEach((term, i) => {
      if (typeof term === 'string' && term !== term.toLowerCase()) {
        reportAt(['topic', 'gateTerms', i], `gate term "${term}" must be lowercase`);
      }
    });
  }
}

function checkPatterns(valid: ValidElements, reportAt: ReportAt): void {
  const compile = (pattern: string, segments: Segment[]) => {
    try {
      new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reportAt(segments, `pattern does not compile with flags "${PATTERN_FLAGS}": ${reason}`);
    }
  };
  for (const { value: claim, segments } of valid.claims) {
    for (const lang of ['en', 'es'] as const) {
      claim.triggers[lang].forEach((p, i) => compile(p, [...segments, 'triggers', lang, i]));
      claim.context?.[lang].forEach((p, i) => compile(p, [...segments, 'context', lang, i]));
      claim.exclude?.[lang].forEach((p, i) => compile(p, [...segments, 'exclude', lang, i]));
      claim.follow?.[lang].forEach((p, i) => compile(p, [...segments, 'follow', lang, i]));
    }
  }
  if (valid.topic) {
    valid.topic.signals.forEach((s, i) => compile(s.pattern, ['topic', 'signals', i, 'pattern']));
    valid.topic.negatives.forEach((s, i) => compile(s.pattern, ['topic', 'negatives', i, 'pattern']));
  }
}

/** Earliest and latest day a partial ISO date can mean, as sortable strings. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** The regex admits 2025-02-30; a calendar check does not. */
function isCalendarDate(date: string): boolean {
  if (date.length !== 10) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

interface DateSpan {
  segments: Segment[];
  start: string;
  startKey: string;
  end?: string;
  endKey?: string;
}

function checkDates(valid: ValidElements, reportAt: ReportAt): void {
  const spans: DateSpan[] = [];
  const add = (segments: Segment[], start: string, startKey: string, end?: string, endKey?: string) =>
    spans.push({ segments, start, startKey, end, endKey });

  for (const { value, segments } of valid.sources) add(segments, value.date, 'date');
  for (const { value, segments } of valid.entities) {
    value.facts.forEach((f, i) => add([...segments, 'facts', i], f.date, 'date', f.endDate, 'endDate'));
    value.roles.forEach((r, i) => add([...segments, 'roles', i], r.from, 'from', r.to, 'to'));
  }
  for (const { value, segments } of valid.claims) {
    value.positions.forEach((p, i) => add([...segments, 'positions', i], p.date, 'date'));
    add([...segments, 'status'], value.status.date, 'date');
  }
  for (const { value, segments } of valid.timeline) add(segments, value.date, 'date', value.endDate, 'endDate');
  // A correction is dated when the edit was made, which can be after the date the facts describe.
  const firstCorrection = spans.length;
  valid.meta?.corrections.forEach((c, i) => add(['meta', 'corrections', i], c.date, 'date'));

  const reviewedAt = valid.meta?.reviewedAt;
  for (const [index, span] of spans.entries()) {
    const isCorrection = index >= firstCorrection;
    const ends = span.end !== undefined && span.endKey ? [[span.end, span.endKey] as const] : [];
    for (const [date, key] of [[span.start, span.startKey] as const, ...ends]) {
      if (!isCalendarDate(date)) reportAt([...span.segments, key], `${date} is not a calendar date`);
      else if (reviewedAt && !isCorrection && firstDay(date) > lastDay(reviewedAt)) {
        reportAt([...span.segments, key], `${key} ${date} is after the pack's review date ${reviewedAt} (meta.reviewedAt)`);
      }
    }
    if (span.end !== undefined && span.endKey && lastDay(span.end) < firstDay(span.start)) {
      reportAt(
        [...span.segments, span.endKey],
        `${span.endKey} ${span.end} is before ${span.startKey} ${span.start}`,
      );
    }
  }
}

/**
 * The key two aliases collide on: the matcher's own bucket key, so the checker flags exactly the
 * aliases that would share a bucket at run time ("MS-13" and "MS 13", "O’Neil" and "O'Neil").
 */
export const collisionKey = matcherKey;

function checkAliasCollisions(entities: ValidElements['entities'], reportAt: ReportAt): void {
  const owner = new Map<string, { id: string; segments: Segment[] }>();
  const reported = new Set<string>();
  for (const { value: entity, segments } of entities) {
    for (const lang of ['en', 'es'] as const) {
      entity.names[lang].aliases.forEach((alias, i) => {
        const folded = collisionKey(alias.text);
        const here = [...segments, 'names', lang, 'aliases', i, 'text'];
        const first = owner.get(folded);
        if (!first) {
          owner.set(folded, { id: entity.id, segments: here });
          return;
        }
        const key = `${folded}\u0000${first.id}\u0000${entity.id}`;
        if (first.id === entity.id || reported.has(key)) return;
        reported.add(key);
        reportAt(
          here,
          `alias "${alias.text}" of entity "${entity.id}" collides with an alias of entity "${first.id}" (${reportAt.where(first.segments)})`,
        );
      });
    }
  }
}

/**
 * Reader-visible en/es pairs: every `{ en: string, es: string }` object (LangText, entity summaries)
 * plus canonical names. Zod has already rejected missing text and LangText that is empty after
 * trimming; this adds untrimmed fields that are blank and long text left untranslated. Names are
 * proper nouns and may legitimately read the same in both languages.
 */
function checkBilingual(valid: ValidElements, reportAt: ReportAt): { total: number; ok: number } {
  let total = 0;
  let ok = 0;
  const pair = (segments: Segment[], en: string, es: string, mayBeIdentical: boolean, field: Segment[] = []) => {
    total += 1;
    let fine = true;
    for (const [lang, text] of [['en', en], ['es', es]] as const) {
      if (text.trim() === '') {
        reportAt([...segments, lang, ...field], 'empty after trimming');
        fine = false;
      }
    }
    if (fine && !mayBeIdentical && en.trim().length > LONG_TEXT_CHARS && en.trim() === es.trim()) {
      reportAt(segments, 'not translated: the English and Spanish texts are identical');
      fine = false;
    }
    if (fine) ok += 1;
  };
  const walk = (node: unknown, segments: Segment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...segments, i]));
      return;
    }
    if (!isRecord(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 2 && typeof node.en === 'string' && typeof node.es === 'string') {
      pair(segments, node.en, node.es, false);
      return;
    }
    if (segments.at(-1) === 'names' && isRecord(node.en) && isRecord(node.es)) {
      const en = node.en.canonical;
      const es = node.es.canonical;
      if (typeof en === 'string' && typeof es === 'string') pair(segments, en, es, true, ['canonical']);
      return;
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...segments, key]);
  };
  if (valid.meta) walk(valid.meta, ['meta']);
  for (const section of ['entities', 'claims', 'timeline'] as const) {
    for (const { value, segments } of valid[section]) walk(value, segments);
  }
  if (valid.topic) walk(valid.topic, ['topic']);
  return { total, ok };
}

/**
 * Hosts that serve a publisher's pages before or beside publication (staging, preview, proof and
 * CMS origins). A reader sent there may see a draft or nothing; the canonical host is cited instead.
 */
export const STAGING_HOSTS: readonly string[] = [
  'prod-www.startribune.com',
  'pre.efe.com',
  'preview.deepnewz.com',
  'proof.csmonitor.com',
  'digital-release.thehill.com',
  'scotusblog.go-vip.net',
];
/** Host-name shapes of staging and preview servers, tested label by label. */
export const STAGING_HOST_PATTERNS: readonly RegExp[] = [
  /^prod-/,
  /^pre\./,
  /^preview\./,
  /^proof\./,
  /^digital-release\./,
  /(^|[.-])staging([.-]|$)/,
  /(^|\.)stage\./,
  /\.go-vip\.(net|co)$/,
  /\.azurewebsites\.net$/,
  /\.pages\.dev$/,
];

/** Why a URL's host is not acceptable as a citation, or undefined when it is. */
export function stagingHostReason(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (STAGING_HOSTS.includes(host)) return `host "${host}" is a staging or preview server; cite the publisher's canonical host`;
  const pattern = STAGING_HOST_PATTERNS.find((p) => p.test(host));
  return pattern ? `host "${host}" looks like a staging or preview server (${String(pattern)}); cite the publisher's canonical host` : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar date a URL's path spells out (`/2025/03/16/`, `/2025-03-16`, `/2025/Mar/25/`), at the
 * precision it gives, or undefined. Query strings are ignored: trackers put dates there too.
 */
export function urlPathDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const full = /(?:^|[/_-])(20\d{2}|19\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const named = /\/(20\d{2})\/([A-Za-z]{3})\/(0?[1-9]|[12]\d|3[01])\//.exec(path);
  if (named) {
    const m = MONTHS.indexOf(named[2]!.toLowerCase());
    if (m >= 0) return `${named[1]}-${String(m + 1).padStart(2, '0')}-${named[3]!.padStart(2, '0')}`;
  }
  const month = /\/(20\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  return month ? `${month[1]}-${month[2]}` : undefined;
}

/** Titles an editor wrote rather than copied; they must be marked `"titleKind": "descriptive"`. */
const CONSTRUCTED_TITLE = /^(report|reports|article|coverage|summary|analysis|story)\s+(on|that|of|about)\b/i;

/**
 * The source policy documented in the pack's methodology: canonical URLs, no staging hosts, URL dates
 * that agree with the source's date, and titles that are real headlines unless marked descriptive.
 * A mirror used as the source URL is a warning unless `via.canonicalUnavailable` records why the
 * original's own page could not be cited (for many wire stories it is not among the stored pages);
 * those are counted in the summary instead.
 */
function checkSourcePolicy(
  valid: ValidElements,
  reportAt: ReportAt,
  warn: (segments: Segment[], message: string) => void,
): { mirrorsWithReason: number } {
  let mirrorsWithReason = 0;
  for (const { value: source, segments } of valid.sources) {
    const urls: [string, Segment[]][] = [[source.url, [...segments, 'url']]];
    if (source.via?.url) urls.push([source.via.url, [...segments, 'via', 'url']]);
    for (const [url, at] of urls) {
      const reason = stagingHostReason(url);
      if (reason) reportAt(at, reason);
    }
    const inUrl = urlPathDate(source.url);
    if (inUrl && !datesAgree(inUrl, source.date)) {
      reportAt([...segments, 'date'], `date ${source.date} disagrees with the date ${inUrl} in the URL path`);
    }
    if (source.titleKind !== 'descriptive' && CONSTRUCTED_TITLE.test(source.title)) {
      reportAt([...segments, 'title'], `"${source.title}" reads as a description, not a headline; mark it "titleKind": "descriptive" or use the real headline`);
    }
    if (source.via?.url && source.via.url === source.url) {
      if (source.via.canonicalUnavailable) mirrorsWithReason += 1;
      else warn([...segments, 'url'], `the URL is the mirror's (${source.via.publisher}); cite the original's canonical URL and keep the mirror as via`);
    }
  }
  return { mirrorsWithReason };
}

/** Two partial ISO dates agree when one is a prefix of the other (2025-03 and 2025-03-16). */
function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Every citation of a fact, role, position or event should carry a passage fragment and check date.
 * Until each one does, the count of bare ids is a warning; with `require`, each is an error.
 */
function checkPassages(
  valid: ValidElements,
  require: boolean,
  reportAt: ReportAt,
  warn: (message: string) => void,
): { total: number; withPassage: number; unavailable: number } {
  let total = 0;
  let withPassage = 0;
  let unavailable = 0;
  const visit = (refs: readonly SourceRef[], segments: Segment[]) =>
    refs.forEach((ref, i) => {
      total += 1;
      if (typeof ref !== 'string') {
        if (ref.passage !== undefined) withPassage += 1;
        else unavailable += 1;
        return;
      }
      if (require) {
        reportAt(
          [...segments, 'sources', i],
          `citation of "${ref}" has no passage fragment (or passageUnavailable reason) and check date`,
        );
      }
    });
  for (const { value, segments } of valid.entities) {
    value.facts.forEach((f, i) => visit(f.sources, [...segments, 'facts', i]));
    value.roles.forEach((r, i) => visit(r.sources, [...segments, 'roles', i]));
  }
  for (const { value, segments } of valid.claims) {
    value.positions.forEach((p, i) => visit(p.sources, [...segments, 'positions', i]));
  }
  for (const { value, segments } of valid.timeline) visit(value.sources, segments);
  const bare = total - withPassage - unavailable;
  if (!require && bare > 0) {
    warn(`${bare} of ${total} citations have no passage fragment and check date yet`);
  }
  return { total, withPassage, unavailable };
}
