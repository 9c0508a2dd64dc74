/**
 * Where the content script runs by itself beyond the curated outlets (which the manifest lists):
 * the sites the reader chose "always run here" for, or every site when the reader granted that.
 * Registered with `scripting.registerContentScripts`, only for origins whose host permission the
 * reader actually granted, and kept in step with settings and permission changes.
 */
import type { Settings } from '../settings/model';
import { ALL_SITES_ORIGINS, originsForSite } from '../settings/sites';

export const DYNAMIC_SCRIPT_ID = 'backstory-reader-sites';

/** The match patterns the reader's settings ask for, limited to those granted. */
export function readerSiteMatches(settings: Settings, granted: readonly string[]): string[] {
  if (settings.sites.allSites && ALL_SITES_ORIGINS.every((o) => granted.includes(o))) return [...ALL_SITES_ORIGINS];
  const allGranted = ALL_SITES_ORIGINS.every((o) => granted.includes(o));
  return settings.sites.always.flatMap(originsForSite).filter((o) => allGranted || granted.includes(o));
}

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** Make the registered script match exactly `matches` (none: unregistered). */
export async function syncReaderSiteScript(
  scripting: ScriptingLike,
  matches: string[],
  files: { js: string; css?: string },
): Promise<void> {
  const existing = await scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  const current = existing[0]?.matches ?? [];
  // The worker runs this at every wake-up: change nothing when nothing changed.
  if (existing.length && [...current].sort().join() === [...matches].sort().join()) return;
  if (existing.length) await scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  if (!matches.length) return;
  await scripting.registerContentScripts([
    {
      id: DYNAMIC_SCRIPT_ID,
      matches,
      js: [files.js],
      ...(files.css ? { css: [files.css] } : {}),
      runAt: 'document_idle',
      allFrames: false,
    },
  ]);
}
