/** Rules: the topic's signal references and gate terms, and that every pattern compiles. */
import { patternStructure, topLevelAlternatives } from '../../../text/pattern-source';
import { isRecord, PATTERN_FLAGS, type ReportAt, type Segment, type ValidElements } from '../types';
import { collectIds } from './ids';

/** Anchors and co-occurrence rules name signals; gate terms are compared with lowercased text. */
export function checkTopic(topic: unknown, reportAt: ReportAt): void {
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

export function checkPatterns(valid: ValidElements, reportAt: ReportAt): void {
  const compile = (pattern: string, segments: Segment[]) => {
    try {
      new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reportAt(segments, `pattern does not compile with flags "${PATTERN_FLAGS}": ${reason}`);
      return;
    }
    const slow = scanningLookbehind(pattern);
    if (slow)
      reportAt(
        segments,
        `an alternative starts with a lookbehind that reads back without bound: ${slow}; start it with the word it follows (or a lookahead for it), so that the lookbehind runs only there`,
      );
  };
  for (const { value: claim, segments } of valid.claims) {
    for (const lang of ['en', 'es'] as const) {
      claim.triggers[lang].forEach((p, i) => compile(p, [...segments, 'triggers', lang, i]));
      claim.context?.[lang].forEach((p, i) => compile(p, [...segments, 'context', lang, i]));
      claim.exclude?.[lang].forEach((p, i) => compile(p, [...segments, 'exclude', lang, i]));
      claim.follow?.[lang].forEach((p, i) => compile(p, [...segments, 'follow', lang, i]));
      claim.narrows?.group[lang].forEach((p, i) => compile(p, [...segments, 'narrows', 'group', lang, i]));
      claim.narrows?.single[lang].forEach((p, i) => compile(p, [...segments, 'narrows', 'single', lang, i]));
    }
  }
  // A claim narrows another claim of the pack, never itself: the engine links one instead of the other.
  const claimIds = new Set(valid.claims.map(({ value }) => value.id));
  for (const { value: claim, segments } of valid.claims) {
    const broader = claim.narrows?.claim;
    if (broader === undefined) continue;
    if (broader === claim.id) reportAt([...segments, 'narrows', 'claim'], 'a claim cannot narrow itself');
    else if (!claimIds.has(broader)) reportAt([...segments, 'narrows', 'claim'], `unknown claim "${broader}"`);
  }
  if (valid.topic) {
    valid.topic.signals.forEach((s, i) => compile(s.pattern, ['topic', 'signals', i, 'pattern']));
    valid.topic.negatives.forEach((s, i) => compile(s.pattern, ['topic', 'negatives', i, 'pattern']));
  }
}

/**
 * The first top-level alternative of `pattern` that starts (after an optional `\b`) with a lookbehind
 * holding an unbounded any-character repeat (`.*`, `.+`, `.{n,}`), or undefined. Such a lookbehind is
 * tried at every position of the text and reads back to the line's start each time: a pattern of
 * round 16 took 34 ms per 10,000 characters that way, seven times all the other triggers together.
 */
export function scanningLookbehind(pattern: string): string | undefined {
  for (const alternative of topLevelAlternatives(pattern)) {
    const head = alternative.replace(/^\\b/, '');
    if (!head.startsWith('(?<=') && !head.startsWith('(?<!')) continue;
    const body = head.slice(0, firstGroupEnd(head) + 1);
    if (/(?<!\\)\.(?:\*|\+|\{\d+,\})/.test(body)) return body.length > 80 ? `${body.slice(0, 77)}...` : body;
  }
  return undefined;
}

/** The index of the `)` closing the group that opens at the start of `pattern`. */
function firstGroupEnd(pattern: string): number {
  for (const { at, ch, depth } of patternStructure(pattern)) if (ch === ')' && depth === 0) return at;
  return pattern.length - 1;
}
