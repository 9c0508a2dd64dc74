/**
 * The built manifests, pinned: what Backstory may do is decided here, on purpose, and a change to
 * the permission set must change this test (and the README's "Permissions" section) with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import newsSites from '../../assets/dataset/news-sites.json';
import { curatedMatchPatterns } from '../../lib/settings/sites';
import { GECKO_ID } from '../../wxt.config';
import { extensionDirFor } from './support/session';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; css?: string[]; all_frames?: boolean }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
};

/** The curated outlets' match patterns, as the manifest must list them. */
const CURATED_MATCHES = curatedMatchPatterns(newsSites.sites);

function manifestOf(name: 'chromium' | 'firefox'): Manifest {
  return JSON.parse(readFileSync(join(extensionDirFor(name), 'manifest.json'), 'utf8')) as Manifest;
}

describe.each(['chromium', 'firefox'] as const)('%s manifest', (name) => {
  const m = manifestOf(name);

  test('asks for exactly storage, activeTab and scripting', () => {
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  test('every permission is used by the built code', () => {
    const dir = extensionDirFor(name);
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // storage: per-tab reports (session) and settings (local); scripting: "Scan this page" and the
    // reader's own sites; activeTab has no API of its own: it is what lets that scan reach the tab.
    expect(background).toMatch(/\.session\b/);
    expect(background).toMatch(/executeScript/);
    expect(background).toMatch(/registerContentScripts/);
  });

  test('host access up front is exactly the curated news sites (the install warning the content-script matches give anyway); all sites only if the reader grants it', () => {
    // The background injects the engine where the gate script passed: it needs host access to
    // exactly the sites where the gate runs by itself, and no more.
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...CURATED_MATCHES].sort());
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
  });

  test('runs by itself only on the curated news sites, top frame only, and only the gate', () => {
    expect(m.content_scripts).toHaveLength(1);
    const [cs] = m.content_scripts!;
    expect([...cs.matches].sort()).toEqual([...CURATED_MATCHES].sort());
    expect(cs.all_frames ?? false).toBe(false);
    expect(cs.js).toEqual(['gate.js']);
    expect(cs.css).toBeUndefined();
    // Small: a page that is not about the story pays for this script only.
    expect(readFileSync(join(extensionDirFor(name), 'gate.js'), 'utf8').length).toBeLessThan(8_000);
  });

  test('exposes nothing to pages or other extensions', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    // The default extension CSP (no remote code, no eval) stays in force.
    expect(m.content_security_policy).toBeUndefined();
  });

  test('the content scripts ship no zod and no dynamic code', () => {
    for (const file of ['gate.js', 'inpage-ui.js', 'content-scripts/engine.js']) {
      const js = readFileSync(join(extensionDirFor(name), file), 'utf8');
      expect(js).not.toMatch(/ZodError|zod\.dev|\$ZodType/);
      expect(js).not.toMatch(/\beval\(|new Function\(/);
      // Nor the code that builds the matcher tables (`buildMatcherTables`, with its error message):
      // the pack carries them built, and that code was a tenth of the engine a page compiles.
      expect(js).not.toContain(': invalid pattern ');
    }
  });

  test('name and description come from _locales (English and Spanish)', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.default_locale).toBe('en');
    for (const lang of ['en', 'es']) {
      const messages = JSON.parse(readFileSync(join(extensionDirFor(name), '_locales', lang, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toBeTruthy();
      expect(messages.extDescription.message).toBeTruthy();
    }
  });

  if (name === 'firefox') {
    test('declares its add-on id and that it collects no data', () => {
      expect(m.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
      expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    });
  }
});
