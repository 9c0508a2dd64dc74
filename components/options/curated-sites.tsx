/**
 * The curated news outlets, each with its own switch, and a filter because the list is long.
 */
import { translator } from '../../lib/i18n/translate';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { useId, useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';
import type { CuratedSite } from '../../lib/settings/sites';

const { t } = translator(OPTIONS_STRINGS);

export interface CuratedSitesProps {
  lang: Lang;
  sites: readonly CuratedSite[];
  /** Domains the reader switched off. */
  disabled: readonly string[];
  onChange(domain: string, on: boolean): unknown;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The list of curated outlets with checkboxes. */
export function CuratedSites({ lang, sites, disabled, onChange }: CuratedSitesProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const sorted = [...sites].sort((a, b) => a.name.localeCompare(b.name, lang));
  const shown = filter ? sorted.filter((s) => fold(`${s.name} ${s.domain}`).includes(fold(filter.trim()))) : sorted;
  const on = sites.filter((s) => !disabled.includes(s.domain)).length;
  return (
    <fieldset class="subsection curated" aria-describedby="curated-help curated-count">
      <legend>
        <h3>{t(lang, 'curated.title')}</h3>
      </legend>
      <p class="help" id="curated-help">
        {t(lang, 'curated.help')}
      </p>
      <div class="curated-tools">
        <label for={filterId}>{t(lang, 'curated.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          autoComplete="off"
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <p class="muted" id="curated-count" aria-live="polite">
          {t(lang, 'curated.count', { on, total: sites.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p class="muted">{t(lang, 'curated.none')}</p>
      ) : (
        <ul class="curated-list">
          {shown.map((site) => (
            <li key={site.domain}>
              <label class="check" data-domain={site.domain}>
                <input
                  type="checkbox"
                  checked={!disabled.includes(site.domain)}
                  onChange={(e) => onChange(site.domain, e.currentTarget.checked)}
                />
                <span>
                  <span class="site-title">{site.name}</span> <span class="site-domain">{site.domain}</span>{' '}
                  <span class="tag" title={t(lang, site.lang === 'es' ? 'lang.es' : 'lang.en')}>
                    <span aria-hidden="true">{site.lang.toUpperCase()}</span>
                    <span class="visually-hidden">{t(lang, site.lang === 'es' ? 'lang.es' : 'lang.en')}</span>
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
