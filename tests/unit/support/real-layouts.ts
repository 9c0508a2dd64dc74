/**
 * Real-layout transplants: the project's own on-topic fixture articles (tests/fixtures/*-src) put
 * into the article slots of real saved news pages from `../shared/realpages-data/real-pages.tar.xz`,
 * keeping each page's navigation, rails, inline boxes, comments and footers. The archive is unpacked
 * to a temporary folder at test time and nothing from it is written into the repository.
 *
 * Used by the CLI test (tests/unit/real-layouts.test.ts) and the browser test
 * (tests/e2e/real-layouts.test.ts), so both measure the same pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { annotate } from '../../../scripts/fixtures/annotate';
import { REAL_PAGES_ARCHIVE } from './real-pages';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** The real pages' archive, found as `real-pages.ts` finds it. */
export const ARCHIVE = REAL_PAGES_ARCHIVE;

/**
 * The unpacked archive's folder, or null when the archive is not there. In a test file, call it at
 * the top: unpacked once per file and deleted after the file's tests (elsewhere, when the process
 * exits), so runs leave no copy of the pages behind.
 */
let unpacked: string | null | undefined;
export function realPagesDir(): string | null {
  if (unpacked !== undefined) return unpacked;
  if (!existsSync(ARCHIVE)) return (unpacked = null);
  const dir = mkdtempSync(join(tmpdir(), 'backstory-realpages-'));
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    unpacked = undefined;
  };
  // Vitest ends its workers without a normal process exit, so there the test file's own hook deletes it.
  if (process.env.VITEST) afterAll(remove);
  else process.once('exit', remove);
  execFileSync('tar', ['-xJf', ARCHIVE, '-C', dir]);
  return (unpacked = dir);
}

/** The saved real pages (all 300), as [name, html]. */
export function realPages(dir: string): [string, string][] {
  const pages = join(dir, 'pages');
  return readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(pages, f), 'utf8')]);
}

type Part = string | { ph: string; n?: string; open?: string; close?: string; orig?: string; where?: string };
interface Template {
  name: string;
  edits: { start: number; end: number; parts: Part[] }[];
  stats: { slots: number; lang: string | null };
}

/** The outlet each host page comes from, so pages are served and analysed under their own host. */
const HOSTS: Record<string, string> = {
  'nytimes-1': 'www.nytimes.com',
  'nytimes-2': 'www.nytimes.com',
  'nytimes-3': 'www.nytimes.com',
  'nytimes-4': 'www.nytimes.com',
  'wapo-1': 'www.washingtonpost.com',
  'wapo-2': 'www.washingtonpost.com',
  'bbc-1': 'www.bbc.com',
  cnn: 'www.cnn.com',
  'guardian-1': 'www.theguardian.com',
  telegraph: 'www.telegraph.co.uk',
  'herald-sun-1': 'www.heraldsun.com.au',
  'seattletimes-1': 'www.seattletimes.com',
  breitbart: 'www.breitbart.com',
  'buzzfeed-1': 'www.buzzfeed.com',
  'salon-1': 'www.salon.com',
  theverge: 'www.theverge.com',
  engadget: 'www.engadget.com',
  'ars-1': 'arstechnica.com',
  cnet: 'www.cnet.com',
  'citylab-1': 'www.citylab.com',
  wikia: 'starwars.wikia.com',
  'tmz-1': 'www.tmz.com',
  msn: 'www.msn.com',
  'yahoo-1': 'www.yahoo.com',
  'yahoo-3': 'news.yahoo.com',
  aclu: 'www.aclu.org',
  'schema-org-context-object': 'www.nbcnews.com',
  medicalnewstoday: 'www.medicalnewstoday.com',
  wordpress: 'wordpress.com',
  'quanta-1': 'www.quantamagazine.org',
  'webmd-1': 'www.webmd.com',
  'cnet-svg-classes': 'www.cnet.com',
  'la-nacion': 'www.lanacion.com.ar',
};

/** One on-topic fixture article, as plain parts to transplant, with its annotated mention counts. */
export interface SourceArticle {
  file: string;
  /** From the held-out sources (tests/fixtures/holdout-src): measured, never tuned on. */
  heldOut: boolean;
  lang: 'en' | 'es';
  title: string;
  /** Paragraph HTML (dek first), in order. */
  paragraphs: string[];
  /** Annotated mentions of the title and paragraphs, per entity id. */
  entities: Record<string, number>;
  /** The part of `entities` in the title alone. */
  titleEntities: Record<string, number>;
}

function parseSource(path: string, heldOut: boolean): SourceArticle | null {
  const text = readFileSync(path, 'utf8');
  const sep = text.indexOf('\n---\n');
  if (sep < 0) return null;
  const header = new Map<string, string>();
  for (const line of text.slice(0, sep).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0 && !header.has(line.slice(0, i).trim())) header.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  if (header.get('onTopic') !== 'true') return null;
  const entities: Record<string, number> = {};
  const add = (counts: Record<string, number>) => {
    for (const [id, n] of Object.entries(counts)) entities[id] = (entities[id] ?? 0) + n;
  };
  const title = annotate(header.get('title') ?? '');
  add(title.entities);
  const paragraphs: string[] = [];
  const blocks = [header.get('dek') ?? '', ...text.slice(sep + 5).split(/\n\s*\n/)]
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
  for (const block of blocks) {
    // Figures, inline related links and ad slots belong to the fixture's own layout, not the story.
    if (block.startsWith('!')) continue;
    const body = block.replace(/^(?:##|>|-)\s+/, '');
    const a = annotate(body);
    add(a.entities);
    paragraphs.push(a.html);
  }
  return {
    file: path
      .split('/')
      .pop()!
      .replace(/\.src\.txt$/, ''),
    heldOut,
    lang: header.get('lang') === 'es' ? 'es' : 'en',
    title: title.text,
    paragraphs,
    entities,
    titleEntities: title.entities,
  };
}

/** Every on-topic article of the tuning and held-out fixture sources. */
export function sourceArticles(): SourceArticle[] {
  const out: SourceArticle[] = [];
  for (const folder of ['articles-src', 'holdout-src']) {
    const dir = join(REPO_ROOT, 'tests/fixtures', folder);
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.src.txt'))
      .sort()) {
      const article = parseSource(join(dir, f), folder === 'holdout-src');
      if (article) out.push(article);
    }
  }
  return out;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Fill a template's placeholders with one article: title, language, paragraphs in the slots. */
export function transplant(page: string, template: Template, article: SourceArticle, lang: string): string {
  const slots = template.stats.slots;
  // More paragraphs than slots: the last slot holds the rest, each still its own paragraph.
  const slotHtml = (n: number, open: string, close: string): string => {
    if (n >= article.paragraphs.length) return '';
    const mine = n === slots - 1 ? article.paragraphs.slice(n) : [article.paragraphs[n]];
    return mine.map((p) => `${open}${p}${close}`).join('\n');
  };
  // The templates count characters in code points; a JavaScript string counts UTF-16 units, two for
  // each character outside the Basic Multilingual Plane (an emoji): count those before each offset.
  const astral: number[] = [];
  let cp = 0;
  for (const ch of page) {
    if (ch.length === 2) astral.push(cp);
    cp++;
  }
  const unit = (offset: number): number => {
    let before = 0;
    while (before < astral.length && astral[before] < offset) before++;
    return offset + before;
  };
  let out = '';
  let at = 0;
  for (const { start, end, parts } of [...template.edits]
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ ...e, start: unit(e.start), end: unit(e.end) }))) {
    out += page.slice(at, start);
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      switch (part.ph) {
        case 'lang-attr':
          out += lang;
          break;
        case 'title-text':
          out += escapeText(article.title);
          break;
        case 'title-attr':
          out += escapeAttr(article.title);
          break;
        case 'title-json':
          out += JSON.stringify(article.title).replace(/</g, '\\u003c');
          break;
        case 'trap':
          out += part.orig ?? '';
          break;
        case 'slot':
          out += slotHtml(Number(part.n), part.open ?? '<p>', part.close ?? '</p>');
          break;
        default:
          throw new Error(`unknown placeholder ${part.ph} in ${template.name}`);
      }
    }
    at = end;
  }
  return out + page.slice(at);
}

export interface Transplant {
  /** "host-page/article-file" */
  id: string;
  host: string;
  article: SourceArticle;
  url: string;
  html: string;
}

/**
 * Every article in two real layouts: English ones in two English pages, Spanish ones in a Spanish
 * page and in an English page declared Spanish (or declaring nothing, as some real pages do).
 */
export function buildTransplants(dir: string): Transplant[] {
  const templates = JSON.parse(readFileSync(join(dir, 'templates.json'), 'utf8')) as Record<string, Template>;
  const hosts = JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as { en: string[]; es: string[] };
  const pageOf = (name: string) => readFileSync(join(dir, 'pages', `${name}.html`), 'utf8');
  const out: Transplant[] = [];
  let en = 0;
  let es = 0;
  for (const article of sourceArticles()) {
    const layouts: [string, string][] =
      article.lang === 'en'
        ? [
            [hosts.en[en % hosts.en.length], 'en'],
            [hosts.en[(en + 13) % hosts.en.length], 'en'],
          ]
        : [
            [hosts.es[es % hosts.es.length], 'es'],
            [hosts.en[(es * 7 + 3) % hosts.en.length], 'es'],
          ];
    if (article.lang === 'en') en++;
    else es++;
    for (const [host, lang] of layouts) {
      const template = templates[host];
      const html = transplant(pageOf(host), template, article, lang);
      // A neutral path: the gate must find the story in the page, not in the URL's slug.
      const url = `https://${HOSTS[host] ?? 'www.example.com'}/2025/04/01/story-${out.length}.html`;
      out.push({ id: `${host}/${article.file}`, host, article, url, html });
    }
  }
  return out;
}
