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
import { PackSchema } from '../schema';
import { validElements } from './elements';
import { mergePackFiles } from './merge';
import { checkAliasCollisions } from './rules/aliases';
import { checkBilingual } from './rules/bilingual';
import { checkDates } from './rules/dates';
import { checkDuplicateIds, collectIds } from './rules/ids';
import { checkPassages } from './rules/passages';
import { checkOrphanSources, checkReferences } from './rules/references';
import { checkSourcePolicy } from './rules/source-policy';
import { checkPatterns, checkTopic } from './rules/topic';
import { checkUnknownFields } from './rules/unknown-fields';
import { packStats } from './stats';
import {
  type CheckOptions,
  formatJsonPath,
  type PackFileText,
  type PackInspection,
  type PackProblem,
  type Segment,
} from './types';
import { describeIssue } from './zod-messages';

export { jsonErrorOffset } from './json';
export { collisionKey } from './rules/aliases';
export { STAGING_HOST_PATTERNS, STAGING_HOSTS, stagingHostReason, urlPathDate } from './rules/source-policy';
export { formatStats } from './stats';
export {
  type CheckOptions,
  formatJsonPath,
  formatProblem,
  LONG_TEXT_CHARS,
  PACK_SECTIONS,
  type PackFileText,
  type PackInspection,
  type PackProblem,
  type PackStats,
} from './types';

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

  const { merged, locate, reportAt } = mergePackFiles(files, report);

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

  const stats = packStats(merged, valid, ids.sources, bilingual, passages, sourcePolicy);

  // Grouped by file (pack-wide problems first) so an editor can work through one file at a time;
  // the sort is stable, so within a file problems keep the order of the rules.
  problems.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1));
  warnings.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1));
  return { problems, warnings, pack: parsed.success ? parsed.data : undefined, stats };
}
