import { describe, expect, test, vi } from 'vitest';
import { handedUi, offerUi, type UiHandoffGlobals } from '../../../lib/content/ui-handoff';
import type { InPageUi, InPageUiOptions } from '../../../lib/inpage/mount-types';

describe('the in-page UI handed from its own script to the engine', () => {
  test('the engine mounts with whatever the UI script offered, looked up when it first draws', () => {
    const globals: UiHandoffGlobals = {};
    const mountUi = handedUi(globals);
    const ui = { togglePanel() {}, openPanel() {}, update() {}, destroy() {} } satisfies InPageUi;
    const mount = vi.fn(() => ui);
    // Offered after the engine took its handle: still found.
    offerUi(globals, mount);
    const options = { lang: 'en' } as unknown as InPageUiOptions;
    expect(mountUi(options)).toBe(ui);
    expect(mount).toHaveBeenCalledWith(options);
  });

  test('without the UI script the mount throws, saying so (the page controller then stands down)', () => {
    expect(() => handedUi({})({} as InPageUiOptions)).toThrow(/in-page UI script is missing/);
  });
});
