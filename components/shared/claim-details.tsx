/**
 * The body of a disputed point, shared by the in-page card and the popup: the passage as the
 * article words it, the claim, every position with who holds it, when, and its sources, the status,
 * and what is established and unknown. Neutral by construction: positions keep the dataset's order
 * and share one style, with no verdict colours, icons or words, and no photos.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { ClaimView, CompiledPack } from '../../lib/pack/compiled';
import type { Entity, Lang } from '../../lib/dataset/schema';
import { formatIsoDate } from '../../lib/present/format';
import { findEntity, resolveSources } from '../../lib/present/view-model';
import { RelatedList } from './related-list';
import { SourceList } from './source-list';

const { t } = translator(inPageStrings);

export interface ClaimDetailsProps {
  claim: ClaimView;
  pack: CompiledPack;
  /** UI language (labels, dates). */
  lang: Lang;
  /** Dataset text language; defaults to `lang`. */
  contentLang?: Lang;
  /** The article's sentence, shown as quoted; omitted in contexts without a page. */
  excerpt?: string;
  /** BCP 47 language of the excerpt (the page's). */
  excerptLang?: string;
  /**
   * Where the reader has just read the sentence (the in-page card), it is folded away so the card
   * opens on the positions; elsewhere (the popup) it is quoted in full.
   */
  excerptCollapsed?: boolean;
  /** Heading level for the sections, so the body fits under the host's own heading. */
  headingLevel?: 3 | 4;
  /** Prefix for element ids; must be unique in the document or shadow root. */
  idPrefix?: string;
  /** When given, related entities are buttons that call it. */
  onOpenEntity?: (id: string) => void;
  /** Entity ids found on the page, to mark related entries that are not. */
  onPage?: ReadonlySet<string>;
}

/** Disputed-point details, ready to sit under a heading that names the claim. */
export function ClaimDetails(props: ClaimDetailsProps) {
  const { claim, pack, lang } = props;
  const cl = props.contentLang ?? lang;
  const H = (props.headingLevel ?? 3) === 3 ? 'h3' : 'h4';
  const id = (name: string) => `${props.idPrefix ?? `bs-claim-${claim.id}`}-${name}`;
  const total = claim.positions.length;
  const related = claim.related.map((rid) => findEntity(pack, rid)).filter((e): e is Entity => e !== undefined);

  return (
    <div class="bs-claim">
      {props.excerpt && props.excerptCollapsed && (
        <details class="bs-excerpt bs-excerpt--collapsed">
          <summary class="bs-excerpt__caption">{t(lang, 'claim.showExcerpt')}</summary>
          <blockquote class="bs-excerpt__text" lang={props.excerptLang}>
            {props.excerpt}
          </blockquote>
        </details>
      )}
      {props.excerpt && !props.excerptCollapsed && (
        <figure class="bs-excerpt">
          <figcaption class="bs-excerpt__caption">{t(lang, 'claim.inArticle')}</figcaption>
          <blockquote class="bs-excerpt__text" lang={props.excerptLang}>
            {props.excerpt}
          </blockquote>
        </figure>
      )}

      <section class="bs-section" aria-labelledby={id('claim')}>
        <H class="bs-section__title" id={id('claim')}>
          {t(lang, 'claim.theClaim')}
        </H>
        <p class="bs-claim__text" lang={cl}>
          {claim.claim[cl]}
        </p>
      </section>

      <section class="bs-section" aria-labelledby={id('positions')}>
        <H class="bs-section__title" id={id('positions')}>
          {t(lang, 'claim.positions')}
        </H>
        <p class="bs-note">{t(lang, 'claim.neutralNote')}</p>
        <ol class="bs-positions">
          {claim.positions.map((p, i) => (
            <li key={i} class="bs-position">
              <p class="bs-position__holder">
                <span class="bs-sr-only">
                  {t(lang, 'claim.position', { n: i + 1, total })}. {t(lang, 'claim.heldBy')}:{' '}
                </span>
                <span lang={cl}>{p.holder[cl]}</span>
              </p>
              <p class="bs-position__date">
                <time dateTime={p.date}>{t(lang, 'claim.stated', { date: formatIsoDate(p.date, lang) })}</time>
              </p>
              <p class="bs-position__summary" lang={cl}>
                {p.summary[cl]}
              </p>
              <SourceList sources={resolveSources(pack, p.sources)} lang={lang} />
            </li>
          ))}
        </ol>
      </section>

      <section class="bs-section" aria-labelledby={id('status')}>
        <H class="bs-section__title" id={id('status')}>
          {t(lang, 'claim.status')}
        </H>
        <p class="bs-status">
          <span class="bs-status__label">{t(lang, `status.${claim.status.value}`)}</span>
          {' · '}
          <time dateTime={claim.status.date}>{formatIsoDate(claim.status.date, lang)}</time>
        </p>
        <p class="bs-status__note" lang={cl}>
          {claim.status.note[cl]}
        </p>
      </section>

      {claim.established.length > 0 && (
        <section class="bs-section" aria-labelledby={id('established')}>
          <H class="bs-section__title" id={id('established')}>
            {t(lang, 'claim.established')}
          </H>
          <ul class="bs-list" lang={cl}>
            {claim.established.map((item) => (
              <li key={item.en}>{item[cl]}</li>
            ))}
          </ul>
        </section>
      )}

      {claim.unknown.length > 0 && (
        <section class="bs-section" aria-labelledby={id('unknown')}>
          <H class="bs-section__title" id={id('unknown')}>
            {t(lang, 'claim.unknown')}
          </H>
          <ul class="bs-list" lang={cl}>
            {claim.unknown.map((item) => (
              <li key={item.en}>{item[cl]}</li>
            ))}
          </ul>
        </section>
      )}

      {related.length > 0 && props.onOpenEntity && (
        <section class="bs-section" aria-labelledby={id('related')}>
          <H class="bs-section__title" id={id('related')}>
            {t(lang, 'card.related')}
          </H>
          <RelatedList
            entities={related}
            onPage={props.onPage ?? new Set(related.map((e) => e.id))}
            lang={lang}
            contentLang={cl}
            onOpen={props.onOpenEntity}
          />
        </section>
      )}
    </div>
  );
}
