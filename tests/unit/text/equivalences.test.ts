import { describe, expect, test } from 'vitest';
import { collisionKey } from '../../../lib/dataset/check/index';
import { foldString, foldText } from '../../../lib/text/fold';
import { foldForGate } from '../../../lib/text/gate-fold';
import { aliasKey, foldLower, foldPattern, matcherKey } from '../../../lib/text/keys';

/**
 * Every fold that compares text, by the name of the path that uses it. Each is a composition of the
 * character tables in `lib/text/chars.ts`; this table pins where they must agree.
 */
const PATHS = {
  /** Bucket key of a matched alias (`entities.ts`), as the compiled tables were keyed. */
  matcher: (s: string) => aliasKey(foldString(s)),
  /** The same key computed in one call, as the matcher tables use it. */
  matcherKey,
  /** The pack checker's alias-collision rule. */
  checker: collisionKey,
  /** Page text: entity highlights and the sentences claim triggers run on (case kept). */
  text: (s: string) => foldText(s).text,
  /** Regex sources: claim triggers, contexts and topic signals (case kept, spacing as written). */
  pattern: foldPattern,
  /** The gate's words. */
  gate: foldForGate,
  /** Class and id tokens tested for page furniture. */
  furniture: foldLower,
} as const;
type Path = keyof typeof PATHS;
const ALL = Object.keys(PATHS) as Path[];
const KEYS: Path[] = ['matcher', 'matcherKey', 'checker'];
const CASE_KEEPING: Path[] = ['text', 'pattern'];

/** [a, b, the paths on which a and b fold equal (on every other path they must differ)]. */
const TABLE: [string, string, Path[]][] = [
  // One character class at a time: every path folds these alike.
  ['O\u2019Neil', "O'Neil", ALL], // typographic apostrophe
  ['O\u02bcNeil', "O'Neil", ALL], // modifier-letter apostrophe
  ['\u00abBukele\u00bb', '"Bukele"', ALL], // guillemets
  ['\u201cBukele\u201d', '"Bukele"', ALL], // curly double quotes
  ['El\u2011Salvador', 'El-Salvador', ALL], // non-breaking hyphen
  ['El\u2013Salvador', 'El-Salvador', ALL], // en dash
  ['MS\u221213', 'MS-13', ALL], // minus sign
  ['El\u00a0Salvador', 'El Salvador', ALL], // no-break space
  ['El\u202fSalvador', 'El Salvador', ALL], // narrow no-break space
  ['\u00c1brego Garc\u00eda', 'Abrego Garcia', ALL], // precomposed accents
  ['A\u0301brego', '\u00c1brego', ALL], // decomposed accent
  ['se\u00f1alad', 'senalad', ALL], // tilde
  ['Bu\u00adkele', 'Bukele', ALL], // soft hyphen inside a word
  ['CE\u200bCOT', 'CECOT', ALL], // zero-width space
  ['\u200eBukele\u200f', 'Bukele', ALL], // bidi marks
  // Case: folded by keys, the gate and furniture tokens; kept where case-sensitive aliases need it.
  ['ICE', 'ice', ALL.filter((p) => !CASE_KEEPING.includes(p))],
  ['\u00c1BREGO', '\u00e1brego', ALL.filter((p) => !CASE_KEEPING.includes(p))],
  // Hyphens and spaces inside an alias: one matcher bucket ("[- ]?" in the alias pattern).
  ['MS-13', 'MS 13', [...KEYS, 'gate']],
  ['MS-13', 'MS13', KEYS],
  ['El Salvador', 'ElSalvador', KEYS],
  // A regex source keeps its spacing as written; class tokens have none.
  ['Nayib  Bukele', 'Nayib Bukele', ALL.filter((p) => p !== 'pattern' && p !== 'furniture')],
  // Must stay apart everywhere.
  ['\u00d8resund', 'Oresund', []], // ø has no decomposition
  ['\u0141\u00f3d\u017a', 'Lodz', []], // nor has ł
  ['Stra\u00dfe', 'Strasse', []],
  ['MS-13', 'MS-31', []],
  ["O'Neil", 'ONeil', []],
  ['deportaci\u00f3n', 'deportacion es', []],
];

describe('one fold, every path', () => {
  describe.each(TABLE)('%j and %j', (a, b, equalOn) => {
    test.each(ALL)('%s', (path) => {
      const fold = PATHS[path];
      if (equalOn.includes(path)) expect(fold(a)).toBe(fold(b));
      else expect(fold(a)).not.toBe(fold(b));
    });
  });

  test('the checker flags exactly the aliases the matcher would put in one bucket', () => {
    for (const [a, b] of TABLE) {
      expect(collisionKey(a) === collisionKey(b)).toBe(matcherKey(a) === matcherKey(b));
    }
  });
});
