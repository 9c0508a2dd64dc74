/** The options page's live line: "Saved", a failed save, or why a permission was not granted. */
import type { Lang } from '../../lib/dataset/schema';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { translator } from '../../lib/i18n/translate';
import type { SaveStatus } from './use-options-state';

const { t } = translator(OPTIONS_STRINGS);

export function SaveStatusLine({ lang, status }: { lang: Lang; status: SaveStatus }) {
  let text = '';
  if (status.kind === 'saved') text = t(lang, 'status.saved');
  if (status.kind === 'error') text = t(lang, 'status.error');
  if (status.kind === 'message') text = status.text;
  return (
    <p class={`save-status save-status-${status.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
