/**
 * One large combined pattern kept as several smaller ones that together match exactly as it would.
 *
 * Why: V8 compiles a regular expression at its first run, and to machine code at a later one, in one
 * go; for a claim's combined triggers (10–12 K characters of source) each compile is one task of
 * 30–40 ms in a fresh tab. The parts are compiled one per step instead (`warmClaimsSteps`).
 *
 * Why it is the same match: the parts are consecutive runs of the combined pattern's alternatives,
 * and a regular expression takes the leftmost position where any alternative matches, then the first
 * alternative (in order) that matches there. So the leftmost match over all parts, ties going to the
 * earliest part, is the match the combined pattern finds. (The alternatives share no groups or
 * backreferences: each is wrapped on its own.)
 *
 * Cost: each part scans on its own. A part's next match is kept per subject text and reused while it
 * is still ahead of where the caller resumes: a match at a position does not depend on where the
 * search started (lookbehinds read the text before the start either way), so the leftmost match from
 * an earlier start that lies at or after the new start is the leftmost from the new start too.
 */
export class SplitPattern extends RegExp {
  readonly parts: readonly RegExp[];
  /** The two subjects last searched (a page's text and the sentence being tested), with each part's next match. */
  private slots: Slot[] = [];

  constructor(parts: readonly { source: string; flags: string }[]) {
    // The instance's own pattern never runs (`exec` is replaced), so it is the cheapest one.
    super('(?!)', parts[0]?.flags ?? '');
    this.parts = parts.map((p) => new RegExp(p.source, p.flags));
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const slot = this.slotFor(text);
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < this.parts.length; i++) {
      let match = slot.next[i];
      const start = slot.from[i];
      // Reuse a part's match only when it was searched from at or before `from` and lies at or after it.
      if (match === undefined || start > from || (match !== null && match.index < from)) {
        const part = this.parts[i];
        part.lastIndex = from;
        match = part.exec(text);
        slot.next[i] = match;
        slot.from[i] = from;
      }
      if (match && (!best || match.index < best.index)) best = match;
    }
    if (this.global) this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }

  private slotFor(text: string): Slot {
    for (const slot of this.slots) if (slot.text === text) return slot;
    const slot: Slot = { text, next: new Array<RegExpExecArray | null | undefined>(this.parts.length), from: [] };
    this.slots.unshift(slot);
    if (this.slots.length > 2) this.slots.length = 2;
    return slot;
  }
}

interface Slot {
  text: string;
  next: (RegExpExecArray | null | undefined)[];
  from: number[];
}

/** The patterns a first run has to compile: a split pattern's parts, or the pattern itself. */
export function compiledParts(re: RegExp): readonly RegExp[] {
  return re instanceof SplitPattern ? re.parts : [re];
}
