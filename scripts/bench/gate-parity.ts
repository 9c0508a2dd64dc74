/**
 * Checking aid (not part of `npm run bench`): the gate reads a page through XPath in browsers (no
 * element wrappers, see lib/detect/gate.ts) and through the DOM elsewhere. This runs both paths in
 * Chromium on the real saved pages and the on-topic transplants (tests/unit/support/real-layouts.ts)
 * and lists every page where they disagree, with how long each took.
 *
 *   npx tsx scripts/bench/gate-parity.ts
 */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { buildTransplants, realPages, realPagesDir } from '../../tests/unit/support/real-layouts';
import { findBrowser } from '../browser/browsers';
import { startProxyServer } from '../browser/proxy-server';

const dir = realPagesDir();
if (!dir) throw new Error('the real pages archive is missing');
const bundle = await build({
  stdin: {
    contents: "import { passesGate } from './lib/detect/gate'; (globalThis as any).__passesGate = passesGate;",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
});
const gateSource = bundle.outputFiles[0].text;
const gateTerms = loadCompiledPack().topic.gateTerms;
const pages: { name: string; host: string; path?: string; html: string; expected?: boolean }[] = [
  ...realPages(dir).map(([name, html]) => ({ name, host: 'www.example-news.com', html })),
  ...buildTransplants(dir).map((t) => ({
    name: t.id,
    host: new URL(t.url).host,
    path: new URL(t.url).pathname,
    html: t.html,
    expected: true,
  })),
];
const proxy = await startProxyServer();
const browser = await puppeteer.launch({
  executablePath: findBrowser('chromium'),
  headless: true,
  args: ['--no-sandbox', `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
});
let differ = 0;
const slow: [number, number, string][] = [];
let xpathMs = 0;
let domMs = 0;
try {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  for (const [i, p] of pages.entries()) {
    const url = proxy.route({
      host: p.host,
      path: p.path ?? `/p${i}`,
      body: p.html.replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, ''),
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => {});
    // Strip meta refreshes: a page that navigates away cannot be compared.
    const r = await page
      .evaluate(
        (source: string, terms: string[]) => {
          (0, eval)(source);
          const pass = (globalThis as unknown as { __passesGate: (d: Document, p: object) => boolean }).__passesGate;
          const pack = { topic: { gateTerms: terms } };
          const t0 = performance.now();
          const viaXPath = pass(document, pack);
          const t1 = performance.now();
          Object.defineProperty(document, 'evaluate', { value: undefined, configurable: true });
          const viaDom = pass(document, pack);
          const t2 = performance.now();
          return { viaXPath, viaDom, xpathMs: t1 - t0, domMs: t2 - t1 };
        },
        gateSource,
        gateTerms,
      )
      .catch((e: unknown) => {
        console.log(`${p.name}: not compared (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
        return null;
      });
    if (!r) continue;
    slow.push([r.xpathMs, r.domMs, p.name]);
    xpathMs += r.xpathMs;
    domMs += r.domMs;
    if (r.viaXPath !== r.viaDom || (p.expected !== undefined && r.viaXPath !== p.expected)) {
      differ++;
      console.log(
        `${p.name}: XPath ${r.viaXPath}, DOM ${r.viaDom}${p.expected !== undefined ? `, expected ${p.expected}` : ''}`,
      );
    }
  }
} finally {
  await browser.close();
  await proxy.close();
}
for (const [x, d, n] of slow.sort((a, b) => b[0] - a[0]).slice(0, 8))
  console.log(`slowest: ${n} XPath ${x.toFixed(1)} ms, DOM ${d.toFixed(1)} ms`);
console.log(
  `${pages.length} pages, ${differ} differ; XPath ${xpathMs.toFixed(0)} ms, DOM ${domMs.toFixed(0)} ms in all (warm)`,
);
