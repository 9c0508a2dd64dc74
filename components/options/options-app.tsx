/**
 * The options page: what to highlight and how, the card language, the badge, where Backstory runs
 * (asking for host permissions at the moment the reader adds a site), and what the dataset is.
 * Every change is saved at once through `lib/settings/store.ts`; open tabs follow through `watchSettings`.
 * The data and the save queue are in `useOptionsState`; this file lays the sections out.
 */
import type { CompiledPack } from '../../lib/pack/compiled';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { translator } from '../../lib/i18n/translate';
import type { CuratedSite } from '../../lib/settings/sites';
import { AboutDataset } from './about-dataset';
import { BadgeSection, HighlightSection, LanguageSection } from './display-sections';
import type { OptionsServices } from './options-services';
import { SaveStatusLine } from './save-status';
import { SitesSection } from './sites-section';
import { useOptionsState } from './use-options-state';

const { t } = translator(OPTIONS_STRINGS);

export interface OptionsAppProps {
  pack: CompiledPack;
  services: OptionsServices;
  /** The curated outlets (data the entrypoint passes in). */
  curatedSites: readonly CuratedSite[];
}

/** The options page's root component. */
export function OptionsApp({ pack, services, curatedSites }: OptionsAppProps) {
  const { settings, snoozed, missing, status, lang, save, sites } = useOptionsState(services);
  if (!settings || !sites) return <main class="options" aria-busy="true" />;
  const section = { lang, settings, save };
  return (
    <div class="options" lang={lang}>
      <header class="options-header">
        <h1>{t(lang, 'page.title')}</h1>
        <p class="muted">{t(lang, 'page.intro')}</p>
        <SaveStatusLine lang={lang} status={status} />
      </header>

      <main>
        <HighlightSection {...section} />
        <LanguageSection {...section} />
        <BadgeSection {...section} />
        <SitesSection
          lang={lang}
          sites={settings.sites}
          curatedSites={curatedSites}
          snoozed={snoozed}
          missing={missing}
          actions={sites}
        />
        <AboutDataset lang={lang} pack={pack} />
      </main>
    </div>
  );
}
