/**
 * Per-tab reports, kept in `storage.session` so the background holds nothing in memory that it
 * cannot lose: a stopped service worker (or Firefox event page) comes back with the same data.
 * Session storage is never written to disk.
 *
 * Tabs in private windows are the exception: what was found on a page read in private is kept only
 * in the background's memory, never in any storage area (session storage outlives the private
 * window). If the worker stops, the popup asks the page itself (`report:now`).
 */
import type { TabReport } from '../messages/protocol';
import { isTabReport } from '../messages/protocol';
import type { BadgeMode } from '../settings/model';
import { countFound } from '../present/counts';

/** The part of `browser.storage.StorageArea` we use (the fake browser in tests implements it). */
export interface SessionArea {
  get(key?: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'tab-report:';
const keyFor = (tabId: number) => `${PREFIX}${tabId}`;

export interface TabReportStore {
  get(tabId: number): Promise<TabReport | null>;
  /** `privateTab`: the tab is in a private (incognito) window; keep the report in memory only. */
  set(tabId: number, report: TabReport, privateTab?: boolean): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Every tab report held, by tab id. */
  all(): Promise<[number, TabReport][]>;
}

export function createTabReportStore(area: SessionArea): TabReportStore {
  const inMemory = new Map<number, TabReport>();
  return {
    async get(tabId) {
      const held = inMemory.get(tabId);
      if (held) return held;
      const value = (await area.get(keyFor(tabId)))[keyFor(tabId)];
      // Whatever is stored is re-checked: a corrupt entry reads as "nothing found".
      return isTabReport(value) ? value : null;
    },
    async set(tabId, report, privateTab = false) {
      if (privateTab) {
        inMemory.set(tabId, report);
        return;
      }
      inMemory.delete(tabId);
      await area.set({ [keyFor(tabId)]: report });
    },
    async remove(tabId) {
      inMemory.delete(tabId);
      await area.remove(keyFor(tabId));
    },
    async all() {
      const items = await area.get(null);
      const out: [number, TabReport][] = [...inMemory];
      for (const [key, value] of Object.entries(items)) {
        const id = Number(key.slice(PREFIX.length));
        if (key.startsWith(PREFIX) && Number.isInteger(id) && !inMemory.has(id) && isTabReport(value))
          out.push([id, value]);
      }
      return out;
    },
  };
}

/** Badge text for a tab: the number of disputed points (or entities), empty when none. */
export function badgeText(report: TabReport | null, mode: BadgeMode = 'disputed'): string {
  if (!report || !report.report.topic.onTopic) return '';
  // The same count as the launcher, panel and popup: distinct claims and entities, not passages.
  const counts = countFound(report.report);
  const n = mode === 'disputed' ? counts.disputed : counts.entities;
  return n > 0 ? String(n) : '';
}
