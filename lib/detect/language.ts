/**
 * The article's language: the caller's choice, else what the page declares, unless the text itself
 * clearly says otherwise (sites that serve Spanish articles under `<html lang="en">`).
 */

const STOPWORDS: Record<'en' | 'es', RegExp> = {
  en: /\b(?:the|and|of|to|was|were|with|that|this|from|have|has|said|for)\b/gi,
  es: /\b(?:el|los|las|del|que|una|por|con|para|fue|como|según|dijo|sus|entre)\b/gi,
};

/** How much text the stopword count reads; a few paragraphs are plenty. */
const SAMPLE_CHARS = 4000;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

/** `en` or `es` from the text alone, or null when the text is too short or mixed to tell. */
export function guessLanguageFromText(text: string): 'en' | 'es' | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const en = countMatches(STOPWORDS.en, sample);
  const es = countMatches(STOPWORDS.es, sample);
  if (en + es < 12) return null;
  if (en >= 3 * es) return 'en';
  if (es >= 3 * en) return 'es';
  return null;
}

/** `en` or `es` by simple majority of stopwords: for pages that declare no language at all. */
export function majorityLanguage(text: string): 'en' | 'es' | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const en = countMatches(STOPWORDS.en, sample);
  const es = countMatches(STOPWORDS.es, sample);
  if (en + es < 12 || en === es) return null;
  return es > en ? 'es' : 'en';
}

/** BCP 47 primary subtag, lower case. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
}

/** Decide the article language (primary subtag). */
export function detectLanguage(doc: Document, text: string, requested?: string, declared?: string): string {
  if (requested) return primaryLanguage(requested);
  const guess = guessLanguageFromText(text);
  const fromPage =
    primaryLanguage(declared) ||
    primaryLanguage(doc.documentElement?.getAttribute('lang')) ||
    primaryLanguage(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')) ||
    primaryLanguage(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  if (guess && fromPage !== guess && (fromPage === 'en' || fromPage === 'es' || fromPage === '')) return guess;
  // Nothing declared and the text mixed (a Spanish story quoting English): the majority decides.
  return fromPage || guess || majorityLanguage(text) || 'en';
}
