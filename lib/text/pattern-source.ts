import { foldPattern, lowerCasePattern, patternTokens } from './keys';

/**
 * The characters of a regular-expression source that give it structure: each one outside an escape
 * and a character class, with its offset and the group depth after it (an opening parenthesis counts
 * itself, a closing one does not). Shared by the rewrites of pattern sources (the word-boundary
 * factoring of claim patterns, the space-or-hyphen topic signals).
 */
export function* patternStructure(source: string): Generator<{ at: number; ch: string; depth: number }> {
  let depth = 0;
  for (const { text: ch, at, escape, inClass } of patternTokens(source)) {
    if (escape || inClass) continue;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    yield { at, ch, depth };
  }
}

/** The top-level alternatives of a regular-expression source (outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { at, ch, depth } of patternStructure(source)) {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(start, at));
      start = at + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** `(?:X)` whose parentheses enclose all of X (not `(?:a)|(?:b)`), as X; otherwise null. */
export function unwrapGroup(alternative: string): string | null {
  if (!alternative.startsWith('(?:') || !alternative.endsWith(')')) return null;
  for (const { at, ch, depth } of patternStructure(alternative)) {
    if (ch === ')' && depth === 0 && at < alternative.length - 1) return null;
  }
  return alternative.slice(3, -1);
}

/**
 * A pattern whose literal spaces also match a hyphen: page text writes a term both ways ("Alien
 * Enemies Act", "the Alien-Enemies-Act removals", "Tren-de-Aragua members"), and the folded text
 * keeps hyphens as they are. Spaces inside a character class or after a backslash stay as written.
 */
export function spaceOrHyphen(pattern: string): string {
  let out = '';
  let from = 0;
  for (const { at, ch } of patternStructure(pattern)) {
    if (ch !== ' ') continue;
    out += `${pattern.slice(from, at)}[ -]`;
    from = at + 1;
  }
  return out + pattern.slice(from);
}

/** A topic signal's pattern as it runs (`topicPatterns`). */
export interface TopicPattern {
  source: string;
  flags: string;
  /** Lower-cased and without `i` (`lowerCasePattern`): it runs on lower-cased text. */
  lower?: true;
}

/**
 * What a topic signal's pattern (as the pack writes it) compiles to: folded like page text, its
 * spaces also matching hyphens, flags `g`, `u` only where the pattern needs it (V8 runs these
 * several times faster without it). A case-insensitive one is lower-cased and compiled without `i`,
 * for lower-cased text: V8 compiles it faster (the 25 shipped patterns, compiled and run on a
 * 2,600-character article in Node, 15-19 ms with `i` against 10-12 ms without). One that cannot be
 * so rewritten (a letter-case property, a class range across cases) keeps `i`, and a case-sensitive
 * one runs as written. Done at build time for the shipped pack (`MatcherTables.topic`): in a fresh
 * tab, rewriting the sources cost more than matching them (the lower-casing alone, 1.7-2.6 ms of
 * the demo article's 5 ms topic step in Chromium).
 */
function topicSignalPattern(pattern: string, caseSensitive = false): TopicPattern {
  const unicode = /\\[pP]\{|\\u\{|[\ud800-\udfff]/.test(pattern) ? 'u' : '';
  const source = spaceOrHyphen(foldPattern(pattern));
  if (!caseSensitive) {
    try {
      const lowered = lowerCasePattern(source);
      new RegExp(lowered, `g${unicode}`);
      return { source: lowered, flags: `g${unicode}`, lower: true };
    } catch {
      // Not expressible in lower case: run it with `i` on the text as it is.
    }
  }
  return { source, flags: (caseSensitive ? 'g' : 'gi') + unicode };
}

/** Every signal's and negative's pattern as it runs, in a topic's order. */
export interface TopicPatterns {
  signals: TopicPattern[];
  negatives: TopicPattern[];
}

/** Every signal's and negative's compiled pattern (`topicSignalPattern`), in a topic's order. */
export function topicPatterns(topic: {
  signals: readonly { pattern: string; caseSensitive?: boolean }[];
  negatives: readonly { pattern: string; caseSensitive?: boolean }[];
}): TopicPatterns {
  const of = (signal: { pattern: string; caseSensitive?: boolean }) =>
    topicSignalPattern(signal.pattern, signal.caseSensitive);
  return { signals: topic.signals.map(of), negatives: topic.negatives.map(of) };
}
