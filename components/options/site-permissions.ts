/**
 * Where Backstory runs, changed together with the host permissions that go with it. Plain async
 * functions of the browser services, the save function and the current site lists, so they are
 * tested without rendering. Each one that asks for access calls `requestOrigins` first, before
 * anything is awaited: browsers show a permission prompt only during the click that asked.
 */
import { ALL_SITES_ORIGINS, originsForSite } from '../../lib/settings/sites';
import { type Settings, type SettingsPatch } from '../../lib/settings/model';
import type { OptionsServices } from './options-services';

export interface SitesContext {
  services: Pick<OptionsServices, 'requestOrigins' | 'removeOrigins'>;
  /** Save a settings patch (queued; resolves once stored). */
  save(patch: SettingsPatch): Promise<unknown>;
  /** The site lists as the page shows them now. */
  sites: Settings['sites'];
}

/** Run by itself on `site` (taking it off "never"); false when the reader refused access. */
export async function addAlways({ services, save, sites }: SitesContext, site: string): Promise<boolean> {
  if (!(await services.requestOrigins(originsForSite(site)))) return false;
  await save({
    sites: {
      always: [...sites.always.filter((s) => s !== site), site],
      never: sites.never.filter((s) => s !== site),
    },
  });
  return true;
}

/** Ask again for access to a site already on "always" (withdrawn in the browser's settings). */
export function grantAlways({ services }: SitesContext, site: string): Promise<boolean> {
  return services.requestOrigins(originsForSite(site));
}

/** Take `site` off "always" and give its access back. */
export async function removeAlways({ services, save, sites }: SitesContext, site: string): Promise<void> {
  await save({ sites: { always: sites.always.filter((s) => s !== site) } });
  // Curated outlets keep their manifest permission; the browser refuses to remove those.
  await services.removeOrigins(originsForSite(site));
}

/** Never run on `site` (taking it off "always", and giving its access back if it was there). */
export async function addNever({ services, save, sites }: SitesContext, site: string): Promise<true> {
  const wasAlways = sites.always.includes(site);
  await save({
    sites: {
      never: [...sites.never.filter((s) => s !== site), site],
      always: sites.always.filter((s) => s !== site),
    },
  });
  if (wasAlways) await services.removeOrigins(originsForSite(site));
  return true;
}

/** Run on every site, or stop; false when the reader refused access to all sites. */
export async function toggleAllSites({ services, save }: SitesContext, on: boolean): Promise<boolean> {
  if (!on) {
    await save({ sites: { allSites: false } });
    await services.removeOrigins(ALL_SITES_ORIGINS);
    return true;
  }
  if (!(await services.requestOrigins(ALL_SITES_ORIGINS))) return false;
  await save({ sites: { allSites: true } });
  return true;
}
