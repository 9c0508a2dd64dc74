/**
 * The options page: what to highlight and how, the card language, the badge, where Backstory runs
 * (asking for host permissions at the moment the reader adds a site), and what the dataset is.
 * Every change is saved at once through `lib/settings.ts`; open tabs follow through `watchSettings`.
 */
import { translator } from '../../lib/i18n/translate';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang } from '../../lib/dataset/schema';
import type { OptionsKey } from '../../lib/i18n/strings/options';
import { NEWS_SITES } from '../../lib/news-sites';
import {
  ALL_SITES_ORIGINS,
  BADGE_MODES,
  CARD_LANGUAGES,
  HIGHLIGHT_CATEGORIES,
  HIGHLIGHT_STYLES,
  defaultSettings,
  extensionPageLanguage,
  getSettings,
  getSnoozedSites,
  mergeSettings,
  originsForSite,
  setSettings,
  setSiteSnoozed,
  watchSettings,
  watchSnoozedSites,
  type CuratedSite,
  type Settings,
  type SettingsPatch,
} from '../../lib/settings';
import { AboutDataset } from './about-dataset';
import { CuratedSites } from './curated-sites';
import type { OptionsServices } from './options-services';
import { SiteListEditor } from './site-list-editor';

const { t } = translator(OPTIONS_STRINGS);

export interface OptionsAppProps {
  pack: CompiledPack;
  services: OptionsServices;
  curatedSites?: readonly CuratedSite[];
}

type SaveStatus = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error' } | { kind: 'message'; text: string };

/** The options page's root component. */
export function OptionsApp({ pack, services, curatedSites = NEWS_SITES }: OptionsAppProps) {
  const [settings, setState] = useState<Settings | null>(null);
  const [snoozed, setSnoozed] = useState<string[]>([]);
  const [missing, setMissing] = useState<string[]>([]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Saves run one after another, so a quick second change never overtakes the first.
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

  if (!settings) return <main class="options" aria-busy="true" />;

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

  const { sites } = settings;

  // Permission prompts must start inside the click/submit handler, before anything is awaited.
  const addAlways = (site: string) =>
    services.requestOrigins(originsForSite(site)).then(async (granted) => {
      if (!granted) {
        setStatus({ kind: 'message', text: t(lang, 'always.denied', { site }) });
        return false;
      }
      setMissing((m) => m.filter((s) => s !== site));
      await save({
        sites: {
          always: [...sites.always.filter((s) => s !== site), site],
          never: sites.never.filter((s) => s !== site),
        },
      });
      return true;
    });

  const grantAlways = (site: string) =>
    services.requestOrigins(originsForSite(site)).then((granted) => {
      if (granted) setMissing((m) => m.filter((s) => s !== site));
      else setStatus({ kind: 'message', text: t(lang, 'always.denied', { site }) });
    });

  const removeAlways = async (site: string) => {
    await save({ sites: { always: sites.always.filter((s) => s !== site) } });
    // Curated outlets keep their manifest permission; the browser refuses to remove those.
    await services.removeOrigins(originsForSite(site));
  };

  const addNever = async (site: string) => {
    const wasAlways = sites.always.includes(site);
    await save({
      sites: {
        never: [...sites.never.filter((s) => s !== site), site],
        always: sites.always.filter((s) => s !== site),
      },
    });
    if (wasAlways) await services.removeOrigins(originsForSite(site));
    return true;
  };

  const toggleAllSites = (on: boolean) => {
    if (!on) {
      void save({ sites: { allSites: false } }).then(() => services.removeOrigins(ALL_SITES_ORIGINS));
      return;
    }
    void services.requestOrigins(ALL_SITES_ORIGINS).then((granted) => {
      if (granted) void save({ sites: { allSites: true } });
      else setStatus({ kind: 'message', text: t(lang, 'all.denied') });
    });
  };

  const categoryKey = (c: (typeof HIGHLIGHT_CATEGORIES)[number]) => `highlight.${c}` as OptionsKey;

  return (
    <div class="options" lang={lang}>
      <header class="options-header">
        <h1>{t(lang, 'page.title')}</h1>
        <p class="muted">{t(lang, 'page.intro')}</p>
        <SaveStatusLine lang={lang} status={status} />
      </header>

      <main>
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

        <section class="card" aria-labelledby="sites-title">
          <h2 id="sites-title">{t(lang, 'sites.title')}</h2>
          <p class="help">{t(lang, 'sites.intro')}</p>

          <CuratedSites
            lang={lang}
            sites={curatedSites}
            disabled={sites.disabledCurated}
            onChange={(domain, on) =>
              save({
                sites: {
                  disabledCurated: on
                    ? sites.disabledCurated.filter((d) => d !== domain)
                    : [...sites.disabledCurated.filter((d) => d !== domain), domain],
                },
              })
            }
          />

          <SiteListEditor
            id="always"
            lang={lang}
            title={t(lang, 'always.title')}
            help={t(lang, 'always.help')}
            addLabel={t(lang, 'always.add')}
            sites={sites.always}
            missing={missing}
            onAdd={addAlways}
            onRemove={removeAlways}
            onGrant={grantAlways}
          />

          <SiteListEditor
            id="never"
            lang={lang}
            title={t(lang, 'never.title')}
            help={t(lang, 'never.help')}
            addLabel={t(lang, 'never.add')}
            sites={sites.never}
            onAdd={addNever}
            onRemove={(site) => save({ sites: { never: sites.never.filter((s) => s !== site) } })}
          />

          {snoozed.length > 0 && (
            <div class="subsection" aria-labelledby="snoozed-title">
              <h3 id="snoozed-title">{t(lang, 'snoozed.title')}</h3>
              <p class="help">{t(lang, 'snoozed.help')}</p>
              <ul class="site-list">
                {snoozed.map((site) => (
                  <li key={site}>
                    <span class="site-name">{site}</span>
                    <button
                      type="button"
                      class="link-button"
                      onClick={async () => setSnoozed(await setSiteSnoozed(site, false))}
                    >
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
                  toggleAllSites(on);
                }}
              />
              <span>{t(lang, 'all.label')}</span>
            </label>
            <p class="help" id="all-help">
              {t(lang, 'all.help')}
            </p>
          </div>
        </section>

        <AboutDataset lang={lang} pack={pack} />
      </main>
    </div>
  );
}

function safeUiLanguage(services: OptionsServices): string {
  try {
    return services.uiLanguage();
  } catch {
    return 'en';
  }
}

function SaveStatusLine({ lang, status }: { lang: Lang; status: SaveStatus }) {
  let text = '';
  if (status.kind === 'saved') text = t(lang, 'status.saved');
  if (status.kind === 'error') text = t(lang, 'status.error');
  if (status.kind === 'message') text = status.text;
  return (
    <p
      class={`save-status save-status-${status.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}

interface RadioOption<T extends string> {
  value: T;
  label: string;
  help?: string;
}

function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  legendHidden?: boolean;
  help?: string;
  value: T;
  options: RadioOption<T>[];
  onChange(value: T): void;
}) {
  const helpId = props.help ? `${props.name}-help` : undefined;
  return (
    <fieldset class="field-group" aria-describedby={helpId}>
      <legend class={props.legendHidden ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {props.help && (
        <p class="help" id={helpId}>
          {props.help}
        </p>
      )}
      <div class="radios">
        {props.options.map((o) => (
          <label class="radio" key={o.value} data-value={o.value}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>
              {o.label}
              {o.help && <span class="radio-help">{o.help}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
