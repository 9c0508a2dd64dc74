/**
 * Identity guards: an alias is a name, but a name is the entity only where the page's context
 * supports it. Applied to the raw alias matches of one article text, before mentions are reported.
 *
 * - A bare "Supreme Court" / "Corte Suprema" near another country's name, with nothing American
 *   around it, is that country's court (South Korean, New Zealand, Israeli, UK reporting).
 * - A surname followed by initials ("Boasberg PD,") is an author in a citation list.
 * - An organisation's name standing alone on its own short line is a topic label or tag.
 */

/** One match as `findAliasMatches` returns it. */
interface GuardedMatch {
  entity: number;
  start: number;
  end: number;
}

/** Entities whose bare name is shared with other countries' institutions. */
const NATIONAL_INSTITUTIONS = new Set(['us-supreme-court']);
/** Entities whose name alone on a line is a label rather than a mention. */
const LABEL_PRONE = new Set([
  'dhs',
  'ice',
  'us-supreme-court',
  'us-state-department',
  'aclu',
  'human-rights-watch',
  'amnesty-international',
]);

/** Names that make the surrounding text American (or about the story's US side). */
const US_CONTEXT =
  /\b(?:U\.?S\.?|United States|American|America|Washington|Trump|Biden|Roberts|Sotomayor|Kavanaugh|Barrett|Gorsuch|Alito|Thomas|Kagan|Jackson|federal|Boasberg|Xinis|Abrego|J\.G\.G\.|A\.A\.R\.P\.|Alien Enemies|EE\.? ?UU\.?|Estados Unidos|estadounidense|SCOTUS)\b/;
/** Other countries whose own supreme courts appear in the news. */
const FOREIGN_CONTEXT =
  /\b(?:South Korea|Korean?|New Zealand|Israeli?|Knesset|Netanyahu|British|Britain|UK|England|Scotland|India|Indian|Pakistan|Pakistani|Canada|Canadian|Brazil|Brazilian|Mexico|Mexican|Mexicana?|México|Argentina|Chile|Colombia|Honduras|Guatemala|Philippines|Japan|Japanese|Kenya|Kenyan|Nigeria|Australia|Australian|Ireland|Irish|Venezuela's|Salvador's|Salvadoran|salvadoreña|venezolana|argentina|chilena|colombiana|hondureña|guatemalteca|mexicana|de Justicia)\b/;

/** How far around a mention its context is read. */
const CONTEXT_CHARS = 300;

const BARE_COURT = /^(?:the\s+)?(?:supreme court|corte suprema|tribunal supremo)$/i;
const CITATION_INITIALS = /^\s+[A-Z]{1,3}(?:[,.;]|\s+(?:et al|and|&))/;

/** Whether `code` is whitespace as `\s` and `trim` see it (ASCII answered without a regular expression). */
function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

/**
 * Whether `CITATION_INITIALS` matches after `end`; the expression runs only where a run of spaces
 * is followed by a capital (or by something non-ASCII). Most names are followed by a lower-case
 * word or punctuation, and a 1 MB page has thousands of them (one slice and one test each before).
 */
function citationFollows(source: string, end: number): boolean {
  const limit = Math.min(source.length, end + 16);
  let at = end;
  while (at < limit) {
    const code = source.charCodeAt(at);
    if (code >= 0x80) break;
    if (!isSpaceCode(code)) {
      if (at === end || code < 0x41 || code > 0x5a) return false;
      break;
    }
    at++;
  }
  return at < limit && CITATION_INITIALS.test(source.slice(end, limit));
}

/**
 * Whether the mention stands alone on a short line that ends in no sentence punctuation. The line's
 * bounds are found by index, and only a line short enough to qualify is copied (a mention inside a
 * paragraph used to copy and trim the whole paragraph).
 */
function isLabelLine(source: string, start: number, end: number): boolean {
  let from = source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.indexOf('\n', end);
  let to = newline === -1 ? source.length : newline;
  while (from < to && isSpaceCode(source.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(source.charCodeAt(to - 1))) to--;
  const length = to - from;
  // Only a label line: a paragraph that happens to be short ("ICE declined to comment.") still counts.
  return length <= end - start + 2 && length < 40 && !/[.!?:]$/.test(source.slice(from, to));
}

/** Whether the context supports one match of entity `id` (see `guardMatches`). */
export function keepsMatch(source: string, start: number, end: number, id: string): boolean {
  if (NATIONAL_INSTITUTIONS.has(id) && BARE_COURT.test(source.slice(start, end).trim())) {
    const around = source.slice(Math.max(0, start - CONTEXT_CHARS), Math.min(source.length, end + CONTEXT_CHARS));
    if (FOREIGN_CONTEXT.test(around) && !US_CONTEXT.test(around)) return false;
  }
  if (citationFollows(source, end) && !/\s/.test(source.slice(start, end).trim())) return false;
  if (LABEL_PRONE.has(id) && isLabelLine(source, start, end)) return false;
  return true;
}

/** The matches the context supports; `entityIds[m.entity]` names each match's entity. */
export function guardMatches<T extends GuardedMatch>(source: string, matches: T[], entityIds: readonly string[]): T[] {
  return matches.filter((m) => keepsMatch(source, m.start, m.end, entityIds[m.entity]));
}
