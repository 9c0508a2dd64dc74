/** After a scan found the story on a site where Backstory runs on request: offer to run there always. */
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import { translator } from '../../lib/i18n/translate';

const { t } = translator(POPUP_STRINGS);

export interface AlwaysRunProps {
  lang: Lang;
  site: string;
  /** Backstory already runs there by itself. */
  already: boolean;
  onAlwaysRun(site: string): Promise<boolean>;
}

export function AlwaysRun({ lang, site, already, onAlwaysRun }: AlwaysRunProps) {
  const [state, setState] = useState<'offer' | 'done' | 'denied'>('offer');
  // Already running by itself there (and not just granted in this popup): nothing to offer.
  if (already && state === 'offer') return null;
  return (
    <div class="always-run" data-testid="always-run">
      {state === 'offer' && <p class="muted">{t(lang, 'always.lasts', { site })}</p>}
      {state === 'offer' && (
        <button
          type="button"
          class="button"
          onClick={() =>
            void onAlwaysRun(site).then(
              (ok) => setState(ok ? 'done' : 'denied'),
              () => setState('denied'),
            )
          }
        >
          {t(lang, 'always.button', { site })}
        </button>
      )}
      <p role="status" class="muted">
        {state === 'done' && t(lang, 'always.done', { site })}
        {state === 'denied' && t(lang, 'always.denied', { site })}
      </p>
    </div>
  );
}
