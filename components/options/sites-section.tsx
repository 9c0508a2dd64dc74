/** Where Backstory runs: the curated outlets, "always" and "never", paused sites, all sites. */
import type { Lang } from '../../lib/dataset/schema';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { translator } from '../../lib/i18n/translate';
import type { CuratedSite } from '../../lib/settings/sites';
import type { Settings } from '../../lib/settings/model';
import { CuratedSites } from './curated-sites';
import { SiteListEditor } from './site-list-editor';
import type { SiteActions } from './use-options-state';

const { t } = translator(OPTIONS_STRINGS);

export interface SitesSectionProps {
  lang: Lang;
  sites: Settings['sites'];
  curatedSites: readonly CuratedSite[];
  snoozed: string[];
  missing: string[];
  actions: SiteActions;
}

export function SitesSection({ lang, sites, curatedSites, snoozed, missing, actions }: SitesSectionProps) {
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t(lang, 'sites.title')}</h2>
      <p class="help">{t(lang, 'sites.intro')}</p>

      <CuratedSites lang={lang} sites={curatedSites} disabled={sites.disabledCurated} onChange={actions.setCurated} />

      <SiteListEditor
        id="always"
        lang={lang}
        title={t(lang, 'always.title')}
        help={t(lang, 'always.help')}
        addLabel={t(lang, 'always.add')}
        sites={sites.always}
        missing={missing}
        onAdd={actions.addAlways}
        onRemove={actions.removeAlways}
        onGrant={actions.grantAlways}
      />

      <SiteListEditor
        id="never"
        lang={lang}
        title={t(lang, 'never.title')}
        help={t(lang, 'never.help')}
        addLabel={t(lang, 'never.add')}
        sites={sites.never}
        onAdd={actions.addNever}
        onRemove={actions.removeNever}
      />

      {snoozed.length > 0 && (
        <div class="subsection" aria-labelledby="snoozed-title">
          <h3 id="snoozed-title">{t(lang, 'snoozed.title')}</h3>
          <p class="help">{t(lang, 'snoozed.help')}</p>
          <ul class="site-list">
            {snoozed.map((site) => (
              <li key={site}>
                <span class="site-name">{site}</span>
                <button type="button" class="link-button" onClick={() => void actions.resume(site)}>
                  {t(lang, 'snoozed.resume', { site })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="subsection" aria-labelledby="all-title">
        <h3 id="all-title">{t(lang, 'all.title')}</h3>
        <label class="check">
          <input
            type="checkbox"
            name="allSites"
            checked={sites.allSites}
            aria-describedby="all-help"
            onChange={(e) => {
              const on = e.currentTarget.checked;
              // Stay unchecked until the browser says yes.
              e.currentTarget.checked = sites.allSites;
              actions.toggleAllSites(on);
            }}
          />
          <span>{t(lang, 'all.label')}</span>
        </label>
        <p class="help" id="all-help">
          {t(lang, 'all.help')}
        </p>
      </div>
    </section>
  );
}
