/**
 * The characters of a regular-expression source that give it structure: each one outside an escape
 * and a character class, with its offset and the group depth after it (an opening parenthesis counts
 * itself, a closing one does not). Shared by the rewrites of pattern sources (the word-boundary
 * factoring of claim patterns, the space-or-hyphen topic signals).
 */
export function* patternStructure(source: string): Generator<{ at: number; ch: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const ch = source[at];
    if (ch === '\\') at++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      yield { at, ch, depth };
    }
  }
}
