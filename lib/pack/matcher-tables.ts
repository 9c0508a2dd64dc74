/**
 * Build-time half of the matcher: turns every alias of every entity into one combined regular
 * expression source (a trie of the folded aliases, so the engine shares prefixes) plus lookup
 * tables from a matched string to the alias rules behind it, and combines each claim's triggers.
 * The result is plain JSON, shipped inside the compiled pack; the content script only calls
 * `new RegExp(source, flags)` (see `runtime.ts`).
 */
import type { Alias, Claim, Entity, EntityType, Lang, Topic } from '../dataset/schema';
import { foldString } from '../text/fold';
import { aliasKey, foldPattern, lowerCasePattern, patternTokens } from '../text/keys';
import { topicPatterns, type TopicPatterns } from '../text/pattern-source';
import { factorWordBoundary } from './word-boundary-factor';
import { marked, minimalSet, triggerWords } from './required-literals';

/** One alias as the run-time matcher needs it. */
export interface AliasRule {
  /** Index into `MatcherTables.entityIds`. */
  entity: number;
  /** Folded alias text; for case-sensitive aliases the match must equal it (spacing aside). */
  exact: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  requiresPriorMention: boolean;
  /** Folded, lower-cased words that, right before the match, veto it ("san" before "salvador"). */
  excludeBefore?: string[];
  /** Folded, lower-cased words that, right after the match, veto it. */
  excludeAfter?: string[];
}

/** One combined pattern and the flags to compile it with. */
export interface PatternTable {
  source: string;
  flags: string;
}

/** A claim's triggers and context patterns, each language's list combined into one pattern. */
export interface ClaimTables {
  id: string;
  /**
   * Each language's triggers as consecutive parts of one combined pattern, each part at most about
   * `TRIGGER_PART_CHARS` of source (one part for most claims, none without triggers): the engine
   * matches them together as the combined pattern would (`SplitPattern`), and compiles them one
   * at a time.
   */
  triggers: { en: PatternTable[]; es: PatternTable[] };
  /**
   * The trigger parts' words (`triggerWords`, `required-literals.ts`): sets of words (lower-cased),
   * and per part (same order) its alternatives, each the sets (indexes into `sets`) a match of it
   * holds a word of each of; null for a part whose source proves none for some alternative. A
   * sentence that holds no word of some set of each alternative cannot match the part, so the engine
   * does not run the part there.
   */
  words?: { en: ClaimWords; es: ClaimWords };
  context?: { en: PatternTable | null; es: PatternTable | null };
  /** Vetoes: a sentence matching one is not linked to the claim. */
  exclude?: { en: PatternTable | null; es: PatternTable | null };
  /** Weaker words, enough when an earlier sentence of the paragraph links to the claim. */
  follow?: { en: PatternTable | null; es: PatternTable | null };
  /** The context is a subject a whole article can be about (see the schema). */
  articleContext?: boolean;
  /** The broader claim this one narrows to one subject (see the schema), with its patterns. */
  narrows?: {
    claim: string;
    group: { en: PatternTable | null; es: PatternTable | null };
    single: { en: PatternTable | null; es: PatternTable | null };
  };
}

export interface ClaimWords {
  sets: string[][];
  parts: (number[][] | null)[];
}

export interface MatcherTables {
  version: 1;
  /** Combined alias pattern, applied to folded text (see `fold.ts`). */
  source: string;
  flags: string;
  entityIds: string[];
  /**
   * Each entity's type and canonical names, in `entityIds` order: what a page's report says of a
   * name it found, without parsing the whole entities table (cards, roles, facts) during the scan.
   */
  entityLabels: EntityLabel[];
  /** `aliasKey(matched text)` → candidate rules, most specific first. */
  rules: Record<string, AliasRule[]>;
  claims: ClaimTables[];
  /**
   * The topic signals' and negatives' patterns as they run (`topicPatterns` of `lib/text/pattern-source.ts`), in
   * the topic's order.
   */
  topic: TopicPatterns;
}

export interface EntityLabel {
  type: EntityType;
  name: Record<Lang, string>;
}

/**
 * Flags of the combined alias pattern. No `u`: with it, V8 takes ~30 ms to compile a few hundred
 * `\p{L}` lookaheads (measured, Node 20), against 0.3 ms for the explicit class below.
 */
export const ALIAS_FLAGS = 'g';
/** Flags of claim triggers and context patterns (schema contract). */
export const CLAIM_FLAGS = 'iu';

/**
 * Only `\p{…}`, `\u{…}` and astral characters need the `u` flag; without it V8 compiles and runs
 * the claim patterns about ten times faster (measured on the shipped triggers, Node 20), and a
 * pattern valid with `u` means the same without it.
 */
export function flagsFor(source: string): string {
  return /\\[pP]\{|\\u\{|[\ud800-\udfff]/.test(source) ? CLAIM_FLAGS : 'i';
}

/**
 * "No letter or digit follows". Text is folded first, so accented Latin letters arrive as ASCII;
 * the class still covers Latin-1/Extended, Greek and Cyrillic letters that have no decomposition.
 */
const WORD_AFTER =
  '(?![A-Za-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff])';

/** An alias that starts where `\b` can tell a word starts. */
const ASCII_WORD_START = /^[A-Za-z0-9]/;

const SYNTAX = /[\\^$.*+?()[\]{}|/]/;

/** The regex fragments ("units") for one folded alias: one per character. */
function aliasUnits(folded: string, caseSensitive: boolean): string[] {
  const units: string[] = [];
  for (const ch of folded) {
    if (ch === '-') {
      units.push('[- ]?'); // "MS-13", "MS 13", "MS13"
    } else if (ch === ' ') {
      units.push(' ');
    } else if (SYNTAX.test(ch)) {
      units.push('\\' + ch);
    } else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (!caseSensitive && lower !== upper && lower.length === ch.length && upper.length === ch.length) {
        units.push(`[${lower}${upper}]`);
      } else {
        units.push(ch);
      }
    }
  }
  return units;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Some alias ends here. */
  terminal: boolean;
}

function newNode(): TrieNode {
  return { children: new Map(), terminal: false };
}

/** Longest alternatives first, so at one starting point the longest alias wins. */
function depth(node: TrieNode): number {
  let max = 0;
  for (const child of node.children.values()) max = Math.max(max, 1 + depth(child));
  return max;
}

function emit(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort((a, b) => depth(b[1]) - depth(a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([unit, child]) => unit + emit(child));
  if (node.terminal) branches.push('');
  if (branches.length === 0) return '';
  if (branches.length === 1) return branches[0];
  return `(?:${branches.join('|')})`;
}

function foldWords(words: string[] | undefined): string[] | undefined {
  if (!words || words.length === 0) return undefined;
  return words.map((w) => foldString(w).toLowerCase());
}

function ruleFor(alias: Alias, entity: number): AliasRule {
  const rule: AliasRule = {
    entity,
    exact: foldString(alias.text),
    caseSensitive: alias.caseSensitive ?? false,
    wholeWord: alias.wholeWord ?? true,
    requiresPriorMention: alias.requiresPriorMention ?? false,
  };
  const before = foldWords(alias.excludeBefore);
  const after = foldWords(alias.excludeAfter);
  if (before) rule.excludeBefore = before;
  if (after) rule.excludeAfter = after;
  return rule;
}

/** Combine regex sources into one alternation, checking each compiles. */
function combine(sources: string[], where: string): PatternTable | null {
  if (sources.length === 0) return null;
  for (const s of sources) {
    try {
      new RegExp(s, CLAIM_FLAGS);
    } catch (error) {
      throw new Error(`${where}: invalid pattern ${JSON.stringify(s)}: ${(error as Error).message}`);
    }
  }
  return combineChecked(sources);
}

/**
 * The combined pattern of each table `combineChecked` made, before its word boundaries were factored
 * out: every match of the factored pattern is a match of one of these alternatives, `\b` included,
 * which is what `triggerWords` reads best (`\bmen` rather than `men`).
 */
const unfactored = new WeakMap<PatternTable, PatternTable>();

/** `combine` of sources already checked. */
function combineChecked(sources: string[]): PatternTable {
  // Patterns run on folded text (fold.ts), so they are folded the same way: "señalad" must meet
  // "senalad", a typographic apostrophe a straight one.
  const combined = withoutLetterProperty(foldPattern(sources.map((s) => `(?:${s})`).join('|')));
  // The leading `\b` of the alternatives is tested once per position (see word-boundary-factor.ts).
  const factored = factorWordBoundary(combined);
  const flags = flagsFor(factored);
  // Lower-cased, without `i`: the engine runs claim patterns on lower-cased text (`lowerSameLength`),
  // and V8 compiles a pattern without `i` about three times as fast (see `lowerCasePattern`).
  const table = { source: lowerCasePattern(factored), flags: flags.replace('i', '') };
  unfactored.set(table, { source: combined, flags });
  return table;
}

/** A trigger part's words (`triggerWords`), read from its pattern before the boundaries were factored out. */
function wordsOfPart(part: PatternTable): string[][][] | null {
  return triggerWords(unfactored.get(part) ?? part);
}

/**
 * A word of `set` (shipped, `\b` marks included) that `word` contains: finding `word` finds it, so
 * a set of such words is proven wherever the set of `word`s is; undefined when there is none.
 */
function within(word: string, set: ReadonlyMap<string, string>): string | undefined {
  const w = marked(word);
  for (let length = 1; length <= w.length; length++) {
    for (let at = 0; at + length <= w.length; at++) {
      const found = set.get(w.slice(at, at + length));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Words by their `marked` form. */
const byMarked = (words: Iterable<string>): Map<string, string> => new Map([...words].map((w) => [marked(w), w]));

/**
 * Every claim's trigger words in one language. The engine searches for the words of each part's
 * best sets (each alternative's first set, merged per part: `minimalSet`); each alternative then
 * keeps that first set in those words, and a second set, disjoint from it, when each of its words
 * contains one of the language's searched words: a second set costs the search nothing and rules
 * out sentences that hold common words of the first only ("prison" without "conditions").
 */
function addTriggerWords(claims: ClaimTables[], lang: Lang): void {
  const ranked = claims.map((c) => c.triggers[lang].map(wordsOfPart));
  const unions = ranked.map((parts) =>
    parts.map((alternatives) => (alternatives ? minimalSet(alternatives.flatMap((sets) => sets[0]))! : null)),
  );
  const searched = byMarked(unions.flat().flatMap((u) => u ?? []));
  claims.forEach((claim, k) => {
    const sets: string[][] = [];
    const ids = new Map<string, number>();
    const idOf = (set: string[]) => {
      const key = JSON.stringify(set);
      let id = ids.get(key);
      if (id === undefined) {
        id = sets.push(set) - 1;
        ids.set(key, id);
      }
      return id;
    };
    const parts = ranked[k].map((alternatives, p) => {
      const union = unions[k][p];
      if (!alternatives || !union) return null;
      const own = byMarked(union);
      return alternatives.map(([best, ...rest]) => {
        const first = [...new Set(best.map((w) => within(w, own)!))].sort();
        for (const set of rest) {
          const mapped = set.map((w) => within(w, searched));
          if (mapped.some((w) => w === undefined || first.includes(w))) continue;
          return [idOf(first), idOf([...new Set(mapped as string[])].sort())];
        }
        return [idOf(first)];
      });
    });
    claim.words ??= { en: { sets: [], parts: [] }, es: { sets: [], parts: [] } };
    claim.words[lang] = { sets, parts };
  });
}

/**
 * Source length from which a claim's combined triggers are cut into parts. V8 compiles a pattern in
 * one go, at its first run and again to machine code; in a fresh Chromium tab a 10–12 K-character
 * trigger took 30–40 ms each time, about proportional to its length.
 */
export const TRIGGER_PART_CHARS = 4000;

/**
 * `combine`, cut into as few consecutive runs of the sources as keep each near `TRIGGER_PART_CHARS`
 * of combined pattern, of about equal length (a run closes once it reaches its share, or before an
 * alternative that would take it past 1.2 times the limit).
 */
function combineParts(sources: string[], where: string): PatternTable[] {
  const whole = combine(sources, where);
  if (!whole || whole.source.length <= TRIGGER_PART_CHARS) return whole ? [whole] : [];
  const share = whole.source.length / Math.ceil(whole.source.length / TRIGGER_PART_CHARS);
  const parts: PatternTable[] = [];
  let run: string[] = [];
  for (const source of sources) {
    let table = combineChecked([...run, source]);
    // A long alternative closes the run before it rather than push the run far past the limit.
    if (run.length > 0 && table.source.length > TRIGGER_PART_CHARS * 1.2) {
      parts.push(combineChecked(run));
      run = [];
      table = combineChecked([source]);
    }
    run.push(source);
    if (table.source.length >= share) {
      parts.push(table);
      run = [];
    }
  }
  if (run.length > 0) parts.push(combineChecked(run));
  return parts;
}

/**
 * Letters, as `\p{L}` means them in folded text: accents are gone, so Latin-1/Extended, Greek and
 * Cyrillic letters without a decomposition are all that remain beyond ASCII (see `WORD_AFTER`).
 */
const LETTER_CLASS =
  '[A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';

/**
 * `\p{L}` outside a character class, spelt as an explicit class, so that a Spanish pattern needs no
 * `u` flag: with it, the Spanish triggers of a 1,500-word article took 13 ms to scan against 1.5 ms
 * for the English ones (measured, Node 20). Inside a class it is left alone (and keeps the flag).
 */
export function withoutLetterProperty(source: string): string {
  let out = '';
  for (const { text, escape, inClass } of patternTokens(source))
    out += escape && !inClass && text === '\\p{L}' ? LETTER_CLASS : text;
  return out;
}

/** Build the matcher tables for a pack's entities (aliases in every language) and claims. */
export function buildMatcherTables(entities: Entity[], claims: Claim[], topic: Topic): MatcherTables {
  const tables = buildTables(entities, claims, topic);
  addTriggerWords(tables.claims, 'en');
  addTriggerWords(tables.claims, 'es');
  return tables;
}

function buildTables(entities: Entity[], claims: Claim[], topic: Topic): MatcherTables {
  // Whole-word aliases share one trailing boundary check after the trie: when it fails, the engine
  // backtracks into the trie to a shorter alias, so one lookahead serves every alias. Those that
  // start with an ASCII letter or digit (all of today's) also share a leading `\b`: without it the
  // engine tries the trie at every character of the text, with it only where a word starts (the
  // 1 MB bench text: 27 → 6 ms, Node 20). `\b` is weaker than the rules' own test of the character
  // before (`isWordAt`), so it only drops starts that the rules would refuse, except after "_",
  // which `\b` counts as part of a word: "nayib_bukele" is a handle, not a mention.
  const wholeWords = newNode();
  const wholeWordsFromAnyChar = newNode();
  const partWords = newNode();
  const trieFor = (rule: AliasRule): TrieNode => {
    if (!rule.wholeWord) return partWords;
    return ASCII_WORD_START.test(rule.exact) ? wholeWords : wholeWordsFromAnyChar;
  };
  const rules: Record<string, AliasRule[]> = {};
  const entityIds = entities.map((e) => e.id);
  const seen = new Set<string>();
  entities.forEach((entity, index) => {
    for (const names of Object.values(entity.names)) {
      for (const alias of names.aliases) {
        const rule = ruleFor(alias, index);
        if (rule.exact === '') continue;
        const signature = JSON.stringify(rule);
        if (seen.has(signature)) continue; // the same alias listed in both languages
        seen.add(signature);
        (rules[aliasKey(rule.exact)] ??= []).push(rule);
        let node = trieFor(rule);
        for (const unit of aliasUnits(rule.exact, rule.caseSensitive)) {
          let next = node.children.get(unit);
          if (!next) node.children.set(unit, (next = newNode()));
          node = next;
        }
        node.terminal = true;
      }
    }
  });
  // Case-sensitive and unconditional rules first: they are the most specific reading of a match.
  for (const list of Object.values(rules)) {
    list.sort(
      (a, b) =>
        Number(b.caseSensitive) - Number(a.caseSensitive) ||
        Number(a.requiresPriorMention) - Number(b.requiresPriorMention),
    );
  }
  const alternatives: string[] = [];
  if (wholeWords.children.size > 0) alternatives.push(`\\b(?:${emit(wholeWords)})${WORD_AFTER}`);
  if (wholeWordsFromAnyChar.children.size > 0) alternatives.push(`(?:${emit(wholeWordsFromAnyChar)})${WORD_AFTER}`);
  if (partWords.children.size > 0) alternatives.push(emit(partWords));
  const source = alternatives.length > 0 ? alternatives.join('|') : '(?!)';
  return {
    version: 1,
    source,
    flags: ALIAS_FLAGS,
    entityIds,
    entityLabels: entities.map((e) => ({ type: e.type, name: { en: e.names.en.canonical, es: e.names.es.canonical } })),
    rules,
    topic: topicPatterns(topic),
    claims: claims.map((claim) => {
      const tables: ClaimTables = {
        id: claim.id,
        triggers: {
          en: combineParts(claim.triggers.en, `claim ${claim.id} triggers.en`),
          es: combineParts(claim.triggers.es, `claim ${claim.id} triggers.es`),
        },
      };
      if (claim.context && (claim.context.en.length > 0 || claim.context.es.length > 0)) {
        tables.context = {
          en: combine(claim.context.en, `claim ${claim.id} context.en`),
          es: combine(claim.context.es, `claim ${claim.id} context.es`),
        };
      }
      if (claim.exclude && (claim.exclude.en.length > 0 || claim.exclude.es.length > 0)) {
        tables.exclude = {
          en: combine(claim.exclude.en, `claim ${claim.id} exclude.en`),
          es: combine(claim.exclude.es, `claim ${claim.id} exclude.es`),
        };
      }
      if (claim.follow && (claim.follow.en.length > 0 || claim.follow.es.length > 0)) {
        tables.follow = {
          en: combine(claim.follow.en, `claim ${claim.id} follow.en`),
          es: combine(claim.follow.es, `claim ${claim.id} follow.es`),
        };
      }
      if (claim.articleContext) tables.articleContext = true;
      if (claim.narrows) {
        const { group, single } = claim.narrows;
        tables.narrows = {
          claim: claim.narrows.claim,
          group: {
            en: combine(group.en, `claim ${claim.id} narrows.group.en`),
            es: combine(group.es, `claim ${claim.id} narrows.group.es`),
          },
          single: {
            en: combine(single.en, `claim ${claim.id} narrows.single.en`),
            es: combine(single.es, `claim ${claim.id} narrows.single.es`),
          },
        };
      }
      return tables;
    }),
  };
}
