/** "Scan this page", its progress and its outcome. */
import type { Lang } from '../../lib/dataset/schema';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import { translator } from '../../lib/i18n/translate';
import type { ScanState } from './popup-model';

const { t } = translator(POPUP_STRINGS);

export interface ScanControlProps {
  lang: Lang;
  scan: ScanState;
  onScan(): void;
  /** Scanning is the secondary action (the page was already checked). */
  quiet?: boolean;
}

export function ScanControl({ lang, scan, onScan, quiet = false }: ScanControlProps) {
  return (
    <div class="scan">
      {scan.kind !== 'running' && (
        <button
          type="button"
          class={quiet ? 'button button-quiet' : 'button'}
          data-testid="scan-button"
          onClick={onScan}
        >
          {t(lang, scan.kind === 'idle' && !quiet ? 'scan.button' : 'scan.again')}
        </button>
      )}
      <div role="status" aria-live="polite" class="scan-status">
        {scan.kind === 'running' && (
          <p>
            <span class="spinner" aria-hidden="true" />
            {t(lang, 'scan.running')}
          </p>
        )}
        {scan.kind === 'done' && !scan.found && <p>{t(lang, 'scan.noResult')}</p>}
      </div>
      {scan.kind === 'error' && (
        <div role="alert" class="notice">
          <p>
            <strong>{t(lang, 'scan.error')}</strong>
          </p>
          <p>{t(lang, 'scan.errorDetail')}</p>
        </div>
      )}
    </div>
  );
}
