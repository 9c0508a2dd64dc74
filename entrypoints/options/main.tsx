// Wiring only: mount the options page with the shipped pack and the real browser.
import { render } from 'preact';
import pack from 'virtual:backstory-pack';
import { browser } from 'wxt/browser';
import '../../assets/styles/options.css';
import { OptionsApp } from '../../components/options/options-app';
import { browserOptionsServices } from '../../components/options/options-services';

const root = document.getElementById('app');
if (root) render(<OptionsApp pack={pack} services={browserOptionsServices(browser)} />, root);
