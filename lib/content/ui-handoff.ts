/**
 * The in-page UI (Preact components, their styles: about half of what the engine would otherwise
 * carry) is a script of its own, `inpage-ui.js`. The background injects it into the page's
 * content-script world just before the engine, as a separate `executeScript`, so the browser compiles
 * the two in two tasks rather than one long one. The UI script leaves its mount function in a global
 * of that world (pages cannot see it); the engine takes it from there when it first draws.
 */
import type { InPageUi, InPageUiOptions } from '../inpage/mount-types';

export type MountUi = (options: InPageUiOptions) => InPageUi;

export interface UiHandoffGlobals {
  __backstoryMountUi?: MountUi;
}

/** Called by the UI script: offer its mount function to the engine in this world. */
export function offerUi(globals: UiHandoffGlobals, mount: MountUi): void {
  globals.__backstoryMountUi = mount;
}

/**
 * The engine's mount: the UI script's, looked up when the UI is first needed. Throws, with a message
 * that says so, when the UI script is not there; the page controller then stands down and the page
 * is left as it was, rather than showing highlights that open nothing.
 */
export function handedUi(globals: UiHandoffGlobals): MountUi {
  return (options) => {
    const mount = globals.__backstoryMountUi;
    if (typeof mount !== 'function') throw new Error('Backstory: the in-page UI script is missing');
    return mount(options);
  };
}
