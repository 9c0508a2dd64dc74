/**
 * Related entries as buttons that open their cards (a card of their own, not a page jump).
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { Entity, Lang } from '../../lib/dataset/schema';
import { entityName } from '../../lib/present/view-model';
import { KindIcon } from './kind-icon';

const { t } = translator(inPageStrings);

/** Buttons that open related entities' cards; entries not found on the page say so. */
export function RelatedList({
  entities,
  onPage,
  lang,
  contentLang,
  onOpen,
}: {
  entities: readonly Entity[];
  onPage: ReadonlySet<string>;
  lang: Lang;
  contentLang: Lang;
  onOpen(id: string): void;
}) {
  return (
    <ul class="bs-chips">
      {entities.map((e) => (
        <li key={e.id}>
          <button type="button" class={`bs-chip bs-kind--${e.type}`} onClick={() => onOpen(e.id)}>
            <KindIcon kind={e.type} />
            <span lang={contentLang}>{entityName(e, contentLang)}</span>
            <span class="bs-sr-only">, {t(lang, `type.${e.type}`)}</span>
            {!onPage.has(e.id) && <span class="bs-chip__note">{t(lang, 'card.notOnPage')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
