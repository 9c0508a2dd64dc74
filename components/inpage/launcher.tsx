/**
 * The small pill in the bottom corner: "Backstory · 12 names · 3 disputed points". It opens the
 * reading panel, and can be hidden for the page (the keyboard shortcut still works).
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { Ref } from 'preact';
import type { Lang } from '../../lib/dataset/schema';

const { t, plural } = translator(inPageStrings);

/** The Backstory mark: an open book. */
export function BackstoryMark() {
  return (
    <svg
      class="bs-mark"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.4"
      stroke-linejoin="round"
    >
      <path d="M8 4.2C6.6 3 4.6 2.6 1.8 2.8v9.6c2.8-.2 4.8.2 6.2 1.4 1.4-1.2 3.4-1.6 6.2-1.4V2.8C11.4 2.6 9.4 3 8 4.2z" />
      <path d="M8 4.2v9.6" />
    </svg>
  );
}

export interface LauncherProps {
  lang: Lang;
  entities: number;
  disputed: number;
  hidden: boolean;
  /** Over the article column: a small mark with the disputed count, the full text in its label. */
  compact?: boolean;
  /** Just hidden: say how to get Backstory back, with an Undo. */
  hiddenNotice: boolean;
  panelOpen: boolean;
  /** The panel shortcut as the reader's keyboard labels it. */
  shortcut: string;
  onOpen(): void;
  onHide(): void;
  onUndoHide(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The launcher pill. Stays in the tree while hidden so focus can return to it. */
export function Launcher(props: LauncherProps) {
  const { lang } = props;
  return (
    <>
      {props.hidden && props.hiddenNotice && (
        <div class="bs-launcher bs-launcher--notice" role="status">
          <span class="bs-launcher__notice">{t(lang, 'launcher.hidden', { shortcut: props.shortcut })}</span>
          <button type="button" class="bs-launcher__undo" onClick={props.onUndoHide}>
            {t(lang, 'launcher.undo')}
          </button>
        </div>
      )}
      <div
        class={props.compact ? 'bs-launcher bs-launcher--compact' : 'bs-launcher'}
        hidden={props.hidden || props.panelOpen}
      >
        <button
          type="button"
          class="bs-launcher__open"
          ref={props.buttonRef}
          title={t(lang, 'launcher.shortcut', { shortcut: props.shortcut })}
          aria-keyshortcuts={props.shortcut}
          aria-label={
            props.compact
              ? t(lang, 'launcher.open', {
                  summary: [
                    plural(lang, 'launcher.entities', props.entities),
                    ...(props.disputed > 0 ? [plural(lang, 'launcher.disputed', props.disputed)] : []),
                  ].join(', '),
                })
              : undefined
          }
          aria-haspopup="dialog"
          aria-expanded={props.panelOpen}
          onClick={props.onOpen}
        >
          <BackstoryMark />
          {props.compact && props.disputed > 0 && (
            <span class="bs-launcher__count" aria-hidden="true">
              {props.disputed}
            </span>
          )}
          <span class="bs-launcher__brand">{t(lang, 'app.name')}</span>{' '}
          <span class="bs-launcher__sep" aria-hidden="true">
            ·
          </span>{' '}
          <span>{plural(lang, 'launcher.entities', props.entities)}</span>
          {props.disputed > 0 && (
            <>
              {' '}
              <span class="bs-launcher__sep" aria-hidden="true">
                ·
              </span>{' '}
              <span>{plural(lang, 'launcher.disputed', props.disputed)}</span>
            </>
          )}
        </button>
        <button
          type="button"
          class="bs-launcher__hide"
          aria-label={t(lang, 'launcher.hide')}
          title={t(lang, 'launcher.hide')}
          onClick={props.onHide}
        >
          {t(lang, 'launcher.hideText')}
        </button>
      </div>
    </>
  );
}
