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

function lineAround(source: string, start: number, end: number): string {
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const to = source.indexOf('\n', end);
  return source.slice(from, to === -1 ? source.length : to);
}

/** The matches the context supports; `entityIds[m.entity]` names each match's entity. */
export function guardMatches<T extends GuardedMatch>(source: string, matches: T[], entityIds: readonly string[]): T[] {
  return matches.filter((m) => {
    const id = entityIds[m.entity];
    const text = source.slice(m.start, m.end);
    if (NATIONAL_INSTITUTIONS.has(id) && BARE_COURT.test(text.trim())) {
      const around = source.slice(Math.max(0, m.start - CONTEXT_CHARS), Math.min(source.length, m.end + CONTEXT_CHARS));
      if (FOREIGN_CONTEXT.test(around) && !US_CONTEXT.test(around)) return false;
    }
    if (CITATION_INITIALS.test(source.slice(m.end, m.end + 16)) && !/\s/.test(text.trim())) return false;
    if (LABEL_PRONE.has(id)) {
      const line = lineAround(source, m.start, m.end).trim();
      // Only a label line: a paragraph that happens to be short ("ICE declined to comment.") still counts.
      if (line.length <= text.length + 2 && !/[.!?:]$/.test(line) && line.length < 40) return false;
    }
    return true;
  });
}
