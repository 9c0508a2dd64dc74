/**
 * The popup's data: the reader's settings and session snooze, the active tab and its report (the
 * background keeps it in `storage.session`, so the popup works after the service worker was
 * stopped), and a scan the reader asked for. Every change to settings goes through here.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/dataset/schema';
import type { TabReport } from '../../lib/messages/protocol';
import type { CompiledPack } from '../../lib/pack/compiled';
import { contentLanguage } from '../../lib/present/view-model';
import { defaultSettings, type Settings } from '../../lib/settings/model';
import { getSettings, getSnoozedSites, setSiteSnoozed, updateSettings, watchSettings } from '../../lib/settings/store';
import { originsForSite } from '../../lib/settings/sites';
import { popupLanguage, type ScanState } from './popup-model';
import type { ActiveTab, PopupServices } from './popup-services';

export type Load =
  { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'ready'; tab: ActiveTab; report: TabReport | null };

export interface PopupState {
  load: Load;
  settings: Settings;
  snoozed: string[];
  scan: ScanState;
  lang: Lang;
  contentLang: Lang;
  runScan(): Promise<void>;
  openPanel(): void;
  snooze(site: string, on: boolean): Promise<void>;
  /** Add the site to "always run" (asks for host access); absent where that cannot be asked. */
  alwaysRun?: (site: string) => Promise<boolean>;
  /** Take the site off "never run". */
  allowSite(site: string): Promise<void>;
}

export function usePopupState(pack: CompiledPack, services: PopupServices): PopupState {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [snoozed, setSnoozed] = useState<string[]>([]);
  const [scan, setScan] = useState<ScanState>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const [loadedSettings, loadedSnoozed, tab] = await Promise.all([
        getSettings(),
        getSnoozedSites(),
        services.activeTab().catch(() => null),
      ]);
      if (!live) return;
      setSettings(loadedSettings);
      setSnoozed(loadedSnoozed);
      if (!tab) {
        setLoad({ kind: 'no-tab' });
        return;
      }
      // A background that cannot answer reads as "nothing found"; the reader can still scan.
      const report = await services.getReport(tab.id).catch(() => null);
      if (live) setLoad({ kind: 'ready', tab, report });
    })();
    const stop = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, [services]);

  const report = load.kind === 'ready' ? load.report : null;
  const lang = popupLanguage(settings.cardLanguage, safeUiLanguage(services), report?.report ?? null);
  const contentLang = contentLanguage(pack, lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const runScan = async () => {
    if (load.kind !== 'ready') return;
    setScan({ kind: 'running' });
    try {
      const result = await services.scan(load.tab.id);
      setLoad({ ...load, report: result });
      setScan({ kind: 'done', found: result !== null });
    } catch {
      setScan({ kind: 'error' });
    }
  };

  const requestOrigins = services.requestOrigins?.bind(services);
  const alwaysRun = requestOrigins
    ? (site: string) =>
        // The permission prompt must start in the click, before anything is awaited.
        requestOrigins(originsForSite(site)).then(async (granted) => {
          if (!granted) return false;
          const next = await updateSettings((s) => ({
            sites: {
              always: [...s.sites.always.filter((n) => n !== site), site],
              never: s.sites.never.filter((n) => n !== site),
            },
          }));
          setSettings(next);
          return true;
        })
    : undefined;

  return {
    load,
    settings,
    snoozed,
    scan,
    lang,
    contentLang,
    runScan,
    openPanel: () => {
      if (load.kind === 'ready') services.togglePanel(load.tab.id).catch(() => {});
    },
    snooze: async (site, on) => setSnoozed(await setSiteSnoozed(site, on)),
    alwaysRun,
    allowSite: async (site) => {
      setSettings(await updateSettings((s) => ({ sites: { never: s.sites.never.filter((n) => n !== site) } })));
    },
  };
}

function safeUiLanguage(services: PopupServices): string {
  try {
    return services.uiLanguage();
  } catch {
    return 'en';
  }
}
