/**
 * The one message the gate sends the background when a page passed it. It is plain, not part of the
 * typed protocol (`protocol.ts`), so that the gate's tiny bundle does not load the messaging library.
 */
export const GATE_PASSED = 'backstory:gate-passed';

export function isGatePassedMessage(x: unknown): boolean {
  return typeof x === 'object' && x !== null && (x as { type?: unknown }).type === GATE_PASSED;
}
