/**
 * A short, dated list of timeline events, oldest first. Approximate dates say so ("around …").
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang, TimelineEvent } from '../../lib/dataset/schema';
import { formatIsoDate, formatPeriod } from '../../lib/present/format';
import { resolveSources } from '../../lib/present/view-model';
import { SourceList } from './source-list';

const { t } = translator(inPageStrings);

function eventDate(ev: TimelineEvent, lang: Lang): string {
  const when = ev.endDate ? formatPeriod(ev.date, ev.endDate, lang) : formatIsoDate(ev.date, lang);
  return ev.approximate ? t(lang, 'date.around', { date: when }) : when;
}

/** Timeline events with their dates and sources. */
export function TimelineExcerpt({
  events,
  pack,
  lang,
  contentLang,
}: {
  events: readonly TimelineEvent[];
  pack: CompiledPack;
  lang: Lang;
  contentLang: Lang;
}) {
  if (events.length === 0) return null;
  return (
    <ol class="bs-timeline">
      {events.map((ev) => (
        <li key={ev.id} class="bs-timeline__event">
          <time class="bs-date" dateTime={ev.date}>
            {eventDate(ev, lang)}
          </time>
          <p class="bs-timeline__text" lang={contentLang}>
            {ev.text[contentLang]}
          </p>
          <SourceList sources={resolveSources(pack, ev.sources)} lang={lang} />
        </li>
      ))}
    </ol>
  );
}
