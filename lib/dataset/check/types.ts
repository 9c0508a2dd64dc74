/** Types and helpers every part of the pack checker shares. */
import type { Pack } from '../schema';

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
export type Section = (typeof PACK_SECTIONS)[number];
export const ARRAY_SECTIONS = ['sources', 'entities', 'claims', 'timeline'] as const;
export type ArraySection = (typeof ARRAY_SECTIONS)[number];

/** Text longer than this that is identical in English and Spanish was almost certainly not translated. */
export const LONG_TEXT_CHARS = 40;

/** Flags the matcher and topic scorer compile patterns with; syntax validity is the same with or without `i`. */
export const PATTERN_FLAGS = 'iu';

export type Segment = string | number;
export interface Origin {
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

export type Report = (file: string, segments: readonly Segment[], message: string) => void;
/** Reports a problem at a merged-pack path; `where` renders another path (file included) for messages. */
export interface ReportAt {
  (segments: readonly Segment[], message: string): void;
  where(segments: readonly Segment[]): string;
}

export function isArraySection(s: unknown): s is ArraySection {
  return (ARRAY_SECTIONS as readonly unknown[]).includes(s);
}

/** Re-exported so the rules take every shared helper from one place. */
export { isRecord } from '../../util/guards';

export interface Located<T> {
  value: T;
  segments: Segment[];
}
export interface ValidElements {
  meta: Pack['meta'] | undefined;
  topic: Pack['topic'] | undefined;
  sources: Located<Pack['sources'][number]>[];
  entities: Located<Pack['entities'][number]>[];
  claims: Located<Pack['claims'][number]>[];
  timeline: Located<Pack['timeline'][number]>[];
}
