/**
 * A disclosure (WAI-ARIA APG "disclosure" pattern): a button that shows and hides the region after
 * it, announcing its state with `aria-expanded`. The content renders only while open, so long
 * cards cost nothing until asked for.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

export interface DisclosureProps {
  /** Visible label of the button. */
  summary: ComponentChildren;
  /** Accessible name of the button when the visible label is not enough. */
  label?: string;
  /** Heading level wrapping the button (accordion style), or none. */
  headingLevel?: 3 | 4;
  initiallyOpen?: boolean;
  class?: string;
  children: () => ComponentChildren;
}

/** A button with `aria-expanded` and the region it controls. */
export function Disclosure({
  summary,
  label,
  headingLevel,
  initiallyOpen = false,
  children,
  ...rest
}: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const regionId = useId();
  const button = (
    <button
      type="button"
      class="disclosure-button"
      aria-expanded={open}
      aria-controls={regionId}
      aria-label={label}
      onClick={() => setOpen(!open)}
    >
      <span class="disclosure-icon" aria-hidden="true" />
      <span class="disclosure-summary">{summary}</span>
    </button>
  );
  const Heading = headingLevel ? (`h${headingLevel}` as 'h3' | 'h4') : null;
  return (
    <div class={`disclosure ${rest.class ?? ''}`.trim()}>
      {Heading ? <Heading class="disclosure-heading">{button}</Heading> : button}
      <div id={regionId} class="disclosure-region" hidden={!open}>
        {open && children()}
      </div>
    </div>
  );
}
