/**
 * A list of sites with an "add" form and a "remove" button per site. Input is normalised to a
 * hostname (`normalizeSite`); invalid input is reported next to the field, not saved.
 */
import { translator } from '../../lib/i18n/translate';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { useId, useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';
import { normalizeSite } from '../../lib/settings/sites';

const { t } = translator(OPTIONS_STRINGS);

export interface SiteListEditorProps {
  id: string;
  lang: Lang;
  title: string;
  help: string;
  addLabel: string;
  sites: readonly string[];
  /** Sites whose host permission is missing, offered a "grant" button. */
  missing?: readonly string[];
  /**
   * Called from the submit handler itself (a user gesture), so it may ask for a permission.
   * Resolves false when the site was not added; the field then keeps its text.
   */
  onAdd(site: string): Promise<boolean>;
  onRemove(site: string): unknown;
  onGrant?(site: string): unknown;
}

/** An editable list of sites. */
export function SiteListEditor(props: SiteListEditorProps) {
  const { id, lang, sites, missing = [] } = props;
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = `${id}-error`;

  const submit = (e: Event) => {
    e.preventDefault();
    const site = normalizeSite(text);
    if (!site) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    // No await before onAdd: a permission request must start within the gesture.
    void props.onAdd(site).then((added) => {
      if (added) setText('');
    });
  };

  return (
    <div class="subsection" data-list={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      <p class="help" id={`${id}-help`}>
        {props.help}
      </p>
      <form class="site-form" onSubmit={submit} noValidate>
        <label for={inputId}>{t(lang, 'site.input')}</label>
        <div class="site-form-row">
          <input
            id={inputId}
            name={`${id}-site`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${errorId} ${id}-help` : `${id}-help`}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (invalid) setInvalid(false);
            }}
          />
          <button type="submit" class="button">
            {props.addLabel}
          </button>
        </div>
        {invalid && (
          <p class="field-error" id={errorId} role="alert">
            {t(lang, 'site.invalid')}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="muted">{t(lang, 'site.empty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby={`${id}-title`}>
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span class="site-name">{site}</span>
              {missing.includes(site) && props.onGrant && (
                <>
                  <span class="tag">{t(lang, 'always.missing')}</span>
                  <button type="button" class="link-button" onClick={() => props.onGrant?.(site)}>
                    {t(lang, 'always.grant', { site })}
                  </button>
                </>
              )}
              <button type="button" class="link-button" onClick={() => props.onRemove(site)}>
                {t(lang, 'site.remove', { site })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
