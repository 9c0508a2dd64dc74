/**
 * "Since this article was published": the article's own date, then what the pack records as
 * happening after it (most consequential for this article first) and the disputed points on the
 * page whose status has moved on, with what was said since. Without a reliable date it says only
 * that the date is unknown and lists nothing; when the article is newer than the pack it says that
 * later developments may be missing. Shared by the reading panel (in the shadow root) and the popup.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import { useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang, Role } from '../../lib/dataset/schema';
import { sinceStrings } from '../../lib/i18n/strings/since';
import { formatIsoDate } from '../../lib/present/format';
import type { RolesThenNow, SinceView } from '../../lib/present/since-model';
import { resolveSources } from '../../lib/present/view-model';
import { SourceList } from './source-list';
import { TimelineExcerpt } from './timeline-excerpt';

const { t } = translator(inPageStrings);

/** Events listed before "Show all": enough to tell the story, short enough to scan. */
export const FIRST_EVENTS = 4;

const { t: ts } = translator(sinceStrings);

export interface SinceSectionProps {
  view: SinceView;
  pack: CompiledPack;
  lang: Lang;
  contentLang: Lang;
  /** Heading level in the surrounding UI (the panel uses h3, the popup h2); sub-headings go one deeper. */
  headingLevel?: 2 | 3;
  /** The host's class for a section heading, so the section looks like its neighbours. */
  headingClass?: string;
  /** The host's class for a section. */
  sectionClass?: string;
  /** Prefix for element ids; must be unique in the document or shadow root. */
  idPrefix: string;
}

/**
 * The section. Off topic, or the date not read yet: nothing. Undated: one line saying the date is
 * unknown, and no section, so nothing can be read as having happened "since".
 */
export function SinceSection(props: SinceSectionProps) {
  const { view, pack, lang, contentLang, headingLevel = 3, idPrefix } = props;
  const [showAll, setShowAll] = useState(false);
  if (view.state === 'off-topic' || view.state === 'unread') return null;
  if (view.state === 'undated' || !view.published) {
    return (
      <p class="bs-note bs-since-unknown" data-since="undated">
        {ts(lang, 'since.unknown')}
      </p>
    );
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const id = (name: string) => `${idPrefix}-since-${name}`;
  const reviewed = formatIsoDate(pack.meta.reviewedAt, lang);
  const count = view.events.length;
  const events = showAll ? view.events : view.events.slice(0, FIRST_EVENTS);
  const eventsKey = new Intl.PluralRules(lang).select(count) === 'one' ? 'since.events.one' : 'since.events.other';

  return (
    <section
      class={`bs-since ${props.sectionClass ?? ''}`.trim()}
      aria-labelledby={id('title')}
      data-since={view.newerThanPack ? 'newer-than-pack' : 'dated'}
    >
      <Heading id={id('title')} class={props.headingClass}>
        {ts(lang, 'since.title')}
      </Heading>
      <p class="bs-since__date">{ts(lang, 'since.published', { date: formatIsoDate(view.published, lang) })}</p>
      {view.newerThanPack && (
        <p class="bs-since__notice" data-testid="since-newer-than-pack">
          {ts(lang, 'since.newerThanPack', { date: reviewed })}
        </p>
      )}
      {!view.newerThanPack && count === 0 && view.changedClaims.length === 0 && (
        <p class="bs-note">{ts(lang, 'since.nothingLater', { date: reviewed })}</p>
      )}

      {count > 0 && (
        <div class="bs-since__part">
          <Sub id={id('events')} class="bs-since__subtitle">
            {ts(lang, eventsKey, { count })}
          </Sub>
          {count > 1 && <p class="bs-note">{ts(lang, 'since.eventsOrder')}</p>}
          <div id={id('events-list')} class="bs-since__events">
            <TimelineExcerpt events={events} pack={pack} lang={lang} contentLang={contentLang} />
          </div>
          {count > FIRST_EVENTS && (
            <button
              type="button"
              class="bs-link-btn bs-since__more"
              aria-expanded={showAll ? 'true' : 'false'}
              aria-controls={id('events-list')}
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? ts(lang, 'since.showFewer') : ts(lang, 'since.showAll', { count })}
            </button>
          )}
        </div>
      )}

      {view.changedClaims.length > 0 && (
        <div class="bs-since__part">
          <Sub id={id('claims')} class="bs-since__subtitle">
            {ts(lang, 'since.claimsTitle')}
          </Sub>
          <ul class="bs-since__claims" aria-labelledby={id('claims')}>
            {view.changedClaims.map(({ claim, laterPositions }) => (
              <li key={claim.id} class="bs-since__claim" data-claim={claim.id}>
                <p class="bs-since__claim-title" lang={contentLang}>
                  {claim.title[contentLang]}
                </p>
                <p class="bs-since__status">
                  {ts(lang, 'since.claimStatus', {
                    date: formatIsoDate(claim.status.date, lang),
                    status: t(lang, `status.${claim.status.value}`),
                  })}
                </p>
                <p class="bs-since__status-note" lang={contentLang}>
                  {claim.status.note[contentLang]}
                </p>
                {laterPositions.length > 0 && (
                  <>
                    <p class="bs-since__said">{ts(lang, 'since.laterPositions')}</p>
                    <ul class="bs-since__positions">
                      {laterPositions.map((p, i) => (
                        <li key={i}>
                          <span class="bs-since__holder">
                            {ts(lang, 'since.positionBy', {
                              holder: p.holder[contentLang],
                              date: formatIsoDate(p.date, lang),
                            })}
                          </span>{' '}
                          <span lang={contentLang}>{p.summary[contentLang]}</span>
                          <SourceList sources={resolveSources(pack, p.sources)} lang={lang} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/**
 * "Secretary of Homeland Security when this article was published, until Mar 2026; since Mar 23,
 * 2026, …". One sentence in the dataset text's language, dates included, so role titles and the
 * words around them never mix languages.
 */
export function roleThenNowText(contentLang: Lang, change: RolesThenNow): string {
  const title = (r: Role) => r.title[contentLang];
  const parts: string[] = [];
  for (const role of change.then) {
    parts.push(
      change.ended.includes(role) && role.to
        ? ts(contentLang, 'since.roleThenEnded', { role: title(role), date: formatIsoDate(role.to, contentLang) })
        : ts(contentLang, 'since.roleThen', { role: title(role) }),
    );
  }
  for (const role of change.now) {
    parts.push(ts(contentLang, 'since.roleNow', { date: formatIsoDate(role.from, contentLang), role: title(role) }));
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The then-and-now line of an entity card; nothing when no role changed since the article. */
export function RoleThenNow({ contentLang, change }: { contentLang: Lang; change: RolesThenNow | null }) {
  if (!change) return null;
  return (
    <p class="bs-role-since" lang={contentLang} data-testid="role-then-now">
      {roleThenNowText(contentLang, change)}
    </p>
  );
}
