/**
 * The popup's first section: is this page an article about the story, why (in sentences built
 * from the topic signals found), and how many highlights were drawn.
 */
import { translator } from '../../lib/i18n/translate';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import type { PageReport } from '../../lib/report/report';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import { readableReasons } from '../../lib/present/topic-reasons';
import { Disclosure } from './disclosure';
import { pageVerdict } from './popup-model';

const { t } = translator(POPUP_STRINGS);

/** The number of highlights drawn on the page; e2e tests read `data-testid="highlight-count"`. */
export function HighlightCount({ lang, count }: { lang: Lang; count: number }) {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'highlights.one' : 'highlights.other';
  return (
    <p class="highlight-count">
      <strong data-testid="highlight-count">{count}</strong> {t(lang, form)}
    </p>
  );
}

export interface PageSummaryProps {
  lang: Lang;
  report: PageReport;
  highlightCount: number;
  /** For readable reasons (the signals' names); without it the recorded reasons are shown. */
  pack?: CompiledPack;
}

/** Topic state, reasons and highlight count. */
export function PageSummary({ lang, report, highlightCount, pack }: PageSummaryProps) {
  const verdict = pageVerdict(report);
  const reasons = pack ? readableReasons(report.topic, pack, lang) : report.topic.reasons;
  const message =
    verdict === 'on-topic' ? 'page.onTopic' : verdict === 'off-topic' ? 'page.offTopic' : 'page.notArticle';
  return (
    <section class="section" aria-labelledby="page-heading">
      <h2 id="page-heading">{t(lang, 'section.page')}</h2>
      <p class={`verdict verdict-${verdict}`} data-testid="topic-state" data-state={verdict}>
        {t(lang, message)}
      </p>
      <HighlightCount lang={lang} count={highlightCount} />
      <Disclosure class="reasons" summary={t(lang, verdict === 'on-topic' ? 'page.whyMatched' : 'page.whyNotMatched')}>
        {() =>
          reasons.length > 0 ? (
            <ul class="reason-list">
              {reasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t(lang, 'page.noReasons')}</p>
          )
        }
      </Disclosure>
    </section>
  );
}
