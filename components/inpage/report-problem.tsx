/**
 * "Report a problem with this card": a short report the reader copies and sends however they
 * choose. Backstory itself sends nothing: there is no request, no mail client opened for them, and
 * the page's address is in the report only when the reader ticks the box for it. The report text
 * stays visible, so the reader sees every word before it leaves the card.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';

const { t } = translator(inPageStrings);

export interface ProblemReportInfo {
  /** `entity:<id>` or `claim:<id>`. */
  card: string;
  /** The card's title as shown. */
  title: string;
  packId: string;
  packVersion: string;
  reviewedAt: string;
  pageUrl: string;
}

/** The report's text; the page address only with `withUrl`. Field names stay English for the team. */
export function problemReportText(info: ProblemReportInfo, withUrl: boolean, lang: Lang): string {
  return [
    'Backstory: problem report',
    `Card: ${info.card} (${info.title})`,
    `Dataset: ${info.packId} ${info.packVersion}, reviewed ${info.reviewedAt}`,
    ...(withUrl ? [`Page: ${info.pageUrl}`] : []),
    t(lang, 'report.what'),
  ].join('\n');
}

export function ReportProblem({ info, lang, doc }: { info: ProblemReportInfo; lang: Lang; doc: Document }) {
  const [withUrl, setWithUrl] = useState(false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = problemReportText(info, withUrl, lang);

  const copy = async () => {
    const value = area.current?.value ?? text;
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
      return;
    } catch {
      // No async clipboard here (an http page, or no permission): the selection route.
    }
    const el = area.current;
    el?.focus();
    el?.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    setStatus(ok ? 'copied' : 'failed');
  };

  return (
    <details class="bs-report" onToggle={() => setStatus('idle')}>
      <summary>{t(lang, 'report.title')}</summary>
      <p class="bs-note">{t(lang, 'report.intro')}</p>
      <label class="bs-report__check">
        <input
          type="checkbox"
          checked={withUrl}
          onChange={(e) => {
            setWithUrl(e.currentTarget.checked);
            setStatus('idle');
          }}
        />
        <span>{t(lang, 'report.includeUrl')}</span>
      </label>
      <label class="bs-report__label" for="bs-report-text">
        {t(lang, 'report.text')}
      </label>
      <textarea id="bs-report-text" ref={area} class="bs-report__text" rows={5} value={text} spellcheck={false} />
      <div class="bs-report__actions">
        <button type="button" class="bs-report__copy" onClick={() => void copy()}>
          {t(lang, 'report.copy')}
        </button>
        <span role="status" class="bs-note">
          {status === 'copied' ? t(lang, 'report.copied') : status === 'failed' ? t(lang, 'report.copyFailed') : ''}
        </span>
      </div>
    </details>
  );
}
