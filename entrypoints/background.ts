import { browser } from 'wxt/browser';
import newsSites from '../assets/dataset/news-sites.json';
import { startBackground } from '../lib/background/start-background';

export default defineBackground(() => {
  // Firefox injects manifest content scripts into open tabs on install and update; Chromium does not.
  startBackground(browser, { curatedSites: newsSites.sites, reinjectOnInstall: !import.meta.env.FIREFOX });
});
