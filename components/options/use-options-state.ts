/**
 * The options page's data: the settings (loaded, then followed through `watchSettings`), the
 * session's paused sites, which "always" sites lack their permission now, and the save status.
 * Saves run one after another through a queue, so a quick second change never overtakes the first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { translator } from '../../lib/i18n/translate';
import { ALL_SITES_ORIGINS, originsForSite } from '../../lib/settings/sites';
import {
  defaultSettings,
  extensionPageLanguage,
  mergeSettings,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings/model';
import {
  getSettings,
  getSnoozedSites,
  setSettings,
  setSiteSnoozed,
  watchSettings,
  watchSnoozedSites,
} from '../../lib/settings/store';
import type { OptionsServices } from './options-services';
import { addAlways, addNever, grantAlways, removeAlways, toggleAllSites, type SitesContext } from './site-permissions';

const { t } = translator(OPTIONS_STRINGS);

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error' } | { kind: 'message'; text: string };

/** What the sites section can do; each permission prompt starts in the reader's click. */
export interface SiteActions {
  addAlways(site: string): Promise<boolean>;
  grantAlways(site: string): Promise<void>;
  removeAlways(site: string): Promise<void>;
  addNever(site: string): Promise<boolean>;
  removeNever(site: string): Promise<unknown>;
  setCurated(domain: string, on: boolean): Promise<unknown>;
  toggleAllSites(on: boolean): void;
  resume(site: string): Promise<void>;
}

export interface OptionsState {
  /** Null until loaded. */
  settings: Settings | null;
  snoozed: string[];
  /** "Always" sites whose host permission the browser no longer grants. */
  missing: string[];
  status: SaveStatus;
  lang: Lang;
  save(patch: SettingsPatch): Promise<Settings>;
  sites: SiteActions | null;
}

export function useOptionsState(services: OptionsServices): OptionsState {
  const [settings, setState] = useState<Settings | null>(null);
  const [snoozed, setSnoozed] = useState<string[]>([]);
  const [missing, setMissing] = useState<string[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void (async () => {
      const [loaded, paused] = await Promise.all([getSettings(), getSnoozedSites()]);
      if (!live) return;
      setState(loaded);
      setSnoozed(paused);
      // Permissions can be withdrawn in the browser's own settings; show what really holds.
      const lacking: string[] = [];
      for (const site of loaded.sites.always) {
        if (!(await services.containsOrigins(originsForSite(site)))) lacking.push(site);
      }
      if (live) setMissing(lacking);
      if (loaded.sites.allSites && !(await services.containsOrigins(ALL_SITES_ORIGINS))) {
        if (live) setState(await setSettings({ sites: { allSites: false } }));
      }
    })();
    const stopSettings = watchSettings((next) => live && setState(next));
    const stopSnooze = watchSnoozedSites((next) => live && setSnoozed(next));
    return () => {
      live = false;
      stopSettings();
      stopSnooze();
    };
  }, [services]);

  // "Saved" clears after a moment, so the next save is announced again.
  useEffect(() => {
    if (status.kind !== 'saved') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const lang = extensionPageLanguage(settings?.cardLanguage ?? 'page', safeUiLanguage(services));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'page.title');
  }, [lang]);

  const save = (patch: SettingsPatch) => {
    setState((current) => mergeSettings(current ?? defaultSettings(), patch));
    const run = queue.current.then(() => setSettings(patch));
    queue.current = run.catch(() => undefined);
    run.then(
      () => setStatus({ kind: 'saved', at: Date.now() }),
      () => setStatus({ kind: 'error' }),
    );
    return run;
  };

  const sites = settings ? siteActions({ services, save, sites: settings.sites }) : null;
  return { settings, snoozed, missing, status, lang, save, sites };

  function siteActions(ctx: SitesContext): SiteActions {
    const granted = (site: string) => setMissing((m) => m.filter((s) => s !== site));
    const denied = (text: string) => setStatus({ kind: 'message', text });
    const { sites: current } = ctx;
    return {
      addAlways: (site) =>
        addAlways(ctx, site).then((ok) => {
          if (ok) granted(site);
          else denied(t(lang, 'always.denied', { site }));
          return ok;
        }),
      grantAlways: (site) =>
        grantAlways(ctx, site).then((ok) => (ok ? granted(site) : denied(t(lang, 'always.denied', { site })))),
      removeAlways: (site) => removeAlways(ctx, site),
      addNever: (site) => addNever(ctx, site),
      removeNever: (site) => save({ sites: { never: current.never.filter((s) => s !== site) } }),
      setCurated: (domain, on) => {
        const others = current.disabledCurated.filter((d) => d !== domain);
        return save({ sites: { disabledCurated: on ? others : [...others, domain] } });
      },
      toggleAllSites: (on) => {
        void toggleAllSites(ctx, on).then((ok) => ok || denied(t(lang, 'all.denied')));
      },
      resume: async (site) => setSnoozed(await setSiteSnoozed(site, false)),
    };
  }
}

function safeUiLanguage(services: OptionsServices): string {
  try {
    return services.uiLanguage();
  } catch {
    return 'en';
  }
}
