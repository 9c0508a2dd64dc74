/**
 * Profiling aid (not part of `npm run bench`): load the demo article or the 1 MB page in fresh tabs
 * with the built extension and print, per load, Backstory's User Timing measures and every gap the
 * page's probe saw (a task or rendering that held the main thread), both relative to the gate's
 * start. Tells which long gaps are ours (they fall inside our measures) and which are the page's.
 *
 *   npx tsx scripts/bench/gaps.ts article|big [chromium|firefox] [--runs 3] [--over 12] [--ext DIR]
 *
 * Marks whose names start with "DBG" (temporary, in a build made to find a gap) are printed too.
 *
 * `--ext DIR` loads another build (e.g. a copy of `.output/chrome-mv3` made before a change), to
 * compare two builds in the same session.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { keepExtensionWorkerRunning, launchWithExtension, type BrowserName } from '../browser/browsers';
import { startProxyServer } from '../browser/proxy-server';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { aliasTexts } from './engine';
import { bigArticle, LISTED_HOST, loadOnce, withProbe } from './page-cost';
import { GECKO_ID } from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const option = (flag: string, fallback: number) =>
  argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) || fallback : fallback;
const which = argv[0] ?? 'article';
const name: BrowserName = argv[1] === 'firefox' ? 'firefox' : 'chromium';
const runs = option('--runs', 3);
const over = option('--over', 12);
const extOption = argv.includes('--ext') ? argv[argv.indexOf('--ext') + 1] : undefined;

const body =
  which === 'big'
    ? withProbe(bigArticle(aliasTexts(loadCompiledPack())))
    : withProbe(readFileSync(join(ROOT, 'tests/fixtures/demo/noem-cecot-visit.html'), 'utf8'));
const proxy = await startProxyServer();
const url = proxy.route({ host: LISTED_HOST, path: `/${which}`, body });
const launched = await launchWithExtension(name, {
  extensionDir: resolve(extOption ?? join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3')),
  proxyPort: proxy.port,
  geckoId: GECKO_ID,
});
await keepExtensionWorkerRunning(launched);
try {
  for (let i = 0; i < runs; i++) {
    const r = await loadOnce(
      launched.browser,
      name,
      url,
      "performance.getEntriesByName('backstory:total').length > 0",
      300,
    );
    const t0 = r.measures['backstory:gate']?.start ?? 0;
    const measures = Object.entries(r.measures)
      .map(([k, v]) => `${k.replace('backstory:', '')} @${(v.start - t0).toFixed(0)}+${v.duration.toFixed(1)}`)
      .join('  ');
    const gaps = (r.probe?.gaps ?? [])
      .filter(([, length]) => length > over)
      .map(([start, length]) => `${(start - t0).toFixed(0)}:${length.toFixed(0)}`)
      .join(' ');
    // Temporary 'DBG …' marks in a build, to place a gap in our own code.
    const dbg = Object.entries(r.marks)
      .filter(([k]) => k.startsWith('DBG'))
      .sort((a, b) => a[1] - b[1])
      .map(([k, v]) => `${k.slice(4)} @${(v - t0).toFixed(0)}`)
      .join('  ');
    if (dbg) console.log(`  DBG marks: ${dbg}`);
    console.log(
      `${name} ${which} run ${i + 1}: ${measures}\n  gaps over ${over} ms (start:length, ms from the gate): ${gaps}`,
    );
  }
} finally {
  await launched.close();
  await proxy.close();
}
