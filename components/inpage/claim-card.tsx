/**
 * The in-page card for a disputed point: the shared frame around `ClaimDetails`.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { PageReport } from '../../lib/report/report';
import type { ClaimView, CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import { formatIsoDate } from '../../lib/present/format';
import { claimExcerpt } from '../../lib/present/view-model';
import { CardShell } from './card-shell';
import { ClaimDetails } from '../shared/claim-details';
import { ClaimWhy } from './claim-why';

const { t } = translator(inPageStrings);

export interface ClaimCardProps {
  claim: ClaimView;
  pack: CompiledPack;
  report: PageReport;
  lang: Lang;
  contentLang: Lang;
  /** Start offset of the passage under the pointer: that passage is quoted. */
  hoveredStart?: number;
  titleId: string;
  onClose(): void;
  onOpenEntity(id: string): void;
  onBack?: () => void;
  backLabel?: string;
}

/** Disputed-point card. */
export function ClaimCard(props: ClaimCardProps) {
  const { claim, pack, report, lang, contentLang } = props;
  const onPage = new Set(report.entities.filter((e) => e.mentions.length > 0).map((e) => e.id));
  return (
    <CardShell
      kind="disputed"
      title={claim.title[contentLang]}
      titleLang={contentLang}
      titleId={props.titleId}
      lang={lang}
      footer={t(lang, 'card.asOf', { date: formatIsoDate(pack.meta.reviewedAt, lang) })}
      onClose={props.onClose}
      onBack={props.onBack}
      backLabel={props.backLabel}
    >
      <ClaimDetails
        claim={claim}
        pack={pack}
        lang={lang}
        contentLang={contentLang}
        excerpt={claimExcerpt(report, claim.id, props.hoveredStart)}
        excerptLang={report.lang || undefined}
        excerptCollapsed
        idPrefix={props.titleId}
        onOpenEntity={props.onOpenEntity}
        onPage={onPage}
      />
      <ClaimWhy report={report} claimId={claim.id} hoveredStart={props.hoveredStart} lang={lang} />
    </CardShell>
  );
}
