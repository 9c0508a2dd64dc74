/**
 * The hover preview: what a reader needs to decide whether to open the card. For a disputed point,
 * its title, the claim in one line, and "N positions · status"; for a name, its title, role and
 * dates, and the summary's first line. The full card opens on click or Enter.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { ClaimView, CompiledPack } from '../../lib/pack/compiled';
import type { Entity, Lang } from '../../lib/dataset/schema';
import { entityName, selectRoles } from '../../lib/present/view-model';
import { roleText } from './entity-card';
import { KindIcon } from '../shared/kind-icon';

const { t, plural } = translator(inPageStrings);

export interface CardPreviewProps {
  pack: CompiledPack;
  lang: Lang;
  contentLang: Lang;
  now: Date;
  titleId: string;
  entity?: Entity;
  claim?: ClaimView;
}

/** The first sentence of `text`, so a preview keeps to one line of meaning. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return m ? m[1] : text.trim();
}

export function CardPreview({ lang, contentLang, now, titleId, entity, claim }: CardPreviewProps) {
  const kind = entity ? entity.type : 'disputed';
  const title = entity ? entityName(entity, contentLang) : claim!.title[contentLang];
  let meta = '';
  if (claim) {
    meta = `${plural(lang, 'preview.positions', claim.positions.length)} · ${t(lang, `status.${claim.status.value}`)}`;
  } else if (entity) {
    const role = selectRoles(entity, now, 1)[0];
    if (role) {
      const { label, period } = roleText(role, lang, contentLang);
      meta = `${label} · ${period}`;
    }
  }
  const line = entity ? firstSentence(entity.summary[contentLang]) : firstSentence(claim!.claim[contentLang]);
  return (
    <div class={`bs-card__frame bs-preview bs-kind--${kind}`}>
      <p class="bs-badge">
        <KindIcon kind={kind} />
        <span>{t(lang, `type.${kind}`)}</span>
      </p>
      <h2 id={titleId} class="bs-card__title" lang={contentLang}>
        {title}
      </h2>
      {meta && <p class="bs-preview__meta">{meta}</p>}
      <p class="bs-preview__line" lang={contentLang}>
        {line}
      </p>
      <p class="bs-preview__hint">{t(lang, 'preview.more')}</p>
    </div>
  );
}
