/**
 * "Since this article was published": the article's own date, then what the pack records as
 * happening after it (most consequential for this article first) and the disputed points on the
 * page whose status has moved on. Without a reliable date it says so and lists nothing; when the
 * article is newer than the pack it says later developments may be missing.
 */
import { useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/dataset/compiled';
import type { Lang } from '../../lib/dataset/schema';
import { sinceStrings, type SinceKey } from '../../lib/i18n/strings/since';
import { translate } from '../../lib/i18n/translate';
import { formatIsoDate, t } from '../../lib/ui/format';
import type { SinceView } from '../../lib/ui/since-model';
import { TimelineExcerpt } from './timeline-excerpt';

/** Events listed before "Show all": enough to tell the story, short enough to scan. */
const FIRST_EVENTS = 4;

function ts(lang: Lang, key: SinceKey, params?: Record<string, string | number>): string {
  return translate(sinceStrings, lang, key, params);
}

export interface SinceSectionProps {
  view: SinceView;
  pack: CompiledPack;
  lang: Lang;
  contentLang: Lang;
  /** The update day the page states, shown beside the publication day. */
  modified?: string | null;
  /** Heading level in the surrounding UI (the panel uses h3, the popup h2). */
  headingLevel?: 2 | 3;
  idPrefix: string;
}

/** The section; always renders the date line, the lists only when there is a date. */
export function SinceSection({ view, pack, lang, contentLang, headingLevel = 3, idPrefix }: SinceSectionProps) {
  const [showAll, setShowAll] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${idPrefix}-since-title`;
  const reviewed = formatIsoDate(pack.meta.reviewedAt, lang);

  if (!view.published) {
    return (
      <section class="bs-since" aria-labelledby={headingId}>
        <Heading id={headingId} class="bs-group__title">
          {ts(lang, 'since.title')}
        </Heading>
        <p class="bs-note">{ts(lang, 'since.unknown')}</p>
      </section>
    );
  }

  const events = showAll ? view.events : view.events.slice(0, FIRST_EVENTS);
  const count = view.events.length;
  const plural = new Intl.PluralRules(lang).select(count) === 'one' ? 'since.events.one' : 'since.events.other';
  return (
    <section class="bs-since" aria-labelledby={headingId}>
      <Heading id={headingId} class="bs-group__title">
        {ts(lang, 'since.title')}
        {count > 0 && <span class="bs-since__count">{` · ${ts(lang, plural, { count })}`}</span>}
      </Heading>
      <p class="bs-note bs-since__date">
        {ts(lang, 'since.published', { date: formatIsoDate(view.published, lang) })}
      </p>
      {view.newerThanPack && <p class="bs-note bs-note--box">{ts(lang, 'since.newerThanPack', { date: reviewed })}</p>}
      {!view.newerThanPack && count === 0 && <p class="bs-note">{ts(lang, 'since.nothingLater', { date: reviewed })}</p>}
      {view.changedClaims.length > 0 && (
        <>
          <p class="bs-since__subtitle">{ts(lang, 'since.claimsTitle')}</p>
          <ul class="bs-list bs-since__claims">
            {view.changedClaims.map((claim) => (
              <li key={claim.id}>
                <strong lang={contentLang}>{claim.title[contentLang]}</strong>{' '}
                {ts(lang, 'since.claimStatus', {
                  date: formatIsoDate(claim.status.date, lang),
                  status: t(lang, `status.${claim.status.value}`),
                })}{' '}
                <span lang={contentLang}>{claim.status.note[contentLang]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <TimelineExcerpt events={events} pack={pack} lang={lang} contentLang={contentLang} />
      {!showAll && count > FIRST_EVENTS && (
        <button type="button" class="bs-link-btn" onClick={() => setShowAll(true)}>
          {ts(lang, 'since.showAll', { count })}
        </button>
      )}
    </section>
  );
}

/** "Secretary of Homeland Security when this article was published; since Mar 2026, …". */
export function roleThenNowText(
  lang: Lang,
  contentLang: Lang,
  change: { then: { title: Record<Lang, string> }[]; now: { title: Record<Lang, string>; from: string }[] },
): string {
  const parts: string[] = [];
  if (change.then.length > 0) {
    parts.push(ts(lang, 'since.roleThen', { role: change.then.map((r) => r.title[contentLang]).join(', ') }));
  }
  for (const role of change.now) {
    parts.push(ts(lang, 'since.roleNow', { date: formatIsoDate(role.from, lang), role: role.title[contentLang] }));
  }
  return parts.join('; ');
}
