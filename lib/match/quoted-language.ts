/**
 * The language of a sentence or quotation inside an article in the other language: English posts
 * quoted whole in Spanish articles, and quotations in either language, are tested with their own
 * language's claim patterns too (`claims.ts`). Decided by counting each language's function words.
 */
import type { Lang } from '../dataset/schema';

/** Quoted stretches of at least three words, in folded text (quotes are straight after folding). */
export const QUOTED = /"([^"\n]{12,}?)"/g;

/** Enough function words of the other language to call a quotation English or Spanish. */
const LANG_WORDS = {
  en: /\b(?:the|and|of|to|is|are|was|were|that|they|them|their|have|has|not|we|our|this|with|will|for|from|by)\b/gi,
  es: /\b(?:el|los|las|que|del|por|una?|con|para|son|fue|eran|nos|sus|esta|este|como|pero|muy|sin|sobre|desde)\b/gi,
} as const;

/**
 * A whole sentence in `lang` inside an article in the other language (a post quoted without
 * quotation marks): function words of `lang` and none of the article's own. Only tried for English
 * inside Spanish articles (officials' and Bukele's posts are in English): the Spanish patterns need
 * the slower Unicode mode, and a mixed page would pay for them on every sentence.
 */
export function wholly(lang: Lang, text: string): boolean {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  LANG_WORDS[other].lastIndex = 0;
  if (LANG_WORDS[other].test(text)) return false;
  return (text.match(LANG_WORDS[lang]) ?? []).length >= 2;
}

export function looksLike(lang: Lang, text: string): boolean {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const mine = count(LANG_WORDS[lang]);
  return mine >= 2 && mine > 2 * count(LANG_WORDS[other]);
}

/** Whether sentence `probe` is, or quotes, text in `otherLang` (see the loop that tests them). */
export function needsOther(otherLang: Lang, probe: string): boolean {
  if (otherLang === 'en' && probe.length >= 24 && wholly(otherLang, probe)) return true;
  QUOTED.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = QUOTED.exec(probe)) !== null) if (looksLike(otherLang, q[1])) return true;
  return false;
}
