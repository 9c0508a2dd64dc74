/**
 * Small line icons for entity types and disputed points. They always sit beside a text label, so
 * colour is never the only cue; they are decorative for assistive technology (`aria-hidden`).
 */
import type { HighlightKind } from '../../lib/dom/highlight';

const PATHS: Record<HighlightKind, string[]> = {
  person: ['M8 2.2a2.6 2.6 0 1 1 0 5.2 2.6 2.6 0 0 1 0-5.2z', 'M2.8 14c.4-2.9 2.6-4.6 5.2-4.6s4.8 1.7 5.2 4.6'],
  organization: ['M3 14V2.5h10V14', 'M1.8 14h12.4', 'M5.5 5h1.5M9 5h1.5M5.5 8h1.5M9 8h1.5M7 14v-3h2v3'],
  place: [
    'M8 14.5s4.6-4.1 4.6-7.9a4.6 4.6 0 0 0-9.2 0c0 3.8 4.6 7.9 4.6 7.9z',
    'M8 4.9a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z',
  ],
  facility: ['M1.8 5.2 8 2l6.2 3.2', 'M2.8 5.5V14h10.4V5.5', 'M5.5 7v7M8 7v7M10.5 7v7'],
  law: ['M4 1.8h5.5L12.5 5v9.2H4z', 'M9.5 1.8V5h3', 'M6 8h4.5M6 10.5h4.5'],
  'court-case': ['M2 6h12L8 2.2z', 'M3.5 7.5v5M6.5 7.5v5M9.5 7.5v5M12.5 7.5v5', 'M1.8 14h12.4'],
  event: ['M2.5 3.5h11v10.5h-11z', 'M2.5 6.5h11', 'M5.5 2v3M10.5 2v3', 'M5 9h2M9 9h2M5 11.5h2'],
  policy: ['M3.5 2.5h9v11.7h-9z', 'M5.5 5.5h5M5.5 8h5M5.5 10.5h3'],
  disputed: ['M1.8 2.5h7.4v5H5.8L3.4 9.4V7.5H1.8z', 'M11.2 5.5h3v5h-1.6v1.9l-2.4-1.9H6.8V9'],
};

/** The icon for a highlight kind. */
export function KindIcon({ kind }: { kind: HighlightKind }) {
  return (
    <svg
      class="bs-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.4"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {PATHS[kind].map((d) => (
        <path d={d} key={d} />
      ))}
    </svg>
  );
}
