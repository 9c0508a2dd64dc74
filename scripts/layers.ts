/**
 * The layer rule: which folder may import which, as declared in `layers.json`. Used by the structure
 * test (over the real tree and over a planted violation) and readable as the dependency picture.
 * Imports are read with TypeScript's own pre-processor, so type-only and dynamic imports count too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import ts from 'typescript';
import config from '../layers.json' with { type: 'json' };

export interface Layer {
  folder: string;
  holds: string;
  may: string[];
  packages: string[];
}

export interface LayerConfig {
  layers: Layer[];
  files: Record<string, string>;
}

export const LAYERS: LayerConfig = config;

/** The folders whose code is held to the rule. */
export const PRODUCT_ROOTS = ['lib', 'components', 'entrypoints'];

/** The layer a repository-relative path belongs to: an explicit file entry, else the longest folder prefix. */
export function layerOf(path: string, cfg: LayerConfig = LAYERS): Layer | null {
  const named = cfg.files[path];
  const folder =
    named ??
    cfg.layers
      .map((l) => l.folder)
      .filter((f) => path.startsWith(`${f}/`))
      .sort((a, b) => b.length - a.length)[0];
  return cfg.layers.find((l) => l.folder === folder) ?? null;
}

function packageAllowed(spec: string, allowed: string[]): boolean {
  return allowed.some((p) => p === '*' || p === spec || (p.endsWith('/*') && spec.startsWith(p.slice(0, -1))));
}

/** A module's import specifiers: static, `export … from`, dynamic `import()` and type-only alike. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Where a relative specifier points, repository-relative (extension and query dropped). */
function resolveSpec(fromPath: string, spec: string): string {
  return posix.normalize(posix.join(posix.dirname(fromPath), spec.split('?')[0]));
}

/**
 * Every import that breaks the rule, as `file: imports spec (why)`. `files` maps
 * repository-relative paths to their source text.
 */
export function layerViolations(files: Map<string, string>, cfg: LayerConfig = LAYERS): string[] {
  const problems: string[] = [];
  for (const [path, source] of files) {
    const own = layerOf(path, cfg);
    if (!own) {
      problems.push(`${path}: belongs to no layer in layers.json`);
      continue;
    }
    for (const spec of importsOf(source)) {
      if (!spec.startsWith('.')) {
        if (spec.startsWith('virtual:') && own.may.includes('*')) continue;
        if (!packageAllowed(spec, own.packages))
          problems.push(`${path}: imports package ${spec} (not in ${own.folder}'s packages)`);
        continue;
      }
      const target = resolveSpec(path, spec);
      const to = layerOf(target, cfg) ?? layerOf(`${target}.ts`, cfg) ?? layerOf(`${target}.tsx`, cfg);
      if (to?.folder === own.folder || own.may.includes('*')) continue;
      if (!to)
        problems.push(
          `${path}: imports ${spec} (outside every layer: stylesheets and data are passed in by entrypoints)`,
        );
      else if (!own.may.includes(to.folder))
        problems.push(`${path}: imports ${spec} (${own.folder} may not import ${to.folder})`);
    }
  }
  return problems;
}

/**
 * Declared edges no file uses, as `folder → folder`. The rule is kept exact, so that `layers.json`
 * (and `npm run layers`) reads as the real dependency picture, not only an upper bound.
 */
export function unusedEdges(files: Map<string, string>, cfg: LayerConfig = LAYERS): string[] {
  const used = new Set<string>();
  for (const [path, source] of files) {
    const own = layerOf(path, cfg);
    if (!own) continue;
    for (const spec of importsOf(source).filter((s) => s.startsWith('.'))) {
      const target = resolveSpec(path, spec);
      const to = layerOf(target, cfg) ?? layerOf(`${target}.ts`, cfg) ?? layerOf(`${target}.tsx`, cfg);
      if (to && to.folder !== own.folder) used.add(`${own.folder} → ${to.folder}`);
    }
  }
  return cfg.layers
    .flatMap((l) => l.may.filter((m) => m !== '*').map((m) => `${l.folder} → ${m}`))
    .filter((e) => !used.has(e));
}

/** Folder-level cycles in the declared rule itself (the rule must describe layers, not a tangle). */
export function declaredCycles(cfg: LayerConfig = LAYERS): string[] {
  const may = new Map(cfg.layers.map((l) => [l.folder, l.may.filter((m) => m !== '*')]));
  const cycles: string[] = [];
  const visit = (node: string, path: string[]) => {
    for (const next of may.get(node) ?? []) {
      if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else visit(next, [...path, next]);
    }
  };
  for (const folder of may.keys()) visit(folder, [folder]);
  return [...new Set(cycles)];
}

/** The product's source files, repository-relative, with their text. */
export function productSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) {
        files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  for (const r of PRODUCT_ROOTS) walk(join(root, r));
  return files;
}

export const REPO_ROOT = resolve(import.meta.dirname, '..');

/** The dependency picture, one line per layer, lowest first: `folder → what it may import — what it holds`. */
export function dependencyPicture(cfg: LayerConfig = LAYERS): string[] {
  return cfg.layers.map(
    (l) => `${l.folder.padEnd(18)} → ${l.may.length ? l.may.join(', ') : '(nothing)'}   — ${l.holds}`,
  );
}
