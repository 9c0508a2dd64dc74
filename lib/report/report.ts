/**
 * The result of analysing one page: plain data, shared by the content script, the background, the
 * popup and the analyze CLI (whose JSON Lines output is this shape plus `file`).
 * Offsets are UTF-16 indices into the article's visible text as built by `lib/dom/text-index.ts`.
 */
import type { EntityType } from '../dataset/schema';

export interface Mention {
  /** The page's own text at [start, end). */
  text: string;
  start: number;
  end: number;
}

export interface EntityHit {
  id: string;
  /** Canonical name in the page's language. */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /**
   * How many mentions the page has, when `mentions` lists only the first of them: a report
   * summarised to cross to the background and the popup (`summariseReport`). Absent: all listed.
   */
  count?: number;
}

export interface DisputedHit {
  /** Claim id in the pack. */
  id: string;
  /** Claim title in the page's language. */
  title: string;
  /** The sentence as it appears in the article. */
  text: string;
  start: number;
  end: number;
  /**
   * What linked the sentence to the claim, as it reads in the page: the words that matched, and
   * whether it rests on an earlier sentence of its paragraph (the subject named there, or a
   * weaker word following a sentence linked to the same claim).
   */
  why?: { terms: string[]; carried?: boolean };
  /**
   * How many passages of this claim the page has, when this hit stands for all of them: a report
   * summarised to cross to the background and the popup (`summariseReport`). Absent: one.
   */
  count?: number;
}

export interface TopicResult {
  id: string;
  onTopic: boolean;
  score: number;
  /** Human-readable explanations: which terms, where. */
  reasons: string[];
  /** The pack's topic signals found, and where (for sentences a reader can follow, in the UI's language). */
  matched?: { signal: string; place: 'headline' | 'lead' | 'body'; against?: true }[];
}

export interface PageReport {
  article: boolean;
  /**
   * The article's publication day (`YYYY-MM-DD`) from the page's own metadata, or null when the
   * page states no reliable date (then nothing is said about what happened "since").
   */
  published?: string | null;
  /** On topic with a known date: the pack's timeline events after `published`, in date order. */
  since?: { id: string; date: string }[];
  /** BCP 47 primary language of the article ("en", "es", …). */
  lang: string;
  topic: TopicResult;
  entities: EntityHit[];
  disputed: DisputedHit[];
}

/** Mentions per entity that a summarised report keeps at most: the first, then each new wording. */
export const SUMMARY_MENTIONS = 8;

/**
 * The report as it crosses to the background and the popup: for each entity its first mention and
 * the first of each other wording (what a card lists as "mentioned as"), with the count of all,
 * instead of every mention; for each disputed point its first passage (the popup's excerpt), with
 * the count of all. A 1 MB page has thousands of mentions and hundreds of passages, and the browser
 * copies a message field by field on the page's main thread (over 30 ms for such a report in a
 * fresh tab).
 */
export function summariseReport(report: PageReport): PageReport {
  const manyMentions = report.entities.some((e) => e.mentions.length > SUMMARY_MENTIONS);
  const disputed = summariseDisputed(report.disputed);
  if (!manyMentions && disputed === report.disputed) return report;
  return {
    ...report,
    disputed,
    entities: !manyMentions
      ? report.entities
      : report.entities.map((e) => {
          if (e.mentions.length <= SUMMARY_MENTIONS) return e;
          const seen = new Set<string>();
          // The same text is worded the same: only a text not met before is worded (a name mentioned
          // thousands of times in a few spellings costs a few regular-expression passes, not thousands).
          const texts = new Set<string>();
          const kept: Mention[] = [];
          for (const m of e.mentions) {
            if (texts.has(m.text)) continue;
            texts.add(m.text);
            const wording = mentionWording(m);
            if (seen.has(wording)) continue;
            seen.add(wording);
            kept.push(m);
            if (kept.length === SUMMARY_MENTIONS) break;
          }
          return { ...e, mentions: kept, count: mentionCount(e) };
        }),
  };
}

/** The first passage of each claim with the count of its passages; the same array when each has one. */
function summariseDisputed(disputed: DisputedHit[]): DisputedHit[] {
  const first = new Map<string, DisputedHit>();
  const counts = new Map<string, number>();
  for (const d of disputed) {
    const n = (counts.get(d.id) ?? 0) + passageCount(d);
    counts.set(d.id, n);
    const seen = first.get(d.id);
    if (!seen || d.start < seen.start) first.set(d.id, d);
  }
  if (first.size === disputed.length) return disputed;
  return [...first.values()]
    .sort((a, b) => a.start - b.start)
    .map((d) => {
      const count = counts.get(d.id) ?? 1;
      return count > 1 ? { ...d, count } : d;
    });
}

/** How many passages a disputed hit stands for (a summarised report keeps the count). */
export function passageCount(d: DisputedHit): number {
  return d.count ?? 1;
}

/** A mention's text as a card lists it ("mentioned as"): runs of spaces and line breaks as one space. */
export function mentionWording(m: Mention): string {
  return m.text.replace(/\s+/g, ' ').trim();
}

/** How many mentions an entity has on the page (a summarised report keeps the count). */
export function mentionCount(e: EntityHit): number {
  return e.count ?? e.mentions.length;
}
