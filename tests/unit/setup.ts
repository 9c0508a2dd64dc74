import { beforeEach, vi } from 'vitest';
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

// Some tests are CPU-bound (50,000-level DOM, axe-core, property runs). They wait on nothing, but on
// a loaded shared machine vitest's default 5 s per test was exceeded by work, not by a hang (seen
// in 3 tests of one full run with e2e running beside it). Room for load, still a bound for a hang.
vi.setConfig({ testTimeout: 30_000 });
