/**
 * Finding and launching the real browsers the e2e tests run in, with the built extension loaded.
 * A missing browser is an error that says how to install it: the tests are never skipped silently.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { DOCUMENT_SWAP_ERRORS, isDocumentSwapError, surviveDocumentSwap } from './evaluate';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    install:
      'sudo apt-get update && sudo apt-get install -y chromium   (or set CHROME_PATH to a Chromium/Chrome binary)',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    install: 'sudo apt-get update && sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary)',
  },
};

/** The browser's executable: `$CHROME_PATH` / `$FIREFOX_PATH` first, then standard locations. */
export function findBrowser(name: BrowserName): string {
  const c = CANDIDATES[name];
  const fromEnv = process.env[c.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${c.env}=${fromEnv} does not exist. Install ${name}: ${c.install}`);
  }
  const found = c.paths.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`${name} was not found (looked in ${c.paths.join(', ')}). Install it: ${c.install}`);
  }
  return found;
}

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** The fixed internal UUID Firefox gives our add-on in tests, so extension page URLs are known. */
export const FIREFOX_EXTENSION_UUID = '6c9d3d1e-5a7b-4c1e-9a34-b4c4c0f1e001';

export interface LaunchOptions {
  /** Unpacked extension folder (`.output/chrome-mv3` or `.output/firefox-mv3`). */
  extensionDir: string;
  /** Port of the local proxy that serves every http:// page the browser asks for. */
  proxyPort: number;
  headless?: boolean;
  /** Reuse this profile folder and keep it on close (to test what survives a restart). */
  profileDir?: string;
  /** The Firefox add-on id (from wxt.config.ts). */
  geckoId?: string;
  /** Chromium only: more command-line switches (e.g. to silence the browser's own services). */
  extraChromiumArgs?: string[];
  /** Firefox only: more preferences (e.g. a short idle timeout for the background page). */
  extraFirefoxPrefs?: Record<string, string | number | boolean>;
  /** Firefox only: more environment variables (e.g. the Gecko profiler's, for the page-cost bench). */
  extraFirefoxEnv?: Record<string, string>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test pages are plain http behind our proxy: no upgrade to https (incognito windows included).
  // The browser's own network time and form-autofill queries (content-autofill.googleapis.com,
  // seen when a form is on screen) are off too. One switch only: Chromium keeps the last
  // --disable-features it is given, so no caller may pass another.
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeIncognito,NetworkTimeServiceQuerying,AutofillServerCommunication',
];

/** What Firefox answers when an evaluation lands in a document that another is replacing. */
export const REPLACED_DOCUMENT_ERROR = DOCUMENT_SWAP_ERRORS[0];

const EVALUATIONS = new Set(['script.evaluate', 'script.callFunction']);

interface BidiAnswer {
  result?: { type?: string; exceptionDetails?: { text?: string } };
}
interface BidiConnection {
  send(method: string, params: object, timeout?: number): Promise<BidiAnswer>;
}

/** Whether a BiDi evaluation failed (either way Firefox reports it) in a document being replaced. */
export function failedInReplacedDocument(outcome: { error: unknown } | { value: BidiAnswer }): boolean {
  if ('error' in outcome) return isDocumentSwapError(outcome.error);
  const r = outcome.value.result;
  return r?.type === 'exception' && isDocumentSwapError(r.exceptionDetails?.text ?? '');
}

/**
 * Firefox (WebDriver BiDi): every evaluation, whether puppeteer's (`evaluate`, `waitForFunction`,
 * element handles) or a raw BiDi call of ours, goes through this one connection, so a document swap
 * is survived here, with the same rule as `surviveDocumentSwap` (scripts/browser/evaluate.ts) and
 * its bounded number of attempts. The target of these calls is a browsing context, so the call sent
 * again runs in the document that took over. Chromium's evaluations are retried a level up
 * (`evaluateIn`): a DevTools call names an execution context, which a retry cannot move.
 */
export function retryEvaluationsInReplacedDocuments(browser: Browser): void {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const send = connection.send.bind(connection);
  connection.send = (method, params, timeout) =>
    EVALUATIONS.has(method)
      ? surviveDocumentSwap(`BiDi ${method}`, () => send(method, params, timeout), failedInReplacedDocument)
      : send(method, params, timeout);
}

export async function launchWithExtension(name: BrowserName, opts: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(name);
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), `backstory-${name}-`));
  const headless = opts.headless ?? true;
  let browser: Browser;
  let extensionOrigin: string;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless,
      enableExtensions: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      args: [
        ...CHROMIUM_ARGS,
        `--proxy-server=http://127.0.0.1:${opts.proxyPort}`,
        // Loopback too goes through our proxy, and nothing reaches the outside.
        '--proxy-bypass-list=<-loopback>',
        '--window-size=1280,900',
        ...(opts.extraChromiumArgs ?? []),
      ],
    });
    const id = await browser.installExtension(opts.extensionDir);
    extensionOrigin = `chrome-extension://${id}`;
  } else {
    const geckoId = opts.geckoId ?? 'backstory@backstory-extension.org';
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      // Firefox 153+ lets WebDriver navigate to moz-extension:// pages (our popup) only with this.
      args: ['--remote-allow-system-access'],
      // Release builds honour `services.settings.server` (below) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...opts.extraFirefoxEnv },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': opts.proxyPort,
        // https (and wss) too, so that every request is seen by the proxy and none goes out.
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': opts.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'dom.security.https_first': false,
        'dom.security.https_first_pbm': false,
        'dom.security.https_only_mode': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
        'browser.shell.checkDefaultBrowser': false,
        // Answer the extension's optional-permission prompts with "allow", as a reader who clicks
        // "Always run on this site" would (headless Firefox cannot show the prompt).
        'extensions.webextOptionalPermissionPrompts': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'app.update.enabled': false,
        'extensions.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Remote Settings (blocklists, etc.) would poll Mozilla's servers; the value geckodriver uses.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        ...opts.extraFirefoxPrefs,
      },
    });
    retryEvaluationsInReplacedDocuments(browser);
    await browser.installExtension(opts.extensionDir);
    extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  }
  return {
    name,
    browser,
    extensionOrigin,
    async close() {
      await browser.close().catch(() => {});
      if (opts.profileDir) return;
      // A browser can still be writing its profile as it exits (Firefox flushes session files after
      // the BiDi session ends), so removal may meet ENOTEMPTY or EBUSY: retry, and never let a
      // leftover temporary folder fail the run that used it.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch (error) {
        console.warn(`could not remove the temporary profile ${profile}: ${String(error)}`);
      }
    },
  };
}

/**
 * Chromium only: keep the extension's service worker running under the harness, and report its
 * uncaught errors. With a debugger attached, a worker that was stopped (or one caught as it first
 * starts) starts again paused "waiting for the debugger" (Chromium 156: its Running Status stays
 * STARTING, no message reaches it, and its target is neither destroyed nor created again), which no
 * reader's browser does: a page then passes the gate and never gets the engine. So the harness keeps
 * telling it to run; the command is a no-op for a running worker. Returns the function that stops.
 */
export async function keepExtensionWorkerRunning(
  launched: LaunchedBrowser,
  onError: (message: string) => void = () => {},
): Promise<() => void> {
  if (launched.name !== 'chromium') return () => {};
  const browserCdp = await launched.browser.target().createCDPSession();
  const watched = new Set<string>();
  const workers: CDPSession[] = [];
  const timer = setInterval(() => {
    for (const w of workers) void w.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  }, 200);
  const watchWorker = async (info: { targetId: string; type: string; url: string }) => {
    if (info.type !== 'service_worker' || !info.url.startsWith(launched.extensionOrigin) || watched.has(info.targetId))
      return;
    watched.add(info.targetId);
    const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: true });
    const worker = browserCdp.connection()?.session(sessionId);
    if (!worker) return;
    workers.push(worker);
    worker.on('Runtime.exceptionThrown', (e) =>
      onError(`service worker: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
    );
    await worker.send('Runtime.enable');
    await worker.send('Runtime.runIfWaitingForDebugger');
  };
  browserCdp.on('Target.targetCreated', ({ targetInfo }) => void watchWorker(targetInfo).catch(() => {}));
  browserCdp.on('Target.targetInfoChanged', ({ targetInfo }) => void watchWorker(targetInfo).catch(() => {}));
  await browserCdp.send('Target.setDiscoverTargets', { discover: true });
  await launched.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(launched.extensionOrigin),
    { timeout: 30_000 },
  );
  for (const info of (await browserCdp.send('Target.getTargets')).targetInfos) await watchWorker(info);
  return () => clearInterval(timer);
}
