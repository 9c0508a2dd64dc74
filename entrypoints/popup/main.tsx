// Wiring only: mount the popup with the shipped pack, the curated outlets and the real browser.
import { render } from 'preact';
import pack from 'virtual:backstory-pack';
import { browser } from 'wxt/browser';
import newsSites from '../../assets/dataset/news-sites.json';
import '../../assets/styles/popup.css';
import { PopupApp } from '../../components/popup/popup-app';
import { browserPopupServices } from '../../components/popup/popup-services';

const tabParam = new URLSearchParams(location.search).get('tabId');
const forTabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
const root = document.getElementById('app');
const services = browserPopupServices(browser, forTabId);
if (root) render(<PopupApp pack={pack} services={services} curatedSites={newsSites.sites} />, root);
