import { describe, expect, it } from 'vitest';
import { backstoryTasksInProfile, tasksHoldingMark, type GeckoProfile } from '../../../scripts/bench/gecko-profile';

/** A processed Gecko profile with one content process whose main thread holds `markers`. */
function profile(markers: [string, number | null, number | null, number, object | null][]): GeckoProfile {
  const strings: string[] = [];
  const id = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  return {
    threads: [{ name: 'GeckoMain', stringArray: [], markers: { data: [] } }],
    processes: [
      {
        threads: [
          {
            name: 'GeckoMain',
            stringArray: strings,
            markers: {
              schema: { name: 0, startTime: 1, endTime: 2, phase: 3, category: 4, data: 5 },
              data: markers.map(([name, start, end, phase, data]) => [id(name), start, end, phase, 0, data]),
            },
          },
        ],
      },
    ],
  };
}

const WINDOW = { innerWindowID: 7 };
const gate: [string, number, number, number, object][] = [
  ['UserTiming', 100, 101, 1, { ...WINDOW, type: 'UserTiming', name: 'backstory:gate', entryType: 'measure' }],
];
const settledAt = (t: number): [string, number, null, number, object] => [
  'UserTiming',
  t,
  null,
  0,
  { ...WINDOW, type: 'UserTiming', name: 'backstory:settled', entryType: 'mark' },
];

describe('backstoryTasksInProfile', () => {
  it('pairs start and end markers into tasks and tells script tasks from rendering', () => {
    const [page] = backstoryTasksInProfile(
      profile([
        ...gate,
        // A slice of ours: a message event whose listener runs microtasks (nested, counted once).
        ['DOMEvent', 200, null, 2, { type: 'DOMEvent', eventType: 'message' }],
        ['Perform microtasks', 201, null, 2, {}],
        ['Perform microtasks', null, 211, 3, {}],
        ['GCMinor', 205, 208, 1, {}],
        ['DOMEvent', null, 212, 3, { type: 'DOMEvent', eventType: 'message' }],
        // The page's rendering, longer, with no script in it.
        ['RefreshDriverTick', 300, null, 2, {}],
        ['Reflow (interruptible)', 301, 330, 1, {}],
        ['RefreshDriverTick', null, 340, 3, {}],
        settledAt(400),
        // After settled: not ours to count.
        ['DOMEvent', 500, 600, 1, { type: 'DOMEvent', eventType: 'message' }],
      ]),
    );
    expect(page.ours).toBe(12);
    expect(page.rendering).toBe(40);
    expect(page.oursParts).toMatch(/^DOMEvent message 12, Perform microtasks 10, GCMinor 3$/);
    expect(page.longTasks).toBe(0);
    // The gate's measure sits in no task here.
    expect(page.gateTask).toBe(0);
  });

  it("leaves out the probe's pings (script for under a millisecond) and counts the profiler's long tasks", () => {
    const [page] = backstoryTasksInProfile(
      profile([
        ...gate,
        ['DOMEvent', 150, 150.01, 1, { type: 'DOMEvent', eventType: 'message' }],
        ['RefreshDriverTick', 150, 210, 1, {}],
        ['LongTask', 150, 210, 1, { type: 'MainThreadLongTask' }],
        settledAt(300),
      ]),
    );
    expect(page.ours).toBe(0);
    expect(page.rendering).toBe(60);
    expect(page.longTasks).toBe(1);
  });

  it("finds the task that held a mark (the control's script in the load event)", () => {
    const held = tasksHoldingMark(
      profile([
        ['DOMEvent', 50, 80, 1, { type: 'DOMEvent', eventType: 'load' }],
        ['UserTiming', 60, null, 0, { ...WINDOW, type: 'UserTiming', name: 'control:ran', entryType: 'mark' }],
      ]),
      'control:ran',
    );
    expect(held).toEqual([{ length: 30, parts: 'DOMEvent load 30' }]);
  });

  it('reads no page where Backstory never settled', () => {
    expect(backstoryTasksInProfile(profile([...gate]))).toEqual([]);
  });
});
