/**
 * Why a page was (or was not) taken as an article about the story, in sentences a reader can follow
 * ("The headline names CECOT and Kristi Noem."), in the UI's language, built from the topic signals
 * the analysis found and where. Scores and thresholds stay out: they explain the tuning, not the page.
 */
import type { TopicResult } from '../report/report';
import type { CompiledPack } from '../pack/compiled';
import type { Lang } from '../dataset/schema';
import { inPageStrings } from '../i18n/strings/inpage';
import { translator } from '../i18n/translate';

const { t } = translator(inPageStrings);

type Place = 'headline' | 'lead' | 'body';
const PLACES: Place[] = ['headline', 'lead', 'body'];

/** "A, B and C" in `lang`. */
export function listOf(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return `${items.slice(0, -1).join(', ')} ${lang === 'es' ? 'y' : 'and'} ${items.at(-1)}`;
  }
}

/**
 * Readable reasons, in order: what the headline, the opening and the rest of the text name; terms
 * that point to another story; and for a page not taken, which condition it missed. A report from
 * before `matched` existed gets its recorded reasons without the score line.
 */
export function readableReasons(topic: TopicResult, pack: CompiledPack, lang: Lang): string[] {
  if (!topic.matched) return topic.reasons.filter((r) => !/\d\s*[≥<]\s*\d/.test(r));
  const signals = new Map([...pack.topic.signals, ...pack.topic.negatives].map((s) => [s.id, s]));
  const label = (id: string) => signals.get(id)?.label[lang] ?? id;
  const out: string[] = [];
  const named = new Set<string>();
  for (const place of PLACES) {
    const labels: string[] = [];
    for (const m of topic.matched) {
      if (m.place !== place || m.against) continue;
      const text = label(m.signal);
      // Said once, where it first appears: the body adds only what the top did not name.
      if (named.has(text)) continue;
      named.add(text);
      labels.push(text);
    }
    if (labels.length > 0) out.push(t(lang, `why.${place}`, { terms: listOf(labels, lang) }));
  }
  const against = [...new Set(topic.matched.filter((m) => m.against).map((m) => label(m.signal)))];
  if (against.length > 0) out.push(t(lang, 'why.against', { terms: listOf(against, lang) }));
  if (!topic.onTopic) {
    const anchors = new Set(pack.topic.anchors);
    const anchored = topic.matched.some((m) => !m.against && m.place !== 'body' && anchors.has(m.signal));
    const required = pack.topic.requireAny ?? [];
    const storyNamed = required.length === 0 || topic.matched.some((m) => !m.against && required.includes(m.signal));
    if (!anchored) out.push(t(lang, 'why.noAnchor'));
    else if (!storyNamed) out.push(t(lang, 'why.notStory'));
    else out.push(t(lang, 'why.tooFew'));
  }
  return out;
}
