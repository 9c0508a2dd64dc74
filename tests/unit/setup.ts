import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test starts from an empty fake browser: storage, listeners and tabs do not leak between tests.
beforeEach(() => {
  fakeBrowser.reset();
});
