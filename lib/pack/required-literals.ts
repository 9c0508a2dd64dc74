/**
 * Words a pattern cannot match without: from a pattern's source, a set of literal strings such that
 * every match of the pattern consumes text containing at least one of them (compared as the pattern
 * compares, case-insensitively). A text that holds none of them cannot match the pattern, so the
 * disputed pass runs a claim's trigger part only on the sentences that hold one of its words
 * (`triggerWords`, kept in the matcher tables; `lib/match/trigger-words.ts` finds them in a block).
 *
 * Only what the source proves is kept: a literal is taken from consecutive characters that every
 * match consumes in that order (plain ASCII characters, small classes of them, alternations and
 * optional parts of them spelt out while few); lookarounds and assertions consume nothing and add
 * nothing; anything else (`\w`, `.`, a wide class, a non-ASCII character, a repetition that may be
 * absent) is "some text", which proves no literal. An alternation proves a literal set only when each
 * of its branches does; a source with a construct this reader does not know proves nothing.
 */
import { topLevelAlternatives, unwrapGroup } from '../text/pattern-source';

/** What a part of a pattern is known to match. */
interface Info {
  /** Every string it can match (lower-cased), when they are few; null when unknown or too many. */
  exact: string[] | null;
  /** Strings one of which every match contains; null when nothing is proven. */
  any: string[] | null;
  /** Sets each of which every match holds a string of (`any` is the best of them). */
  all?: string[][];
  /** Every match is one or more characters that are not word characters (`\s`, `\s+`): a word boundary stands on either side of a word next to it. */
  gap?: boolean;
}

/** Most strings an `exact` set spells out (alternatives times optional parts). */
const EXACT_LIMIT = 32;
/** Most characters a small class may list to be spelt out. */
const CLASS_LIMIT = 8;

const EMPTY: Info = { exact: [''], any: null };
/**
 * A word boundary (`\b`) inside a spelt string: kept where it stands right before or after an
 * ASCII letter or digit at the string's ends (`\bmen` is not found in "government"), dropped
 * elsewhere (`triggerWords`).
 */
const B = '\u0000';
const BOUNDARY: Info = { exact: [B], any: null };
/** One character that is not a word character (`\s`, `\W`). */
const GAP: Info = { exact: null, any: null, gap: true };
const visible = (s: string): number => s.replaceAll(B, '').length;
const UNKNOWN: Info = { exact: null, any: null };

/** The pattern's source could not be read (a construct this reader does not know). */
class Unreadable extends Error {}

/** A set that proves something: none of its strings is empty. */
function asAny(exact: string[] | null): string[] | null {
  return exact && exact.length > 0 && exact.every((s) => visible(s) > 0) ? exact : null;
}

/**
 * Rank of a proven set: longer shortest string first (a longer word is rarer in text), then fewer
 * strings (a smaller pattern to scan with), then more of them bounded by `\b`.
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map(visible));
  const lb = Math.min(...b.map(visible));
  if (la !== lb) return la > lb ? a : b;
  if (a.length !== b.length) return b.length < a.length ? b : a;
  // The same words, one set with word boundaries: it finds fewer places.
  const marks = (set: string[]) => set.filter((s) => s.includes(B)).length;
  return marks(b) > marks(a) ? b : a;
}

const bestAny = (info: Info): string[] | null => better(info.any, asAny(info.exact));

/** Every set `info` proves: each holds a string of every match. */
function clausesOf(info: Info): string[][] {
  const exact = asAny(info.exact);
  const all = info.all ?? (info.any ? [info.any] : []);
  return exact ? [...all, exact] : all;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add((x + y).replaceAll(B + B, B));
  return [...out];
}

/** A pattern's source, read for what it proves (see the file comment). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.at !== this.source.length) throw new Unreadable(`unbalanced ) at ${this.at}`);
    return info;
  }

  private peek(ahead = 0): string {
    return this.source[this.at + ahead] ?? '';
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    let exact: string[] | null = [];
    for (const b of branches) {
      if (!exact || !b.exact) exact = null;
      else exact = [...new Set([...exact, ...b.exact])];
      if (exact && exact.length > EXACT_LIMIT) exact = null;
    }
    let any: string[] | null = [];
    for (const b of branches) {
      const proven = bestAny(b);
      if (!proven || !any) any = null;
      else any = [...new Set([...any, ...proven])];
    }
    return { exact, any };
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.item());
    let exact: string[] | null = [''];
    let run: string[] = [''];
    let any: string[] | null = null;
    const all: string[][] = [];
    const keep = (set: string[] | null) => {
      if (set) all.push(set);
      any = better(any, set);
    };
    for (const item of items) {
      for (const set of item.all ?? (item.any ? [item.any] : [])) keep(set);
      exact = exact && item.exact ? product(exact, item.exact) : null;
      const longer = item.exact ? product(run, item.exact) : null;
      if (longer) {
        run = longer;
      } else {
        // The run of consecutive spelt-out items ends here: what it proves is kept, and a new one
        // starts. Across a gap of spaces, each side is a word boundary.
        keep(asAny(item.gap ? (product(run, [B]) ?? run) : run));
        run = item.exact ?? (item.gap ? [B] : ['']);
      }
    }
    keep(asAny(run));
    return { exact, any, all };
  }

  private item(): Info {
    const atom = this.atom();
    const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    if (this.peek() === '?') this.at++; // lazy: the same strings
    const min = quantifier[1] ? (quantifier[1] === '+' ? 1 : 0) : Number(quantifier[2]);
    const max = quantifier[1]
      ? quantifier[1] === '?'
        ? 1
        : Infinity
      : quantifier[3]
        ? quantifier[4]
          ? Number(quantifier[4])
          : Infinity
        : min;
    if (max === 0) return EMPTY;
    if (min === 0) {
      // Optional: spelt out with the empty string while small, but proves nothing on its own.
      return { exact: max === 1 && atom.exact ? [...new Set(['', ...atom.exact])] : null, any: null };
    }
    return {
      exact: min === 1 && max === 1 ? atom.exact : null,
      any: bestAny(atom),
      all: clausesOf(atom),
      gap: atom.gap,
    };
  }

  private atom(): Info {
    const ch = this.peek();
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === ')' || ch === '|' || ch === '') throw new Unreadable(`unexpected ${ch || 'end'} at ${this.at}`);
    this.at++;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.' || ch === '*' || ch === '+' || ch === '?') {
      if (ch !== '.') throw new Unreadable(`nothing to repeat at ${this.at - 1}`);
      return UNKNOWN;
    }
    return literal(ch);
  }

  private group(): Info {
    this.at++; // (
    let lookaround = false;
    if (this.peek() === '?') {
      const kind = this.source.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (kind.startsWith('?<')) {
        const name = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
        if (!name) throw new Unreadable(`group kind at ${this.at}`);
        this.at += name[0].length;
      } else throw new Unreadable(`group kind at ${this.at}`);
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unreadable(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround consumes nothing: whatever it tests, the consumed text need not hold it.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Info {
    const end = classEnd(this.source, this.at);
    const body = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    if (body.startsWith('^') || body.length === 0) return UNKNOWN;
    const chars = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      let c = body[i];
      if (c === '\\') {
        c = body[++i] ?? '';
        if (/[A-Za-z0-9]/.test(c) || c === '') return UNKNOWN; // \w, \s, \b (backspace), \x41, \p{…}
      } else if (c === '-' && i > 0 && i < body.length - 1) {
        return UNKNOWN; // a range
      }
      const one = literal(c).exact;
      if (!one) return UNKNOWN;
      chars.add(one[0]);
    }
    return chars.size <= CLASS_LIMIT ? { exact: [...chars], any: null } : UNKNOWN;
  }

  private escape(): Info {
    const c = this.peek(1);
    this.at += 2;
    if (c === '') throw new Unreadable('trailing backslash');
    if (c === 'b') return BOUNDARY;
    if (c === 'B') return EMPTY;
    if (c === 's' || c === 'W') return GAP;
    if (/[A-Za-z0-9]/.test(c)) {
      // \d \w \s \p{…} \u{…} \uXXXX \xXX \cX \k<name> \1 \n …: some text, whatever it is.
      const rest = ESCAPE_REST[c]?.exec(this.source.slice(this.at));
      this.at += rest ? rest[0].length : 0;
      return UNKNOWN;
    }
    return literal(c);
  }
}

/** What follows the letter of an escape that takes more than one character (`\u{…}`, `\x41`, `\k<name>`, `\12`). */
const ESCAPE_REST: Record<string, RegExp> = {
  u: /^(?:\{[0-9A-Fa-f]*\}|[0-9A-Fa-f]{4})/,
  x: /^[0-9A-Fa-f]{2}/,
  c: /^[A-Za-z]/,
  p: /^\{[^}]*\}/,
  P: /^\{[^}]*\}/,
  k: /^<[^>]*>/,
  ...Object.fromEntries([...'123456789'].map((d) => [d, /^\d*/])),
};

/** Index of the `]` that closes the class opened at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Unreadable(`unclosed class at ${open}`);
}

/**
 * One character of the pattern. Only ASCII is spelt out: a case-insensitive ASCII letter stands for
 * its class under the pattern's own flags, which the prefilter is compiled with too, so "k" there
 * matches what "K" matches here (with `u`, the Kelvin sign as well).
 */
function literal(ch: string): Info {
  if (ch.length !== 1 || ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x20 || ch === '\\') return UNKNOWN;
  return { exact: [ch.toLowerCase()], any: null };
}

/**
 * Strings one of which every match of `source` contains (lower-cased; compare case-insensitively),
 * or null when the source proves none. Shorter strings that others contain replace those others.
 */
export function requiredLiterals(source: string): string[] | null {
  const info = readSource(source);
  return info && minimalSet(bestAny(info));
}

/** What `source` proves, or null where the reader cannot follow it. */
function readSource(source: string): Info | null {
  try {
    return new Reader(source).read();
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** The same set without strings that contain another of it (finding the shorter one is enough). */
export function minimalSet(set: string[] | null): string[] | null {
  if (!set) return null;
  const kept: string[] = [];
  for (const s of [...new Set(set)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some((k) => marked(s).includes(marked(k)))) kept.push(s);
  }
  return kept;
}

/**
 * A word with its written boundaries (`\b`, as shipped) as one mark, so that containment reads
 * them as boundaries: "\bmen" contains "men" and "\bme", never "bmen". (A word holds no
 * backslash of its own: `literal` leaves it out.)
 */
export const marked = (word: string): string => word.replaceAll('\\b', B);

/** An ASCII letter, digit or underscore: a word character for `\b` under any flags. */
const WORD = /^[a-z0-9_]$/;

/** A spelt string as shipped: boundaries kept only at its ends, next to a word character, written `\b`. */
function shipped(s: string): string {
  const before = s.startsWith(B) && WORD.test(s[1] ?? '');
  const after = s.endsWith(B) && WORD.test(s[s.length - 2] ?? '');
  return `${before ? '\\b' : ''}${s.replaceAll(B, '')}${after ? '\\b' : ''}`;
}

/** The top-level alternatives of `source`, those of whole `(?:…)` groups opened too. */
function alternativesOf(source: string): string[] {
  return topLevelAlternatives(source).flatMap((a) => {
    const inner = unwrapGroup(a);
    return inner === null ? [a] : alternativesOf(inner);
  });
}

/**
 * The words of one trigger part (a pattern compiled case-insensitively), per alternative of it:
 * the sets it proves (each holds a string that every match of the alternative contains), best
 * first; null when an alternative proves none (then the part runs on every sentence). A word
 * written `\bmen` must start where a word does, `men\b` end where one does.
 */
export function triggerWords(part: { source: string; flags: string }): string[][][] | null {
  if (!part.flags.includes('i')) return null;
  const out: string[][][] = [];
  for (const alternative of alternativesOf(part.source)) {
    const info = readSource(alternative);
    if (!info) return null;
    const ranked = clausesOf(info).sort((a, b) => (better(a, b) === a ? -1 : 1));
    if (ranked.length === 0) return null;
    out.push(ranked.map((set) => minimalSet(set.map(shipped))!));
  }
  return out;
}
