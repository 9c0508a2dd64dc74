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
