import { describe, expect, test, vi } from 'vitest';
import { PRIORITY_YIELDS_IN_A_ROW, runSliced, taskYielder } from '../../../lib/content/slices';

/** A window with a fake `scheduler.yield` and `MessageChannel`, counting which one each yield used. */
function fakeWindow(withScheduler: boolean) {
  const used: ('priority' | 'plain')[] = [];
  class FakeChannel {
    port1: { onmessage: (() => void) | null } = { onmessage: null };
    port2 = { postMessage: () => queueMicrotask(() => this.port1.onmessage?.()) };
    constructor() {
      const post = this.port2.postMessage;
      this.port2.postMessage = () => {
        used.push('plain');
        post();
      };
    }
  }
  const win = {
    MessageChannel: FakeChannel,
    setTimeout: (fn: () => void) => setTimeout(fn, 0),
    ...(withScheduler
      ? {
          scheduler: {
            yield: async () => {
              used.push('priority');
            },
          },
        }
      : {}),
  };
  return { win: win as unknown as Window & typeof globalThis, used };
}

describe('taskYielder', () => {
  test('with scheduler.yield, a plain task comes after every run of priority yields, so page tasks get a turn', async () => {
    const { win, used } = fakeWindow(true);
    const yieldTask = taskYielder(win);
    for (let i = 0; i < 6; i++) await yieldTask();
    const pattern = [...Array<'priority'>(PRIORITY_YIELDS_IN_A_ROW).fill('priority'), 'plain'];
    expect(used).toEqual([...pattern, ...pattern, ...pattern].slice(0, 6));
    expect(used).toContain('plain');
    expect(used).toContain('priority');
  });

  test('without scheduler.yield, every yield is a plain task', async () => {
    const { win, used } = fakeWindow(false);
    const yieldTask = taskYielder(win);
    for (let i = 0; i < 3; i++) await yieldTask();
    expect(used).toEqual(['plain', 'plain', 'plain']);
  });
});

describe('runSliced', () => {
  test('runs steps until the budget is used, yields, and returns the result', async () => {
    let clock = 0;
    const yieldTask = vi.fn(async () => {});
    const slices: number[] = [];
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 10; i++) {
        clock += 3;
        yield;
      }
      return 'done';
    }
    const result = await runSliced(steps(), {
      now: () => clock,
      yieldTask,
      budgetMs: 8,
      onSlice: (ms) => slices.push(ms),
    });
    expect(result).toBe('done');
    // 3 steps of 3 ms cross the 8 ms budget: slices of 9 ms, and a last shorter one.
    expect(slices).toEqual([9, 9, 9, 3]);
    expect(yieldTask).toHaveBeenCalledTimes(3);
  });

  test('stops between slices once aborted', async () => {
    const controller = new AbortController();
    let clock = 0;
    function* steps(): Generator<void, void> {
      for (;;) {
        clock += 10;
        yield;
      }
    }
    const run = runSliced(steps(), {
      now: () => clock,
      yieldTask: async () => controller.abort(new Error('reader left')),
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow('reader left');
  });
});
