/**
 * The names found on the page, grouped as the in-page panel groups them, each with its number of
 * mentions, in reading order.
 */
import { translator } from '../../lib/i18n/translate';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import type { PageReport } from '../../lib/report/report';
import type { Lang } from '../../lib/dataset/schema';
import type { CompiledPack } from '../../lib/pack/compiled';
import { buildPanelGroups, packLabel, type PanelGroupId } from '../../lib/present/view-model';
import type { PopupKey } from '../../lib/i18n/strings/popup';

const { t, plural } = translator(POPUP_STRINGS);

const GROUP_LABEL: Record<Exclude<PanelGroupId, 'disputed'>, PopupKey> = {
  people: 'group.people',
  organizations: 'group.organizations',
  places: 'group.places',
  laws: 'group.laws',
  events: 'group.events',
};

/** Entities found, by group, with mention counts. */
export function EntityGroups(props: { lang: Lang; contentLang?: Lang; pack?: CompiledPack; report: PageReport }) {
  const { lang, report } = props;
  const labelOf = props.pack ? packLabel(props.pack, props.contentLang ?? lang) : undefined;
  const groups = buildPanelGroups(report, labelOf).filter((g) => g.id !== 'disputed');
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section class="section" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t(lang, 'section.entities', { count: total })}</h2>
      {total === 0 && <p class="muted">{t(lang, 'entities.none')}</p>}
      {groups.map((group) => {
        const name = t(lang, GROUP_LABEL[group.id as Exclude<PanelGroupId, 'disputed'>]);
        const headingId = `group-${group.id}`;
        return (
          <div class="entity-group" key={group.id} data-group={group.id}>
            <h3 id={headingId}>{t(lang, 'group.count', { group: name, count: group.items.length })}</h3>
            <ul aria-labelledby={headingId} class="entity-list">
              {group.items.map((item) => (
                <li key={item.key} data-entity={item.target.id}>
                  <span class="entity-name" lang={props.contentLang ?? lang}>
                    {item.label}
                  </span>
                  <span class="count">{plural(lang, 'mentions', item.count)}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
