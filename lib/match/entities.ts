/**
 * Entity matching: one pass of the combined alias pattern over the folded article text, then the
 * alias rules (case, word boundaries, excluded neighbours, prior mention) decide each candidate.
 */
import type { CompiledPack } from '../dataset/compiled';
import type { Lang } from '../dataset/schema';
import type { EntityHit, Mention } from '../analysis/report';
import { type FoldedText, isWordCode } from './fold';
import { aliasKey, type AliasRule } from './matcher-tables';
import type { MatcherRuntime } from './runtime';

/** A raw match, in original-text offsets. */
export interface AliasMatch {
  entity: number;
  start: number;
  end: number;
}

function precededBy(folded: string, at: number, words: string[] | undefined): boolean {
  if (!words) return false;
  for (const word of words) {
    const from = at - word.length - 1;
    if (from < 0) continue;
    if (folded.charCodeAt(at - 1) !== 0x20 && folded.charCodeAt(at - 1) !== 0x2d) continue;
    if (folded.slice(from, at - 1).toLowerCase() !== word) continue;
    if (from === 0 || !isWordCode(folded.charCodeAt(from - 1))) return true;
  }
  return false;
}

function followedBy(folded: string, at: number, words: string[] | undefined): boolean {
  if (!words) return false;
  for (const word of words) {
    const to = at + 1 + word.length;
    if (to > folded.length) continue;
    if (folded.charCodeAt(at) !== 0x20 && folded.charCodeAt(at) !== 0x2d) continue;
    if (folded.slice(at + 1, to).toLowerCase() !== word) continue;
    if (to === folded.length || !isWordCode(folded.charCodeAt(to))) return true;
  }
  return false;
}

const SPACING = /[\s-]+/g;

/**
 * Find every alias occurrence in folded text, resolving each to one entity. Surnames marked
 * `requiresPriorMention` resolve to the entity whose fuller alias appeared most recently before.
 */
export function findAliasMatches(source: string, folded: FoldedText, runtime: MatcherRuntime): AliasMatch[] {
  const text = folded.text;
  const map = folded.map;
  const re = runtime.aliases;
  const matches: AliasMatch[] = [];
  /** Entity index → folded offset of its latest unconditional mention. */
  const lastFull = new Map<number, number>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const matched = m[0];
    const start = m.index;
    if (matched.length === 0) {
      re.lastIndex = start + 1;
      continue;
    }
    const end = start + matched.length;
    const candidates = runtime.rules.get(aliasKey(matched));
    const wordBefore = start > 0 && isWordCode(text.charCodeAt(start - 1));
    const wordAfter = end < text.length && isWordCode(text.charCodeAt(end));
    let chosen: AliasRule | undefined;
    let deferred: AliasRule[] | undefined;
    if (candidates) {
      for (const rule of candidates) {
        if (rule.wholeWord && (wordBefore || wordAfter)) continue;
        if (rule.caseSensitive && matched.replace(SPACING, '') !== rule.exact.replace(SPACING, '')) continue;
        if (precededBy(text, start, rule.excludeBefore) || followedBy(text, end, rule.excludeAfter)) continue;
        if (rule.requiresPriorMention) {
          (deferred ??= []).push(rule);
          continue;
        }
        chosen = rule;
        break;
      }
      if (!chosen && deferred) {
        let best = -1;
        for (const rule of deferred) {
          const seen = lastFull.get(rule.entity);
          if (seen !== undefined && seen > best) {
            best = seen;
            chosen = rule;
          }
        }
      }
    }
    if (!chosen) {
      // The longest alias here was vetoed; shorter ones starting at the same place are rare enough
      // that resuming one character later is the right trade for a single pass.
      re.lastIndex = start + 1;
      continue;
    }
    if (!chosen.requiresPriorMention) lastFull.set(chosen.entity, start);
    let originalEnd = map[end - 1] + 1;
    const limit = map[end];
    // Combining marks dropped after the last folded letter belong to the mention.
    while (originalEnd < limit && isCombiningMark(source.charCodeAt(originalEnd))) originalEnd++;
    matches.push({ entity: chosen.entity, start: map[start], end: originalEnd });
  }
  return matches;
}

function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/**
 * Entity hits for a text: every mention with its original text and offsets, entities ordered by
 * first mention, names in `lang`.
 */
export function matchEntities(
  source: string,
  folded: FoldedText,
  runtime: MatcherRuntime,
  pack: CompiledPack,
  lang: Lang,
): EntityHit[] {
  const matches = findAliasMatches(source, folded, runtime);
  const byEntity = new Map<number, Mention[]>();
  for (const match of matches) {
    let list = byEntity.get(match.entity);
    if (!list) byEntity.set(match.entity, (list = []));
    list.push({ text: source.slice(match.start, match.end), start: match.start, end: match.end });
  }
  const entitiesById = new Map(pack.entities.map((e) => [e.id, e]));
  const hits: EntityHit[] = [];
  for (const [index, mentions] of byEntity) {
    const id = runtime.tables.entityIds[index];
    const entity = entitiesById.get(id);
    if (!entity) continue;
    hits.push({ id, name: entity.names[lang].canonical, type: entity.type, mentions });
  }
  return hits;
}
