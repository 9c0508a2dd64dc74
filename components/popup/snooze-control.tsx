/** Pause Backstory on the site for the session, or resume it; in a private window, why not. */
import type { Lang } from '../../lib/dataset/schema';
import { POPUP_STRINGS } from '../../lib/i18n/strings/popup';
import { translator } from '../../lib/i18n/translate';
import type { SnoozeOffer } from './popup-model';

const { t } = translator(POPUP_STRINGS);

export interface SnoozeControlProps {
  lang: Lang;
  offer: SnoozeOffer;
  onChange(site: string, snoozed: boolean): void;
}

export function SnoozeControl({ lang, offer, onChange }: SnoozeControlProps) {
  if (offer.kind === 'none') return null;
  if (offer.kind === 'private') {
    return (
      <p class="muted" data-testid="private-note">
        {t(lang, 'private.note')}
      </p>
    );
  }
  const { site, snoozed } = offer;
  return (
    <section class="snooze" aria-label={t(lang, snoozed ? 'snooze.resume' : 'snooze.button', { site })}>
      {snoozed && (
        <p class="muted" role="status">
          {t(lang, 'snooze.active', { site })}
        </p>
      )}
      <button
        type="button"
        class="link-button"
        aria-describedby={snoozed ? undefined : 'snooze-help'}
        onClick={() => onChange(site, !snoozed)}
      >
        {t(lang, snoozed ? 'snooze.resume' : 'snooze.button', { site })}
      </button>
      {!snoozed && (
        <p id="snooze-help" class="visually-hidden">
          {t(lang, 'snooze.help')}
        </p>
      )}
    </section>
  );
}
