/** String lookup for the options page. */
import type { Lang } from '../../lib/dataset/schema';
import { OPTIONS_STRINGS, type OptionsKey } from '../../lib/i18n/strings/options';
import { translate } from '../../lib/i18n/translate';

/** Translate an options-page string. */
export function to(lang: Lang, key: OptionsKey, params?: Record<string, string | number>): string {
  return translate(OPTIONS_STRINGS, lang, key, params);
}
