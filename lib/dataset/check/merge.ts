/**
 * Merging a pack's files into one object (arrays concatenated in file-name order), remembering where
 * each element came from, so every later problem can name its file and file-local index.
 */
import { parseJsonFile } from './json';
import {
  ARRAY_SECTIONS,
  type ArraySection,
  formatJsonPath,
  isArraySection,
  type Origin,
  PACK_SECTIONS,
  type PackFileText,
  type Report,
  type ReportAt,
  type Section,
  type Segment,
} from './types';

/** The merged pack and how to map its paths back to files. */
export interface MergedPack {
  merged: Record<string, unknown>;
  /** The file and file-local path of a merged-pack path (`''` for pack-wide problems). */
  locate(segments: readonly Segment[]): { file: string; segments: readonly Segment[] };
  /** Reports a problem at a merged-pack path, in the file it came from. */
  reportAt: ReportAt;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Parse and merge `files`, reporting syntax errors and misplaced sections through `report`. */
export function mergePackFiles(files: readonly PackFileText[], report: Report): MergedPack {
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
  return { merged, locate, reportAt };
}
