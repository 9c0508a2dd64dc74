/**
 * The disputed points found on the page, each a disclosure that opens into the same body as its
 * in-page card (`ClaimDetails`), so the popup and the card can never say different things.
 */
import { translator } from '../../lib/i18n/translate';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import type { PageReport } from '../../lib/report/report';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import { buildPanelGroups, findClaim } from '../../lib/present/view-model';
import { ClaimDetails } from '../shared/claim-details';
import { Disclosure } from './disclosure';

const { t, plural } = translator(POPUP_STRINGS);

export interface DisputedPointsProps {
  lang: Lang;
  contentLang: Lang;
  pack: CompiledPack;
  report: PageReport;
}

/** Disputed points with expandable positions, in reading order. */
export function DisputedPoints({ lang, contentLang, pack, report }: DisputedPointsProps) {
  const items = buildPanelGroups(report).find((g) => g.id === 'disputed')?.items ?? [];
  return (
    <section class="section" aria-labelledby="disputed-heading">
      <h2 id="disputed-heading">{t(lang, 'section.disputed', { count: items.length })}</h2>
      {items.length === 0 && <p class="muted">{t(lang, 'disputed.none')}</p>}
      {items.length > 0 && (
        <ul class="disputed-list">
          {items.map((item) => {
            const claim = findClaim(pack, item.target.id);
            const title = claim ? claim.title[contentLang] : item.label;
            return (
              <li key={item.key} data-claim={item.target.id}>
                <Disclosure
                  headingLevel={3}
                  summary={
                    <>
                      <span class="disputed-title" lang={contentLang}>
                        {title}
                      </span>
                      <span class="count">{plural(lang, 'disputed.passages', item.count)}</span>
                    </>
                  }
                >
                  {() =>
                    claim ? (
                      <ClaimDetails
                        claim={claim}
                        pack={pack}
                        lang={lang}
                        contentLang={contentLang}
                        excerpt={item.excerpt}
                        excerptLang={report.lang || undefined}
                        headingLevel={4}
                        idPrefix={`popup-claim-${claim.id}`}
                      />
                    ) : (
                      <p class="muted">{t(lang, 'disputed.missing')}</p>
                    )
                  }
                </Disclosure>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
