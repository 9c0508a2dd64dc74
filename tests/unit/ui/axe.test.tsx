/**
 * axe-core over the rendered panel and cards. happy-dom has no layout, so rules that need geometry
 * (colour contrast, target size) are left to the e2e run in a real browser.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ClaimCard } from '../../../components/inpage/claim-card';
import { EntityCard } from '../../../components/inpage/entity-card';
import { Launcher } from '../../../components/inpage/launcher';
import { Panel } from '../../../components/inpage/panel';
import { NOEM, PACK, REPORT } from '../support/inpage-pack';

let root: HTMLElement;
beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Article';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function violations(): Promise<string[]> {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  if (process.env.AXE_DEBUG)
    console.log(
      result.passes.map((p) => p.id).join(' '),
      '| incomplete:',
      result.incomplete.map((p) => p.id).join(' '),
    );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const dialog = (children: preact.ComponentChildren, labelledBy: string) => (
  <div role="dialog" aria-modal="false" aria-labelledby={labelledBy} tabIndex={-1}>
    {children}
  </div>
);

test.each([
  [
    'panel',
    () => (
      <Panel
        report={REPORT}
        pack={PACK}
        lang="en"
        contentLang="en"
        highlightsDrawn={false}
        shortcut="Alt+Shift+B"
        focusKey={null}
        focusSeq={1}
        onChoose={() => {}}
        onClose={() => {}}
      />
    ),
  ],
  [
    'entity card',
    () =>
      dialog(
        <EntityCard
          entity={NOEM}
          pack={PACK}
          report={REPORT}
          lang="en"
          contentLang="en"
          now={new Date('2026-11-29')}
          titleId="t"
          onClose={() => {}}
          onOpenEntity={() => {}}
          onBack={() => {}}
          backLabel="Back to CECOT"
        />,
        't',
      ),
  ],
  [
    'disputed-point card',
    () =>
      dialog(
        <ClaimCard
          claim={PACK.claims[0]}
          pack={PACK}
          report={REPORT}
          lang="es"
          contentLang="es"
          titleId="c"
          onClose={() => {}}
          onOpenEntity={() => {}}
        />,
        'c',
      ),
  ],
  [
    'launcher',
    () => (
      <Launcher
        lang="en"
        entities={12}
        disputed={3}
        hidden={false}
        hiddenNotice={false}
        panelOpen={false}
        shortcut="Alt+Shift+B"
        onOpen={() => {}}
        onHide={() => {}}
        onUndoHide={() => {}}
      />
    ),
  ],
  [
    'launcher, just hidden (the way back stated)',
    () => (
      <Launcher
        lang="en"
        entities={12}
        disputed={3}
        hidden={true}
        hiddenNotice={true}
        panelOpen={false}
        shortcut="Alt+Shift+B"
        onOpen={() => {}}
        onHide={() => {}}
        onUndoHide={() => {}}
      />
    ),
  ],
])('axe finds no violations in the %s', async (_name, view) => {
  render(view(), root);
  expect(await violations()).toEqual([]);
});

test('axe does report a violation when one is there (the check can fail)', async () => {
  render(
    <div role="dialog">
      <button type="button" />
    </div>,
    root,
  );
  expect((await violations()).length).toBeGreaterThan(0);
});
