/**
 * Inline highlights through the CSS Custom Highlight API over `StaticRange`s: the page's DOM and
 * text are never modified, and static ranges cost nothing on the page's own DOM mutations (live
 * `Range`s slowed every mutation ~45× with 2,000 of them). Styles are the `::highlight(...)` rules
 * in `assets/styles/highlights.css`, injected by the manifest (not a `<style>` in the page).
 */
import type { EntityType } from '../dataset/schema';
import type { PageReport } from '../report/report';
import { shadowRootsOf } from './shadow';
import type { TextIndex } from './text-index';

export type HighlightKind = EntityType | 'disputed';

/** The reader's highlight style (settings). `::highlight()` rules cannot depend on a page class, so
 * each style has its own registry names and rules. */
export type HighlightStyleName = 'subtle' | 'strong' | 'underline';

/** One highlighted span, with what it points at. */
export interface HighlightItem {
  kind: HighlightKind;
  /** Entity id or claim id. */
  id: string;
  start: number;
  end: number;
  range: StaticRange;
  /**
   * The range's ends without building it (`range` builds it on first use in the sets built here):
   * for reads that need only its nodes and offsets. Absent on items made elsewhere.
   */
  readonly bounds?: StaticRangeInit;
  /** A disputed sentence drawn faintly (see `secondaryDisputed`); still hit-tested as any other. */
  secondary?: boolean;
}

/** An item's ends (nodes and offsets), without building its range where the item can give them. */
export function rangeEnds(item: HighlightItem): StaticRangeInit {
  return item.bounds ?? item.range;
}

/**
 * One item's range, built on first use: a large page registers only the ranges near the viewport,
 * and building a `StaticRange` for each of the 1 MB bench page's 5,752 mentions took ~7–14 ms of
 * its first draw in Chromium (against ~1–2 ms for plain objects). Built on first use, the page's
 * first draw (`backstory:highlight`) went from a median 34.9 to 21.8 ms there (0.62×, old and new
 * builds interleaved in one run). Shared between the sets drawn over one text index, as the range
 * itself was.
 */
interface RangeCell {
  init: StaticRangeInit;
  range: StaticRange | undefined;
}

class LazyItem implements HighlightItem {
  secondary?: boolean;
  constructor(
    readonly kind: HighlightKind,
    readonly id: string,
    readonly start: number,
    readonly end: number,
    private readonly cell: RangeCell,
    private readonly make: (init: StaticRangeInit) => StaticRange,
  ) {}
  get range(): StaticRange {
    return (this.cell.range ??= this.make(this.cell.init));
  }
  get bounds(): StaticRangeInit {
    return this.cell.range ?? this.cell.init;
  }
}

export interface HighlightSet {
  items: HighlightItem[];
  /** False where `CSS.highlights` is missing: nothing is drawn, items still list what was found. */
  drawn: boolean;
  /** The page's open shadow roots that hold any of the ranges (they need our styles and watching). */
  shadowRoots: ShadowRoot[];
  clear(): void;
}

/** Registry name for a highlight kind in a style, as used in `::highlight(<name>)`. */
export function highlightName(kind: HighlightKind, style: HighlightStyleName = 'subtle'): string {
  return style === 'subtle' ? `backstory-${kind}` : `backstory-${style}-${kind}`;
}

interface HighlightEnv {
  CSS?: { highlights?: HighlightRegistryLike };
  IntersectionObserver?: new (
    callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
    options?: { rootMargin?: string },
  ) => { observe(target: Element): void; disconnect(): void };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightLike;
  StaticRange?: new (init: StaticRangeInit) => StaticRange;
  document: Document;
}
interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  priority: number;
}
interface HighlightRegistryLike {
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): unknown;
  get(name: string): HighlightLike | undefined;
}

/**
 * Above this many ranges, only the ranges near the viewport are registered. Blink recomputes the
 * paint markers of every registered range whenever the page's DOM changes (its own ads and
 * widgets included), in one rendering task: on a 1 MB page with 5,752 ranges that was 120–280 ms
 * of PrePaint after each change. An ordinary article has a few dozen ranges and registers them all.
 */
export const ALL_RANGES_LIMIT = 600;

/** How far beyond the viewport ranges are registered: a screenful above and below. */
const NEAR_VIEWPORT_MARGIN = '100% 0px';

/** Text between two clear marks of the same claim: about a screenful of prose. */
const CLEAR_MARK_GAP = 1200;

/** Least text between two clear marks of any claims: a few lines, so marks never stack up. */
const CLEAR_MARK_SPACING = 500;

/**
 * Which disputed hits are drawn subtly, so that an article arguing its points is not a wall of
 * underlines: per paragraph (block of `text`) at most the first disputed sentence is marked clearly,
 * clear marks are a few lines apart, and a claim is marked clearly again only about a screenful after
 * its last clear mark. The rest are
 * tinted faintly; all stay clickable. `disputed` is in text order.
 */
export function secondaryDisputed(disputed: readonly { id: string; start: number }[], text: string): Set<number> {
  const secondary = new Set<number>();
  const lastClear = new Map<string, number>();
  let clearBlock = -2;
  let clearStart = -CLEAR_MARK_SPACING;
  disputed.forEach((d, i) => {
    const block = text.lastIndexOf('\n', d.start - 1);
    const last = lastClear.get(d.id);
    const recent = last !== undefined && d.start - last < CLEAR_MARK_GAP;
    // Several claims on the clear sentence itself share its mark.
    if (d.start === clearStart || (block !== clearBlock && !recent && d.start - clearStart >= CLEAR_MARK_SPACING)) {
      clearBlock = block;
      clearStart = d.start;
      lastClear.set(d.id, d.start);
    } else {
      secondary.add(i);
    }
  });
  return secondary;
}

/** Items built between two pauses of `buildHighlightsSteps` (each range itself is built on first use: `RangeCell`). */
const ITEMS_PER_STEP = 250;

/**
 * Run `run(from, to)` over `0..count` in chunks of `ITEMS_PER_STEP`, pausing between chunks. The
 * loops stay in plain functions, which are optimised while they run; a generator's body only
 * between resumptions.
 */
function* inChunks(count: number, run: (from: number, to: number) => void): Generator<void, void> {
  for (let i = 0; i < count; i += ITEMS_PER_STEP) {
    if (i > 0) yield;
    run(i, Math.min(count, i + ITEMS_PER_STEP));
  }
}

/**
 * One range per distinct start node, in order: the shadow root a node lives in is asked once per
 * text node rather than once per highlight (`getRootNode` walks up to the root each time).
 */
function firstRangePerNode(items: readonly HighlightItem[]): StaticRange[] {
  const seen = new Set<Node>();
  const ranges: StaticRange[] = [];
  for (const item of items) {
    const node = item.range.startContainer;
    if (seen.has(node)) continue;
    seen.add(node);
    ranges.push(item.range);
  }
  return ranges;
}

/** The ranges of one `kind:id` by their offsets: the set's own, and those it may reuse. */
interface RangeGroup {
  ranges: Map<number, RangeCell>;
  reused: Map<number, RangeCell> | undefined;
}

/** What a drawn set lends the next one over the same text index (see `buildHighlightsSteps`). */
interface DrawnState {
  index: TextIndex;
  /** Ranges by item: by `kind:id`, then by their offsets (see `add`). */
  ranges: Map<string, Map<number, RangeCell>>;
  /** The holders the set's observer last saw near the viewport (null: every range registered). */
  near: Set<Element> | null;
}
const drawnStates = new WeakMap<HighlightSet, DrawnState>();

/** A highlight set built but not yet on screen: `show()` registers it, `clear()` discards it. */
export interface PendingHighlights {
  set: HighlightSet;
  /** Register the set's highlights, in place of those of any earlier set under the same names. */
  show(): void;
}

/**
 * Build static ranges for every entity mention and disputed sentence of `report`, and register them
 * as highlights. Disputed sentences get a lower priority so entity styles show on top of them.
 */
export function applyHighlights(
  report: PageReport,
  index: TextIndex,
  win: Window & typeof globalThis = window,
  style: HighlightStyleName = 'subtle',
  previous: HighlightSet | null = null,
): HighlightSet {
  // All steps at once (lib/dom may not import lib/util's runSteps).
  const steps = buildHighlightsSteps(report, index, win, style, previous);
  let step = steps.next();
  while (!step.done) step = steps.next();
  step.value.show();
  return step.value.set;
}

/**
 * `applyHighlights` as steps, without the registration: the content script builds a set in short
 * tasks while the earlier set stays on screen, then swaps them in one cheap step (`show`). With
 * `previous`, a set drawn over the same `index`, its ranges are reused (the second draw of a page
 * adds the disputed sentences to the names drawn first, and builds no name's range again), and the
 * ranges near the viewport are registered at once rather than after the new observer's first
 * callback, so nothing blinks.
 */
export function* buildHighlightsSteps(
  report: PageReport,
  index: TextIndex,
  win: Window & typeof globalThis = window,
  style: HighlightStyleName = 'subtle',
  previous: HighlightSet | null = null,
): Generator<void, PendingHighlights> {
  const env = win as unknown as HighlightEnv;
  const items: HighlightItem[] = [];
  const before = previous ? drawnStates.get(previous) : undefined;
  const reuse = before && before.index === index ? before : undefined;
  const ranges = new Map<string, Map<number, RangeCell>>();
  // Every browser we support has StaticRange; a DOM without it (happy-dom) gets live ranges.
  const StaticRangeCtor = env.StaticRange;
  const makeRange = (init: StaticRangeInit): StaticRange => {
    if (StaticRangeCtor) return new StaticRangeCtor(init);
    const range = env.document.createRange();
    range.setStart(init.startContainer, init.startOffset);
    range.setEnd(init.endContainer, init.endOffset);
    return range as unknown as StaticRange;
  };
  const keyBase = index.text.length + 1;
  /** The ranges of one `kind:id`, this set's and the reused set's. */
  const groupOf = (kind: HighlightKind, id: string): RangeGroup => {
    const key = `${kind}:${id}`;
    let group = ranges.get(key);
    if (!group) ranges.set(key, (group = new Map()));
    return { ranges: group, reused: reuse?.ranges.get(key) };
  };
  const add = (kind: HighlightKind, id: string, start: number, end: number, group: RangeGroup) => {
    // One range per item, never shared: a highlight holds each range once, so two claims on one
    // sentence need two ranges to both count (and to be added and removed independently).
    // Both offsets in one number (exact for texts up to ~90 million characters): no key string is
    // built per highlight (5,700 of them on the 1 MB page).
    const key = start * keyBase + end;
    let cell = group.reused?.get(key);
    if (!cell) {
      const init = index.rangeFor(start, end);
      if (!init) return;
      cell = { init, range: undefined };
    }
    group.ranges.set(key, cell);
    items.push(new LazyItem(kind, id, start, end, cell, makeRange));
  };
  // The loops over items are plain functions run a step at a time, not loops in this generator: a
  // plain function is optimised while it runs, a generator's body only between resumptions.
  const disputed = report.disputed;
  const secondary = secondaryDisputed(disputed, index.text);
  const addDisputed = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const d = disputed[i];
      add('disputed', d.id, d.start, d.end, groupOf('disputed', d.id));
      if (secondary.has(i) && items.length > 0 && items[items.length - 1].start === d.start)
        items[items.length - 1].secondary = true;
    }
  };
  yield* inChunks(disputed.length, addDisputed);
  yield;
  const entities = report.entities;
  let entityAt = 0;
  let mentionAt = 0;
  /** Add up to `count` more mentions; true once all are added. */
  const addMentions = (count: number): boolean => {
    for (; entityAt < entities.length; entityAt++, mentionAt = 0) {
      const e = entities[entityAt];
      const group = groupOf(e.type, e.id);
      for (; mentionAt < e.mentions.length; mentionAt++) {
        if (count-- === 0) return false;
        const m = e.mentions[mentionAt];
        add(e.type, e.id, m.start, m.end, group);
      }
    }
    return true;
  };
  while (!addMentions(ITEMS_PER_STEP)) yield;

  const registry = env.CSS?.highlights;
  const HighlightCtor = env.Highlight;
  const byName = new Map<string, HighlightLike>();
  let observer: { disconnect(): void } | null = null;
  let near: Set<Element> | null = null;
  const clear = () => {
    observer?.disconnect();
    observer = null;
    // Only what is still ours: after an extension update a newer content script may have drawn
    // under the same names, and this (orphaned) set must not erase its highlights.
    for (const [name, h] of byName) if (registry?.get(name) === h) registry.delete(name);
    byName.clear();
  };
  const set: HighlightSet = {
    items,
    drawn: false,
    shadowRoots: [],
    clear,
  };
  let built = false;
  try {
    if (registry && HighlightCtor) {
      // By kind, so that no name string is built per item (thousands on a large page).
      const clearByKind = new Map<HighlightKind, HighlightLike>();
      const faintByKind = new Map<HighlightKind, HighlightLike>();
      const highlightOf = (item: HighlightItem): HighlightLike => {
        const byKind = item.secondary ? faintByKind : clearByKind;
        let h = byKind.get(item.kind);
        if (h) return h;
        const name = item.secondary ? `${highlightName(item.kind, style)}-more` : highlightName(item.kind, style);
        h = byName.get(name);
        if (!h) {
          h = new HighlightCtor();
          h.priority = item.kind === 'disputed' ? 0 : 1;
          byName.set(name, h);
        }
        byKind.set(item.kind, h);
        return h;
      };
      const IntersectionObserverCtor = env.IntersectionObserver;
      if (items.length > ALL_RANGES_LIMIT && IntersectionObserverCtor) {
        // Registered by the element that holds each range, while that element is near the viewport.
        const byElement = new Map<Element, HighlightItem[]>();
        const file = (from: number, to: number): void => {
          for (let i = from; i < to; i++) {
            const item = items[i];
            highlightOf(item);
            const holder = rangeEnds(item).startContainer.parentElement;
            if (holder) {
              let list = byElement.get(holder);
              if (!list) byElement.set(holder, (list = []));
              list.push(item);
            }
          }
        };
        yield* inChunks(items.length, file);
        const seen = (near = new Set<Element>());
        const io = new IntersectionObserverCtor(
          (entries) => {
            // Only holders whose state changed: the first callback reports every holder on the
            // page, and building the ranges of those far from the viewport just to remove them from
            // a highlight that never held them took 30 ms and more on a 1 MB page (5,700 ranges).
            for (const entry of entries) {
              const target = entry.target;
              if (entry.isIntersecting === seen.has(target)) continue;
              if (entry.isIntersecting) seen.add(target);
              else seen.delete(target);
              for (const item of byElement.get(target) ?? []) {
                if (entry.isIntersecting) highlightOf(item).add(item.range);
                else highlightOf(item).delete(item.range);
              }
            }
          },
          { rootMargin: NEAR_VIEWPORT_MARGIN },
        );
        observer = io;
        // What the earlier set showed near the viewport shows at once; the observer corrects it.
        for (const holder of reuse?.near ?? []) {
          seen.add(holder);
          for (const item of byElement.get(holder) ?? []) highlightOf(item).add(item.range);
        }
        let observed = 0;
        for (const holder of byElement.keys()) {
          io.observe(holder);
          if (++observed % ITEMS_PER_STEP === 0) yield;
        }
      } else {
        const register = (from: number, to: number): void => {
          for (let i = from; i < to; i++) highlightOf(items[i]).add(items[i].range);
        };
        yield* inChunks(items.length, register);
      }
    }
    set.drawn = byName.size > 0 || (items.length === 0 && !!registry);
    set.shadowRoots = index.inShadowTree === false ? [] : shadowRootsOf(firstRangePerNode(items));
    drawnStates.set(set, { index, ranges, near });
    built = true;
  } finally {
    // Stopped half-way (the caller gave up on this set): leave no observer running.
    if (!built) clear();
  }
  return {
    set,
    show() {
      if (registry) for (const [name, h] of byName) registry.set(name, h);
    },
  };
}
