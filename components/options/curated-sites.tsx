/**
 * The curated news outlets, each with its own switch, and a filter because the list is long.
 */
import { useId, useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';
import type { CuratedSite } from '../../lib/settings/sites';
import { to } from './options-i18n';

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
        <h3>{to(lang, 'curated.title')}</h3>
      </legend>
      <p class="help" id="curated-help">
        {to(lang, 'curated.help')}
      </p>
      <div class="curated-tools">
        <label for={filterId}>{to(lang, 'curated.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          autoComplete="off"
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <p class="muted" id="curated-count" aria-live="polite">
          {to(lang, 'curated.count', { on, total: sites.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p class="muted">{to(lang, 'curated.none')}</p>
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
                  <span class="site-title">{site.name}</span>{' '}
                  <span class="site-domain">{site.domain}</span>{' '}
                  <span class="tag" title={to(lang, site.lang === 'es' ? 'lang.es' : 'lang.en')}>
                    <span aria-hidden="true">{site.lang.toUpperCase()}</span>
                    <span class="visually-hidden">{to(lang, site.lang === 'es' ? 'lang.es' : 'lang.en')}</span>
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
