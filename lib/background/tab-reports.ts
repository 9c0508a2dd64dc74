/**
 * Per-tab reports, kept in `storage.session` so the background holds nothing in memory that it
 * cannot lose: a stopped service worker (or Firefox event page) comes back with the same data.
 * Session storage is never written to disk, and is empty in private windows' next session.
 */
import type { TabReport } from '../messages';
import { isTabReport } from '../messages';

/** The part of `browser.storage.StorageArea` we use (the fake browser in tests implements it). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyFor = (tabId: number) => `tab-report:${tabId}`;

export interface TabReportStore {
  get(tabId: number): Promise<TabReport | null>;
  set(tabId: number, report: TabReport): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export function createTabReportStore(area: SessionArea): TabReportStore {
  return {
    async get(tabId) {
      const value = (await area.get(keyFor(tabId)))[keyFor(tabId)];
      // Whatever is stored is re-checked: a corrupt entry reads as "nothing found".
      return isTabReport(value) ? value : null;
    },
    set: (tabId, report) => area.set({ [keyFor(tabId)]: report }),
    remove: (tabId) => area.remove(keyFor(tabId)),
  };
}

export type BadgeMode = 'disputed' | 'entities';

/** Badge text for a tab: the number of disputed points (or entities), empty when none. */
export function badgeText(report: TabReport | null, mode: BadgeMode = 'disputed'): string {
  if (!report || !report.report.topic.onTopic) return '';
  const n = mode === 'disputed' ? report.report.disputed.length : report.report.entities.length;
  return n > 0 ? String(n) : '';
}
