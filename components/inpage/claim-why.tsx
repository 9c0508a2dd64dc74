/**
 * Why a passage is linked to a disputed point: the words that matched, as they read in the page,
 * and whether it rests on an earlier sentence of its paragraph.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { PageReport } from '../../lib/report/report';
import type { Lang } from '../../lib/dataset/schema';

const { t } = translator(inPageStrings);

export interface ClaimWhyProps {
  report: PageReport;
  claimId: string;
  /** Start offset of the passage under the pointer; else the claim's first passage. */
  hoveredStart?: number;
  lang: Lang;
}

export function ClaimWhy({ report, claimId, hoveredStart, lang }: ClaimWhyProps) {
  const hits = report.disputed.filter((d) => d.id === claimId);
  const why = (hits.find((d) => d.start === hoveredStart) ?? hits[0])?.why;
  if (!why || why.terms.length === 0) return null;
  const quote = (word: string) => (lang === 'es' ? `«${word}»` : `“${word}”`);
  return (
    <p class="bs-claim-why">
      {t(lang, 'claim.why', { terms: why.terms.map(quote).join(', ') })}
      {why.carried ? <> {t(lang, 'claim.whyCarried')}</> : null}
    </p>
  );
}
