/**
 * UI strings in our own tables rather than `browser.i18n`: cards can follow the page's language,
 * which `browser.i18n` (fixed to the browser's UI language) cannot do. `_locales/` still holds the
 * manifest's name and description.
 */
import type { Lang } from '../dataset/schema';

export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

/** Pick a supported language from a BCP 47 tag, falling back to English. */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Look up `key` and replace `{name}` placeholders with `params`. */
export function translate<K extends string>(
  table: StringTable<K>,
  lang: Lang,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const template = table[lang][key] ?? table.en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
