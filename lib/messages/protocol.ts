/**
 * The one typed message protocol between content script, background, popup and options
 * (`@webext-core/messaging`). Every handler validates what it receives with the guards below:
 * a message's shape is never trusted, and only our own extension can reach these handlers
 * (`runtime.onMessage` does not receive web-page messages, and we declare no
 * `externally_connectable`); `isOwnSender` rejects anything else.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from '../report/report';
import type { RunDecision } from '../settings/sites';
import { isRecord } from '../util/guards';

/** What the background keeps per tab (in `storage.session`). */
export interface TabReport {
  url: string;
  report: PageReport;
  /** Number of highlight ranges the content script drew. */
  highlightCount: number;
  /** Epoch ms when the report was made. */
  at: number;
}

import type { PackPart } from '../pack/pack-texts';

export interface ProtocolMap {
  /** Content script → background: the analysis of the page in the sender's tab (null: off topic). */
  'report:set'(data: TabReport | null): void;
  /** Popup → background: the last report of a tab. */
  'report:get'(data: { tabId: number }): TabReport | null;
  /** Popup → background: inject and run the analysis in a tab the reader chose ("Scan this page"). */
  'scan:run'(data: { tabId: number }): TabReport | null;
  /** Background or popup → content script: show or hide the reading panel. */
  'panel:toggle'(): void;
  /** Content script ← anyone: report what the page has now (used after a scan injection). */
  'report:now'(): TabReport | null;
  /** Content script → background: may Backstory run by itself on the sender's page? */
  'site:decide'(): RunDecision;
  /** Background → content script: stand down now (the reader paused this site). */
  'page:stop'(): void;
  /**
   * Engine → background: one part of the pack's texts (`lib/pack/pack-texts.ts`), which the engine
   * script does not carry; part 0 says how many there are.
   */
  'pack:texts'(data: { part: number }): PackPart | null;
}

// `breakError`: a message in another format (the gate's plain `{ type }` request, which has its own
// listener) is left to that listener, not answered with an "unknown message format" error.
export const messaging = defineExtensionMessaging<ProtocolMap>({ breakError: true });
export const { sendMessage, onMessage } = messaging;

/**
 * `promise`, or a rejection after `ms`. A background being torn down or restarted may leave a
 * message unanswered for good (seen in Chromium after its service worker was stopped, for messages
 * from content scripts): callers must never wait on it forever.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** True when a message came from this extension (not another extension, not a page). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}

/** The article's publication day as the analysis writes it. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Structural check of a TabReport crossing a boundary; cheap enough for every message. */
export function isTabReport(x: unknown): x is TabReport {
  if (!isRecord(x) || typeof x.url !== 'string' || typeof x.at !== 'number') return false;
  if (typeof x.highlightCount !== 'number' || !isRecord(x.report)) return false;
  const r = x.report;
  return (
    typeof r.article === 'boolean' &&
    typeof r.lang === 'string' &&
    isRecord(r.topic) &&
    Array.isArray(r.entities) &&
    Array.isArray(r.disputed) &&
    (r.published === undefined || r.published === null || (typeof r.published === 'string' && DAY.test(r.published))) &&
    (r.since === undefined ||
      (Array.isArray(r.since) &&
        r.since.every((s) => isRecord(s) && typeof s.id === 'string' && typeof s.date === 'string')))
  );
}

/** Validates `{ tabId }` payloads. */
export function isTabRef(x: unknown): x is { tabId: number } {
  return isRecord(x) && Number.isInteger(x.tabId) && (x.tabId as number) >= 0;
}
