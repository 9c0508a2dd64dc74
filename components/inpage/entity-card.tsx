/**
 * The card for a person, organisation, place, law, case, event or policy: who or what it is, the
 * role with its dates (a role that has ended reads "Former …" with its term), dated and sourced key
 * facts, a short timeline, related entries, and why this text was highlighted.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { PageReport } from '../../lib/report/report';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Entity, Lang } from '../../lib/dataset/schema';
import { formatIsoDate, formatPeriod } from '../../lib/present/format';
import {
  entityName,
  findEntity,
  matchedAliases,
  resolveSources,
  selectFacts,
  selectRoles,
  selectTimeline,
  type RoleView,
} from '../../lib/present/view-model';
import { CardShell } from './card-shell';
import { RelatedList } from '../shared/related-list';
import { SourceList } from '../shared/source-list';
import { lastChecked } from '../../lib/present/view-model';
import { TimelineExcerpt } from '../shared/timeline-excerpt';
import { rolesThenAndNow } from '../../lib/present/since-model';
import { RoleThenNow } from '../shared/since-section';

const { t, plural } = translator(inPageStrings);

export interface EntityCardProps {
  entity: Entity;
  pack: CompiledPack;
  report: PageReport;
  /** UI language (labels, dates). */
  lang: Lang;
  /** Dataset text language (names, summaries, facts). */
  contentLang: Lang;
  now: Date;
  /** Start offset of the mention under the pointer, for "why highlighted". */
  hoveredStart?: number;
  titleId: string;
  onClose(): void;
  onOpenEntity(id: string): void;
  onBack?: () => void;
  backLabel?: string;
}

/**
 * "Former Secretary of Homeland Security" + "Jan 2025 – Mar 2026", or "Secretary …" + "since Jan
 * 2025". The label is in the dataset text's language so "Former" and the title never mix languages;
 * the dates follow the UI language like every other date.
 */
export function roleText(view: RoleView, lang: Lang, contentLang: Lang): { label: string; period: string } {
  const title = view.role.title[contentLang];
  if (view.former) {
    return {
      label: t(contentLang, 'role.former', { title }),
      period: formatPeriod(view.role.from, view.role.to, lang),
    };
  }
  return {
    label: t(contentLang, 'role.current', { title }),
    period: t(lang, 'role.since', { from: formatIsoDate(view.role.from, lang) }),
  };
}

/** Full entity card content inside the shared card frame. */
export function EntityCard(props: EntityCardProps) {
  const { entity, pack, report, lang, contentLang, now } = props;
  const roles = selectRoles(entity, now);
  const facts = selectFacts(entity);
  const timeline = selectTimeline(pack, entity.id);
  const related = entity.related
    .map((id) => findEntity(pack, id))
    .filter((e): e is Entity => e !== undefined && e.id !== entity.id);
  const onPage = new Set(report.entities.filter((e) => e.mentions.length > 0).map((e) => e.id));
  const why = matchedAliases(report, entity.id, props.hoveredStart);
  const sectionId = (name: string) => `${props.titleId}-${name}`;

  return (
    <CardShell
      kind={entity.type}
      title={entityName(entity, contentLang)}
      titleLang={contentLang}
      titleId={props.titleId}
      lang={lang}
      footer={t(lang, 'card.asOf', { date: formatIsoDate(pack.meta.reviewedAt, lang) })}
      onClose={props.onClose}
      onBack={props.onBack}
      backLabel={props.backLabel}
    >
      {roles.length > 0 && (
        <ul class="bs-roles">
          {roles.map((view) => {
            const { label, period } = roleText(view, lang, contentLang);
            return (
              <li
                key={`${view.role.from}-${view.role.title.en}`}
                class={view.former ? 'bs-role bs-role--former' : 'bs-role'}
              >
                <span class="bs-role__title" lang={contentLang}>
                  {label}
                </span>{' '}
                <span class="bs-role__period">{view.former ? `(${period})` : `· ${period}`}</span>
              </li>
            );
          })}
        </ul>
      )}
      <RoleThenNow
        contentLang={contentLang}
        change={report.topic.onTopic ? rolesThenAndNow(entity, report.published, now) : null}
      />
      <p class="bs-summary" lang={contentLang}>
        {entity.summary[contentLang]}
      </p>

      {facts.length > 0 && (
        <section class="bs-section" aria-labelledby={sectionId('facts')}>
          <h3 class="bs-section__title" id={sectionId('facts')}>
            {t(lang, 'card.keyFacts')}
          </h3>
          <ul class="bs-facts">
            {facts.map((fact) => (
              <li key={`${fact.date}-${fact.text.en}`} class="bs-fact">
                <time class="bs-date" dateTime={fact.date}>
                  {formatPeriod(fact.date, fact.endDate, lang)}
                </time>
                <p class="bs-fact__text" lang={contentLang}>
                  {fact.text[contentLang]}
                </p>
                {fact.mayChange && (
                  <p class="bs-fact__may-change" data-testid="fact-may-change">
                    {t(lang, 'fact.mayHaveChanged', {
                      date: formatIsoDate(lastChecked(fact.sources) ?? pack.meta.reviewedAt, lang),
                    })}
                  </p>
                )}
                <SourceList sources={resolveSources(pack, fact.sources)} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {timeline.length > 0 && (
        <section class="bs-section" aria-labelledby={sectionId('timeline')}>
          <h3 class="bs-section__title" id={sectionId('timeline')}>
            {t(lang, 'card.timeline')}
          </h3>
          <TimelineExcerpt events={timeline} pack={pack} lang={lang} contentLang={contentLang} />
        </section>
      )}

      {related.length > 0 && (
        <section class="bs-section" aria-labelledby={sectionId('related')}>
          <h3 class="bs-section__title" id={sectionId('related')}>
            {t(lang, 'card.related')}
          </h3>
          <RelatedList
            entities={related}
            onPage={onPage}
            lang={lang}
            contentLang={contentLang}
            onOpen={props.onOpenEntity}
          />
        </section>
      )}

      {why.count > 0 && (
        <section class="bs-section bs-why" aria-labelledby={sectionId('why')}>
          <h3 class="bs-section__title" id={sectionId('why')}>
            {t(lang, 'card.whyHighlighted')}
          </h3>
          <p>
            {t(lang, 'card.whyHighlightedText', { aliases: why.aliases.map((a) => `“${a}”`).join(', ') })}{' '}
            <span class="bs-muted">{plural(lang, 'card.mentions', why.count)}</span>
          </p>
        </section>
      )}
    </CardShell>
  );
}
