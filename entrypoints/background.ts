import { browser } from 'wxt/browser';
import newsSites from '../assets/dataset/news-sites.json';
import { startBackground } from '../lib/background/start-background';
import { isPackTexts, PACK_TEXTS_FILE } from '../lib/pack/pack-texts';

export default defineBackground(() => {
  startBackground(browser, {
    curatedSites: newsSites.sites,
    // Firefox injects manifest content scripts into open tabs on install and update; Chromium does not.
    reinjectOnInstall: !import.meta.env.FIREFOX,
    // A file of the extension's own package (not web-accessible): only the extension can read it.
    loadPackTexts: async () => {
      const texts: unknown = await (
        await fetch((browser.runtime.getURL as (path: string) => string)(`/${PACK_TEXTS_FILE}`))
      ).json();
      if (!isPackTexts(texts)) throw new Error(`${PACK_TEXTS_FILE} is not the pack's texts`);
      return texts;
    },
  });
});
