/**
 * Let every pending promise chain run to its end before the test looks. The fake browser's storage,
 * tabs and events and our handlers are promise chains with no timer anywhere, so one macrotask turn
 * is enough: by then the microtask queue is empty. No time passes and nothing polls.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
