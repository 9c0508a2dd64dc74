import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { loadCompiledPack } from './lib/pack/node-pack';
import { foldGateTerms } from './lib/detect/gate';
import { PACK_TEXTS_FILE, packTexts } from './lib/pack/pack-texts';
import { curatedMatchPatterns } from './lib/settings/sites';
import { backstoryPack } from './scripts/vite-plugin-pack';
import newsSites from './assets/dataset/news-sites.json';

/**
 * `import gateTerms from 'virtual:backstory-gate-terms'`: the pack's gate terms alone, folded here
 * (at build time), for the gate script that loads on every listed page; the full pack goes into the
 * engine only.
 */
function backstoryGateTerms(): Plugin {
  const id = 'virtual:backstory-gate-terms';
  return {
    name: 'backstory-topic',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    load(source) {
      if (source !== '\0' + id) return undefined;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(foldGateTerms(loadCompiledPack().topic.gateTerms)))});`;
    },
  };
}

/** The Firefox add-on id; stable so that storage survives updates. */
export const GECKO_ID = 'backstory@backstory-extension.org';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['*://*/*'],
    // The gate, alone, on the curated outlets. The engine (entrypoints/engine.content.ts) is injected
    // by the background where the gate passes; its `matches` become host_permissions for exactly
    // these sites (the same install warning as these content-script matches).
    content_scripts: [{ matches: curatedMatchPatterns(newsSites.sites), js: ['gate.js'], run_at: 'document_idle' }],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the first version that knows `data_collection_permissions` (ESR 140 onwards).
              strict_min_version: '140.0',
              // Backstory collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned `data_collection_permissions` in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // Mozilla's review asks for the sources that build the add-on; keep out what they don't need.
    excludeSources: ['demo-output/**', 'tests/e2e/.profiles/**', '.output/**'],
  },
  hooks: {
    // The pack the background hands to each engine it injects (see lib/pack/pack-texts.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: PACK_TEXTS_FILE, contents: JSON.stringify(packTexts(loadCompiledPack())) });
    },
  },
  vite: () => ({
    plugins: [preact(), backstoryPack(), backstoryGateTerms()],
    // Profiling aid: readable function names in traces (scripts/bench/trace.ts --samples).
    build: process.env.BACKSTORY_NO_MINIFY === '1' ? { minify: false } : {},
  }),
});
