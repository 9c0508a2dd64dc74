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

export type Params = Record<string, string | number>;

/** Keys of a table that have `.one` and `.other` forms, by their base ("found" for "found.one"). */
export type PluralBase<K extends string> = K extends `${infer B}.one` ? B : never;

export interface Translator<K extends string> {
  /** Look up `key` and replace `{name}` placeholders with `params`. */
  t(lang: Lang, key: K, params?: Params): string;
  /** The `.one` or `.other` form of `base` for `count` by the language's plural rules, `{count}` filled in. */
  plural(lang: Lang, base: PluralBase<K>, count: number): string;
}

/**
 * The one way to read a string table. The language is given on every call rather than bound once:
 * one view often speaks two (the extension's own language for labels, the page's for dataset text).
 */
export function translator<K extends string>(table: StringTable<K>): Translator<K> {
  const t = (lang: Lang, key: K, params: Params = {}): string => {
    const template = table[lang][key] ?? table.en[key];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };
  const plural = (lang: Lang, base: PluralBase<K>, count: number): string => {
    const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
    return t(lang, `${base}.${form}` as K, { count });
  };
  return { t, plural };
}
