/**
 * Vite plugin: `import pack from 'virtual:backstory-pack'` gives the compiled topic pack.
 * The pack is validated here, so a broken pack fails the build with the checker's messages and can
 * never reach a reader; the bundle receives plain JSON (no zod).
 */
import type { Plugin } from 'vite';
import { DEFAULT_PACK_DIR, loadCompiledPack } from '../lib/dataset/node-pack';

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
      const compiled = loadCompiledPack(dir);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
