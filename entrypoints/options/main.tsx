// Wiring only: mount the options page with the shipped pack, the curated outlets and the real browser.
import { render } from 'preact';
import pack from 'virtual:backstory-pack';
import { browser } from 'wxt/browser';
import newsSites from '../../assets/dataset/news-sites.json';
import '../../assets/styles/options.css';
import { OptionsApp } from '../../components/options/options-app';
import { browserOptionsServices } from '../../components/options/options-services';

const root = document.getElementById('app');
if (root) {
  render(<OptionsApp pack={pack} services={browserOptionsServices(browser)} curatedSites={newsSites.sites} />, root);
}
