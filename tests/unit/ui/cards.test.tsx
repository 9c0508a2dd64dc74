import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ClaimCard } from '../../../components/inpage/claim-card';
import { ClaimDetails } from '../../../components/shared/claim-details';
import { EntityCard } from '../../../components/inpage/entity-card';
import { NOEM, PACK, REPORT } from '../support/inpage-pack';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function renderEntity(props: Partial<Parameters<typeof EntityCard>[0]> = {}) {
  const onOpenEntity = vi.fn();
  render(
    <EntityCard
      entity={NOEM}
      pack={PACK}
      report={REPORT}
      lang="en"
      contentLang="en"
      now={new Date('2026-11-29T12:00:00Z')}
      titleId="t"
      onClose={() => {}}
      onOpenEntity={onOpenEntity}
      {...props}
    />,
    root,
  );
  return { onOpenEntity };
}

describe('entity card', () => {
  test('name labels the card, type is given in words next to its icon', () => {
    renderEntity();
    expect(text(root.querySelector('#t'))).toBe('Kristi Noem');
    expect(text(root.querySelector('.bs-badge'))).toBe('Person');
    expect(root.querySelector('.bs-badge svg[aria-hidden="true"]')).not.toBeNull();
  });

  test('a role that has ended reads "Former …" with its term', () => {
    renderEntity();
    expect(text(root.querySelector('.bs-role--former'))).toBe(
      'Former Secretary of Homeland Security (Jan 25, 2025 – Mar 31, 2026)',
    );
    expect(text(root.querySelector('.bs-role:not(.bs-role--former)'))).toBe('Special Envoy · since Mar 31, 2026');
  });

  test('the same role before it ended reads as current', () => {
    renderEntity({ now: new Date('2026-03-15T12:00:00Z') });
    expect(root.querySelector('.bs-role--former')).toBeNull();
    expect(text(root.querySelector('.bs-role'))).toBe('Secretary of Homeland Security · since Jan 25, 2025');
  });

  test('key facts: five, each dated and sourced', () => {
    renderEntity();
    const facts = root.querySelectorAll('.bs-fact');
    expect(facts).toHaveLength(5);
    for (const fact of facts) {
      expect(fact.querySelector('time')?.getAttribute('datetime')).toBeTruthy();
      expect(fact.querySelector('.bs-sources')).not.toBeNull();
    }
  });

  test('https sources are links opening a new tab without opener or referrer; others are text', () => {
    renderEntity();
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:/);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.innerHTML).not.toContain('javascript:');
    expect(root.textContent).toContain('Unsafe Daily');
  });

  test('syndicated copies say "via …"', () => {
    renderEntity();
    expect(root.textContent).toContain('via EIN Presswire');
    expect(root.textContent).toContain('via Newser');
  });

  test('dataset text is rendered as text, never as markup', () => {
    renderEntity();
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('.bs-summary'))).toContain('<img src=x onerror=alert(1)>');
  });

  test('timeline excerpt: at most four events; approximate dates say so', () => {
    renderEntity();
    const events = root.querySelectorAll('.bs-timeline__event');
    expect(events).toHaveLength(4);
    expect(root.textContent).toContain('around Jul 2025');
  });

  test('related entries are buttons that open their cards', () => {
    const { onOpenEntity } = renderEntity();
    const chips = [...root.querySelectorAll<HTMLButtonElement>('.bs-chip')];
    expect(chips.map((c) => c.querySelector('span')?.textContent)).toEqual([
      'CECOT',
      'Nayib Bukele',
      'Department of Homeland Security',
    ]);
    expect(text(chips[2])).toContain('not on this page');
    chips[1].click();
    expect(onOpenEntity).toHaveBeenCalledWith('nayib-bukele');
  });

  test('why highlighted quotes the matched text, the hovered one first, and counts mentions', () => {
    renderEntity({ hoveredStart: 35 });
    expect(text(root.querySelector('.bs-why p'))).toBe(
      'This article mentions it as “Noem”, “Kristi Noem”. 2 mentions on this page',
    );
  });

  test('footer gives the dataset date', () => {
    renderEntity();
    expect(text(root.querySelector('.bs-card__footer'))).toBe('Backstory dataset, as of Mar 15, 2026');
  });

  test('Spanish UI with Spanish dataset text', () => {
    renderEntity({ lang: 'es', contentLang: 'es', now: new Date('2026-11-29T12:00:00Z') });
    expect(text(root.querySelector('.bs-badge'))).toBe('Persona');
    expect(text(root.querySelector('.bs-role--former'))).toBe(
      'Fue Secretaria de Seguridad Nacional (25 ene 2025 – 31 mar 2026)',
    );
    expect(text(root.querySelector('.bs-section__title'))).toBe('Datos clave');
    expect(root.querySelector('.bs-summary')?.getAttribute('lang')).toBe('es');
  });
});

describe('disputed-point card', () => {
  const claim = PACK.claims[0];

  function renderClaim(hoveredStart?: number) {
    render(
      <ClaimCard
        claim={claim}
        pack={PACK}
        report={REPORT}
        lang="en"
        contentLang="en"
        titleId="c"
        hoveredStart={hoveredStart}
        onClose={() => {}}
        onOpenEntity={() => {}}
      />,
      root,
    );
  }

  test('quotes the sentence as it appears in the article', () => {
    renderClaim(35);
    expect(text(root.querySelector('blockquote'))).toBe(REPORT.disputed[0].text);
    expect(root.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
  });

  test('each position: holder, date, paraphrase and sources, all styled alike', () => {
    renderClaim();
    const positions = [...root.querySelectorAll('.bs-position')];
    expect(positions).toHaveLength(2);
    expect(new Set(positions.map((p) => p.className))).toEqual(new Set(['bs-position']));
    expect(positions.map((p) => text(p.querySelector('.bs-position__holder')))).toEqual([
      'Position 1 of 2. Held by: Government of El Salvador',
      'Position 2 of 2. Held by: Human rights groups',
    ]);
    for (const p of positions) {
      expect(p.querySelector('time')).not.toBeNull();
      expect(p.querySelector('.bs-sources a')).not.toBeNull();
    }
  });

  test('status with label, date and note; established and unknown', () => {
    renderClaim();
    expect(text(root.querySelector('.bs-status'))).toBe('Disputed · Nov 12, 2025');
    expect(text(root.querySelector('.bs-status__note'))).toBe('No independent inspection has been allowed.');
    expect(root.textContent).toContain('What is established');
    expect(root.textContent).toContain('The prison opened in 2023.');
    expect(root.textContent).toContain('What is not known');
  });

  test('no images and no inline colour anywhere in the card', () => {
    renderClaim();
    expect(root.querySelector('img, picture')).toBeNull();
    expect(root.querySelector('[style]')).toBeNull();
  });

  test('ClaimDetails works on its own (popup): no excerpt, h4 headings, no entity buttons', () => {
    render(<ClaimDetails claim={claim} pack={PACK} lang="es" headingLevel={4} />, root);
    expect(root.querySelector('blockquote')).toBeNull();
    expect(root.querySelectorAll('h4').length).toBeGreaterThanOrEqual(3);
    expect(root.querySelector('h3, button')).toBeNull();
    expect(text(root.querySelector('.bs-status__label'))).toBe('En disputa');
  });
});

test('Spanish UI on an English page: the role line stays in one language, dates follow the UI', () => {
  const root2 = document.createElement('div');
  document.body.append(root2);
  render(
    <EntityCard
      entity={NOEM}
      pack={PACK}
      report={REPORT}
      lang="es"
      contentLang="en"
      now={new Date('2026-11-29T12:00:00Z')}
      titleId="t"
      onClose={() => {}}
      onOpenEntity={() => {}}
    />,
    root2,
  );
  expect(root2.querySelector('.bs-role--former')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
    'Former Secretary of Homeland Security (25 ene 2025 – 31 mar 2026)',
  );
  render(null, root2);
  root2.remove();
});
