/**
 * Vite plugin: `import pack from 'virtual:backstory-pack'` gives the compiled topic pack.
 * The pack is validated here, so a broken pack fails the build with the checker's messages and can
 * never reach a reader; the bundle receives plain JSON (no zod).
 *
 * Only `topic` (the cheap gate's terms, a few KB) is parsed when the script loads. The rest (names,
 * cards, sources, matcher tables: ~380 KB) is parsed on first use, so a page on a listed outlet that
 * is not about the story does not pay for it (about 1–2 ms of `JSON.parse` per page).
 */
import type { Plugin } from 'vite';
import type { CompiledPack } from '../lib/pack/compiled';
import { DEFAULT_PACK_DIR, loadCompiledPack } from '../lib/pack/node-pack';

const ID = 'virtual:backstory-pack';
const RESOLVED = '\0' + ID;

export function backstoryPack(dir: string = DEFAULT_PACK_DIR): Plugin {
  return {
    name: 'backstory-pack',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(dir);
      return packModule(loadCompiledPack(dir));
    },
  };
}

/** The module text for `pack`: `topic` eager, every other field a getter over one lazy parse. */
export function packModule(pack: CompiledPack): string {
  const { topic, ...rest } = pack;
  const getters = Object.keys(rest).map(
    (key) => `  get ${JSON.stringify(key)}() { return rest()[${JSON.stringify(key)}]; },`,
  );
  return [
    `let parsed;`,
    `const rest = () => (parsed ??= JSON.parse(${JSON.stringify(JSON.stringify(rest))}));`,
    `export default {`,
    `  topic: JSON.parse(${JSON.stringify(JSON.stringify(topic))}),`,
    ...getters,
    `};`,
  ].join('\n');
}
