/**
 * The in-page UI host's tag name. It must not be a stable marker (`document.querySelector(...)` with
 * a fixed name would tell any page that Backstory is installed), yet a new content script must
 * recognise the host an older one left behind: after an update Firefox's old scripts are dead with
 * their host still in the page, and in Chromium the re-injected script may not share a world with
 * the orphaned one. So the name is a random token kept in `storage.local`, which both versions read
 * and pages cannot.
 *
 * Trade-off. A token the same for the whole install would be a cross-site identifier (every listed
 * outlet could read it from the DOM and compare notes). Rotating it per page would lose the old
 * instance's host after a reload. So the token rotates once a day, and the one before it is kept
 * and still recognised as ours, which covers an update that lands just after a rotation. What was
 * rejected: the extension id (Chromium's is public: the store's, or the unpacked path's hash, and so
 * a stable marker), and `storage.session` (not readable from Chromium content scripts unless the
 * background widens its access level, and lost on a browser restart anyway).
 *
 * Names are valid custom-element names (`attachShadow` accepts only those and a few HTML tags)
 * made of random letters, so they never say "backstory"; the element is never defined, so the page
 * cannot have a constructor run on it unless it defines that exact random name.
 */
import { storage } from 'wxt/utils/storage';

export const UI_HOST_KEY = 'local:ui-host' as const;

/** How long one name is used before a new one is drawn. */
export const UI_HOST_ROTATE_MS = 24 * 60 * 60 * 1000;

export interface UiHostRecord {
  /** The name new hosts get. */
  current: string;
  /** The name before it, still recognised (an older instance may have mounted with it). */
  previous?: string;
  /** When `current` was drawn (ms since the epoch). */
  since: number;
}

// Names the HTML spec reserves though they look like custom-element names.
const RESERVED = new Set([
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
]);

const NAME = /^[a-z]{3,12}-[a-z]{3,12}$/;

/** Whether `name` is a host name we could have drawn (and a valid custom-element name). */
export function isUiHostName(name: unknown): name is string {
  return typeof name === 'string' && NAME.test(name) && !RESERVED.has(name) && !name.includes('backstory');
}

/** A fresh random name, two runs of 5–8 letters joined by a hyphen (about 60 bits). */
export function randomUiHostName(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(18);
  const run = (from: number) => {
    const length = 5 + (bytes[from] % 4);
    let s = '';
    for (let i = 1; i <= length; i++) s += String.fromCharCode(97 + (bytes[from + i] % 26));
    return s;
  };
  return `${run(0)}-${run(9)}`;
}

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

function validRecord(value: unknown): UiHostRecord | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  if (!isUiHostName(r.current) || typeof r.since !== 'number' || !Number.isFinite(r.since)) return null;
  return { current: r.current, previous: isUiHostName(r.previous) ? r.previous : undefined, since: r.since };
}

/**
 * The host names for this page: the one to mount with first, then an older one still recognised as
 * ours. Draws (and saves) a new name on first use and once a day. Where storage is out of reach the
 * name is random for this page alone; an orphaned host is then still found by identity where the
 * two instances share a world (`lib/dom/own-ui.ts`).
 */
export async function getUiHostNames(now = Date.now(), random?: (n: number) => Uint8Array): Promise<string[]> {
  try {
    const stored = validRecord(await storage.getItem(UI_HOST_KEY));
    if (stored && now >= stored.since && now - stored.since < UI_HOST_ROTATE_MS) return namesOf(stored);
    const next: UiHostRecord = { current: randomUiHostName(random), previous: stored?.current, since: now };
    await storage.setItem(UI_HOST_KEY, next);
    // Two tabs may draw at once; the last write wins, and reading it back makes both use it.
    return namesOf(validRecord(await storage.getItem(UI_HOST_KEY)) ?? next);
  } catch {
    return [randomUiHostName(random)];
  }
}

function namesOf(r: UiHostRecord): string[] {
  return r.previous && r.previous !== r.current ? [r.current, r.previous] : [r.current];
}
