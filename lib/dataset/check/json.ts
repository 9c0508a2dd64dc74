/** Parsing one pack file, with the line and column of a syntax error. */
import type { PackFileText, Report } from './types';

/** Parse one file; on a syntax error report its line and column, not just V8's character offset. */
export function parseJsonFile(file: PackFileText, report: Report): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // Node 20's V8 gives an offset for some errors ("… in JSON at position 8") but only a snippet for
    // others ("Unexpected token 'x', "{…}" is not valid JSON"); then the scanner finds the offset.
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? Number(position[1]) : jsonErrorOffset(file.text);
    const before = file.text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    const reason = raw.replace(/ (in JSON )?at position \d+.*$/s, '').replace(/, [\s\S]*is not valid JSON$/, '');
    report(file.name, [], `invalid JSON at line ${line}, column ${column}: ${reason}`);
    return undefined;
  }
}

/** Offset of the first character a strict JSON parser rejects (the text's length if it ends early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return;
      }
      if (c < ' ') fail();
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail();
        i += 2;
        continue;
      }
      i += 1;
    }
    fail();
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i += 1;
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) {
          i += 1;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    // Stop at the first wrong letter, as V8 does ("nope" fails at "o", not at "n").
    const literal = ['true', 'false', 'null'].find((l) => l[0] === c);
    if (!literal) fail();
    for (const letter of literal!) {
      if (text[i] !== letter) fail();
      i += 1;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (stop) {
    if (stop instanceof JsonStop) return Math.min(stop.offset, text.length);
    throw stop;
  }
}

export class JsonStop {
  constructor(readonly offset: number) {}
}
