/** The options about how things look: what to highlight and how, the card language, the badge. */
import type { Lang } from '../../lib/dataset/schema';
import { OPTIONS_STRINGS, type OptionsKey } from '../../lib/i18n/strings/options';
import { translator } from '../../lib/i18n/translate';
import {
  BADGE_MODES,
  CARD_LANGUAGES,
  HIGHLIGHT_CATEGORIES,
  HIGHLIGHT_STYLES,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings/model';
import { RadioGroup } from './radio-group';

const { t } = translator(OPTIONS_STRINGS);

export interface SectionProps {
  lang: Lang;
  settings: Settings;
  save(patch: SettingsPatch): unknown;
}

const categoryKey = (c: (typeof HIGHLIGHT_CATEGORIES)[number]) => `highlight.${c}` as OptionsKey;

export function HighlightSection({ lang, settings, save }: SectionProps) {
  return (
    <section class="card" aria-labelledby="highlight-title">
      <h2 id="highlight-title">{t(lang, 'highlight.title')}</h2>
      <fieldset class="field-group">
        <legend class="visually-hidden">{t(lang, 'highlight.title')}</legend>
        <p class="help" id="highlight-help">
          {t(lang, 'highlight.help')}
        </p>
        <div class="checks">
          {HIGHLIGHT_CATEGORIES.map((c) => (
            <label class="check" key={c} data-category={c}>
              <input
                type="checkbox"
                name={`highlight-${c}`}
                checked={settings.highlight[c]}
                aria-describedby="highlight-help"
                onChange={(e) => save({ highlight: { [c]: e.currentTarget.checked } })}
              />
              <span>{t(lang, categoryKey(c))}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <RadioGroup
        name="style"
        legend={t(lang, 'style.title')}
        value={settings.style}
        options={HIGHLIGHT_STYLES.map((v) => ({
          value: v,
          label: t(lang, `style.${v}` as OptionsKey),
          help: t(lang, `style.${v}.help` as OptionsKey),
        }))}
        onChange={(style) => save({ style })}
      />
    </section>
  );
}

export function LanguageSection({ lang, settings, save }: SectionProps) {
  return (
    <section class="card" aria-labelledby="language-title">
      <h2 id="language-title">{t(lang, 'language.title')}</h2>
      <RadioGroup
        name="cardLanguage"
        legend={t(lang, 'language.title')}
        legendHidden
        help={t(lang, 'language.help')}
        value={settings.cardLanguage}
        options={CARD_LANGUAGES.map((v) => ({ value: v, label: t(lang, `language.${v}` as OptionsKey) }))}
        onChange={(cardLanguage) => save({ cardLanguage })}
      />
    </section>
  );
}

export function BadgeSection({ lang, settings, save }: SectionProps) {
  return (
    <section class="card" aria-labelledby="badge-section-title">
      <h2 id="badge-section-title">{t(lang, 'badge.section')}</h2>
      <RadioGroup
        name="badge"
        legend={t(lang, 'badge.title')}
        help={t(lang, 'badge.help')}
        value={settings.badge}
        options={BADGE_MODES.map((v) => ({ value: v, label: t(lang, `badge.${v}` as OptionsKey) }))}
        onChange={(badge) => save({ badge })}
      />
    </section>
  );
}
