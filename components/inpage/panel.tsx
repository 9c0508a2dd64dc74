/**
 * The reading panel: everything Backstory found on the page, grouped and in reading order, as a
 * list of buttons. Choosing one scrolls the page to its first mention, marks it and opens its card.
 * This is the route for keyboard and screen-reader users, who cannot hover the highlights.
 *
 * It is a non-modal dialog (`aria-modal="false"`): it has no backdrop, the article stays readable
 * and scrollable beside it, and the reader jumps between list and text, so declaring the rest of
 * the page inert would be untrue. Focus still moves into it on open, Tab cycles inside it, and
 * Escape closes it and returns focus to where it was.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import { useEffect, useRef } from 'preact/hooks';
import type { PageReport } from '../../lib/report/report';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import type { HighlightKind } from '../../lib/dom/highlight';
import { focusableIn, moveInList, wrapTab } from '../../lib/inpage/focus';
import { formatIsoDate } from '../../lib/present/format';
import {
  buildPanelGroups,
  countFound,
  packLabel,
  type PanelGroupId,
  type PanelItem,
} from '../../lib/present/view-model';
import { readableReasons } from '../../lib/present/topic-reasons';
import { buildSinceView } from '../../lib/present/since-model';
import { SinceSection } from '../shared/since-section';
import { pickKeyEvents } from '../../lib/present/key-events';
import { KindIcon } from '../shared/kind-icon';
import { TimelineExcerpt } from '../shared/timeline-excerpt';
import { BackstoryMark } from './launcher';

const { t, plural } = translator(inPageStrings);

const GROUP_ICON: Record<PanelGroupId, HighlightKind> = {
  people: 'person',
  organizations: 'organization',
  places: 'place',
  laws: 'law',
  events: 'event',
  disputed: 'disputed',
};

export interface PanelProps {
  report: PageReport;
  pack: CompiledPack;
  lang: Lang;
  contentLang: Lang;
  /** False when the browser cannot draw highlights: the panel says the list is the way in. */
  highlightsDrawn: boolean;
  /** Row to focus; null focuses the first row. */
  focusKey: string | null;
  /** Changes whenever the panel should take focus. */
  focusSeq: number;
  /** The panel shortcut as the reader's keyboard labels it. */
  shortcut: string;
  onChoose(item: PanelItem): void;
  onClose(): void;
}

/** The reading panel dialog. */
export function Panel(props: PanelProps) {
  const { report, pack, lang } = props;
  const dialogRef = useRef<HTMLDivElement>(null);
  const groups = buildPanelGroups(report, packLabel(pack, props.contentLang));
  const counts = countFound(report);
  const reasons = readableReasons(report.topic, pack, lang);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const items = Array.from(dialog.querySelectorAll<HTMLElement>('.bs-item'));
    const wanted = props.focusKey ? items.find((el) => el.dataset.key === props.focusKey) : undefined;
    (wanted ?? items[0] ?? focusableIn(dialog)[0] ?? dialog).focus();
    // Focus moves when the panel is asked to move it (its sequence number), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusSeq]);

  const onKeyDown = (e: KeyboardEvent) => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (moveInList(e, Array.from(dialog.querySelectorAll<HTMLElement>('.bs-item')))) return;
    wrapTab(e, dialog);
  };

  // What is distinctive first: disputed points, the story so far, then names.
  const disputedGroups = groups.filter((g) => g.id === 'disputed');
  const nameGroups = groups.filter((g) => g.id !== 'disputed');
  const since = buildSinceView(report, pack);
  // The story so far stops at the article's date when there is one: what came later is "since".
  const later = new Set(since.events.map((e) => e.id));
  const events = pickKeyEvents(
    pack.timeline.filter((e) => !later.has(e.id)),
    report,
    5,
  );
  const renderGroup = (g: (typeof groups)[number]) => (
    <section key={g.id} class="bs-group" aria-labelledby={`bs-group-${g.id}`}>
      <h3 id={`bs-group-${g.id}`} class="bs-group__title">
        <KindIcon kind={GROUP_ICON[g.id]} />
        <span>{t(lang, 'panel.groupCount', { group: t(lang, `panel.group.${g.id}`), count: g.items.length })}</span>
      </h3>
      <ul class="bs-group__list">
        {g.items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              class={`bs-item bs-kind--${item.kind}`}
              data-key={item.key}
              onClick={() => props.onChoose(item)}
            >
              <span class="bs-item__icon">
                <KindIcon kind={item.kind} />
              </span>
              <span class="bs-item__main">
                <span class="bs-item__label" lang={props.contentLang}>
                  {item.label}
                </span>
                {item.excerpt && (
                  <span class="bs-item__excerpt" lang={report.lang || undefined}>
                    {`“${item.excerpt}”`}
                  </span>
                )}
              </span>
              <span class="bs-item__count">{plural(lang, 'panel.itemMentions', item.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );

  const summary = t(lang, 'panel.summary', {
    entities: plural(lang, 'launcher.entities', counts.entities),
    disputed: plural(lang, 'launcher.disputed', counts.disputed),
  });

  return (
    // A non-modal dialog handles its own keys (Escape closes it, arrows move between items).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={dialogRef}
      class="bs-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-panel-title"
      aria-describedby="bs-panel-summary"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {/* Plain divs, not <header>/<footer>: inside our root those would add a second banner and
          contentinfo landmark to the reader's page (axe: landmark-no-duplicate-*). */}
      <div class="bs-panel__header">
        <div class="bs-panel__heading">
          <h2 id="bs-panel-title" class="bs-panel__title">
            <BackstoryMark />
            {t(lang, 'panel.title')}
          </h2>
          <p class="bs-panel__subtitle" lang={props.contentLang}>
            {t(lang, 'panel.subtitle', { topic: pack.meta.title[props.contentLang] })}
          </p>
        </div>
        <button type="button" class="bs-icon-btn bs-close" onClick={props.onClose} aria-label={t(lang, 'close')}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      </div>

      <div class="bs-panel__scroll">
        <p id="bs-panel-summary" class="bs-panel__summary">
          {summary}
        </p>
        {!props.highlightsDrawn && groups.length > 0 && (
          <p class="bs-note bs-note--box">{t(lang, 'panel.noInlineHighlights')}</p>
        )}
        {groups.length === 0 ? (
          <p class="bs-note">{t(lang, 'panel.empty')}</p>
        ) : (
          <>
            <p class="bs-note bs-panel__hint">
              {t(lang, 'panel.keyboardHint')} {t(lang, 'panel.shortcut', { shortcut: props.shortcut })}
            </p>
            {disputedGroups.map(renderGroup)}
            <SinceSection
              view={since}
              pack={pack}
              lang={lang}
              contentLang={props.contentLang}
              headingLevel={3}
              headingClass="bs-group__title"
              sectionClass="bs-group"
              idPrefix="bs-panel"
            />
            {events.length > 0 && (
              <section class="bs-group bs-story" aria-labelledby="bs-group-story">
                <h3 id="bs-group-story" class="bs-group__title">
                  <span>{t(lang, 'panel.storySoFar')}</span>
                </h3>
                <TimelineExcerpt events={events} pack={pack} lang={lang} contentLang={props.contentLang} />
              </section>
            )}
            {nameGroups.map(renderGroup)}
          </>
        )}

        <details class="bs-why-matched">
          <summary>{t(lang, 'panel.whyMatched')}</summary>
          {reasons.length > 0 ? (
            <ul class="bs-list">
              {reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          ) : (
            <p class="bs-note">{t(lang, 'panel.noReasons')}</p>
          )}
        </details>
      </div>

      <div class="bs-panel__footer">
        <p>
          {t(lang, 'panel.dataset', {
            title: pack.meta.title[props.contentLang],
            version: pack.meta.version,
            date: formatIsoDate(pack.meta.reviewedAt, lang),
          })}
        </p>
        <p>{t(lang, 'panel.privacy')}</p>
      </div>
    </div>
  );
}
