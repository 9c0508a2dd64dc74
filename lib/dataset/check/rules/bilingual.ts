/** Rule: reader-visible text exists in both languages and was translated. */
import { isRecord, LONG_TEXT_CHARS, type ReportAt, type Segment, type ValidElements } from '../types';

/**
 * Reader-visible en/es pairs: every `{ en: string, es: string }` object (LangText, entity summaries)
 * plus canonical names. Zod has already rejected missing text and LangText that is empty after
 * trimming; this adds untrimmed fields that are blank and long text left untranslated. Names are
 * proper nouns and may legitimately read the same in both languages.
 */
export function checkBilingual(valid: ValidElements, reportAt: ReportAt): { total: number; ok: number } {
  let total = 0;
  let ok = 0;
  const pair = (segments: Segment[], en: string, es: string, mayBeIdentical: boolean, field: Segment[] = []) => {
    total += 1;
    let fine = true;
    for (const [lang, text] of [
      ['en', en],
      ['es', es],
    ] as const) {
      if (text.trim() === '') {
        reportAt([...segments, lang, ...field], 'empty after trimming');
        fine = false;
      }
    }
    if (fine && !mayBeIdentical && en.trim().length > LONG_TEXT_CHARS && en.trim() === es.trim()) {
      reportAt(segments, 'not translated: the English and Spanish texts are identical');
      fine = false;
    }
    if (fine) ok += 1;
  };
  const walk = (node: unknown, segments: Segment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...segments, i]));
      return;
    }
    if (!isRecord(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 2 && typeof node.en === 'string' && typeof node.es === 'string') {
      pair(segments, node.en, node.es, false);
      return;
    }
    if (segments.at(-1) === 'names' && isRecord(node.en) && isRecord(node.es)) {
      const en = node.en.canonical;
      const es = node.es.canonical;
      if (typeof en === 'string' && typeof es === 'string') pair(segments, en, es, true, ['canonical']);
      return;
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...segments, key]);
  };
  if (valid.meta) walk(valid.meta, ['meta']);
  for (const section of ['entities', 'claims', 'timeline'] as const) {
    for (const { value, segments } of valid[section]) walk(value, segments);
  }
  if (valid.topic) walk(valid.topic, ['topic']);
  return { total, ok };
}
