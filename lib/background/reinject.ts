/**
 * Chromium does not put manifest content scripts into tabs that were already open when the
 * extension is installed, updated or reloaded (Firefox does, by itself). Without this, a reader who
 * updates Backstory with an article open keeps an orphaned script there (see
 * `standDownWhenOrphaned`), which stands down and leaves the page bare until it is reloaded. So on
 * install and update the background injects the script again into the open tabs where it would run
 * by itself; the new instance replaces the old one's UI (one UI per page).
 */
import type { RunDecision } from '../settings/sites';

/** A tab as `tabs.query` gives it: `url` only where the extension has host access to the tab. */
export interface OpenTab {
  id?: number;
  url?: string;
  discarded?: boolean;
}

/**
 * Inject the content script (`inject`: with its highlight styles) into every open tab whose page it
 * would run on by itself (`decide(url) === 'auto'`). Returns the ids of the tabs it reached; a tab
 * that refuses (closed meanwhile, a browser page) is skipped without failing the rest.
 */
export async function reinjectOpenTabs(
  queryTabs: () => Promise<OpenTab[]>,
  decide: (url: string) => RunDecision,
  inject: (tabId: number) => Promise<unknown>,
): Promise<number[]> {
  const reached: number[] = [];
  for (const tab of await queryTabs()) {
    // Without host access the URL is hidden, and a discarded tab has no page to run in.
    if (tab.id === undefined || !tab.url || tab.discarded || decide(tab.url) !== 'auto') continue;
    try {
      await inject(tab.id);
      reached.push(tab.id);
    } catch {
      // Gone, or not scriptable after all: the reader's next visit loads the script as usual.
    }
  }
  return reached;
}
