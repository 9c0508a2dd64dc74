import { beforeEach } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test starts from an empty fake browser: storage, listeners and tabs do not leak between tests.
beforeEach(() => {
  fakeBrowser.reset();
});

// Property tests run from a fixed seed, so `npm test` is reproducible and a failure replays;
// `FUZZ_SEED=random` explores, `FUZZ_SEED=<n>` replays (see tests/unit/hardening/fuzz.test.ts).
if (process.env.FUZZ_SEED !== 'random') {
  fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED) || 20261129 });
}
