/**
 * The frame shared by entity and disputed-point cards: a type badge (icon + text, so colour is never
 * the only cue), the title that labels the dialog, Back and Close buttons, a scrolling body and the
 * dataset's "as of" footer.
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../lib/dataset/schema';
import type { HighlightKind } from '../../lib/dom/highlight';
import { KindIcon } from '../shared/kind-icon';

const { t } = translator(inPageStrings);

export interface CardShellProps {
  kind: HighlightKind;
  title: string;
  /** Language of the title text (dataset language), for screen-reader pronunciation. */
  titleLang: Lang;
  /** Id of the title element; the dialog's `aria-labelledby`. */
  titleId: string;
  lang: Lang;
  footer: string;
  onClose(): void;
  onBack?: () => void;
  backLabel?: string;
  children: ComponentChildren;
}

/** Header, body and footer of a card; the dialog element around it belongs to the card layer. */
export function CardShell(props: CardShellProps) {
  const { kind, lang } = props;
  return (
    <div class={`bs-card__frame bs-kind--${kind}`}>
      <div class="bs-card__header">
        <div class="bs-card__toolbar">
          {props.onBack && (
            <button
              type="button"
              class="bs-icon-btn"
              onClick={props.onBack}
              aria-label={props.backLabel ?? t(lang, 'back')}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path
                  d="M10 3 5 8l5 5"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.8"
                  stroke-linecap="round"
                  stroke-linejoin="round"
                />
              </svg>
            </button>
          )}
          <span class="bs-badge">
            <KindIcon kind={kind} />
            <span>{t(lang, `type.${kind}`)}</span>
          </span>
          <button type="button" class="bs-icon-btn bs-close" onClick={props.onClose} aria-label={t(lang, 'close')}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                d="M4 4l8 8M12 4l-8 8"
                fill="none"
                stroke="currentColor"
                stroke-width="1.8"
                stroke-linecap="round"
              />
            </svg>
          </button>
        </div>
        <h2 id={props.titleId} class="bs-card__title" lang={props.titleLang}>
          {props.title}
        </h2>
      </div>
      <div class="bs-card__body">{props.children}</div>
      <div class="bs-card__footer">{props.footer}</div>
    </div>
  );
}
