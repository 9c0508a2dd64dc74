/**
 * The code base keeps its layers: the engine (text, dataset, report, pack, dom, detect, match,
 * analysis) imports nothing from the content script, UI, background, settings, messages or
 * components; `lib/` imports no component, stylesheet or other asset; components shared by the
 * popup, options and in-page UI live in `components/shared`. The rule itself is `layers.json`.
 */
import { describe, expect, test } from 'vitest';
import {
  declaredCycles,
  LAYERS,
  layerViolations,
  productSources,
  REPO_ROOT,
  unusedEdges,
} from '../../../scripts/layers';

const ENGINE = [
  'lib/util',
  'lib/text',
  'lib/dataset',
  'lib/report',
  'lib/pack',
  'lib/dom',
  'lib/detect',
  'lib/match',
  'lib/analysis',
];

describe('layers', () => {
  test('every product file keeps to its layer', () => {
    expect(layerViolations(productSources(REPO_ROOT))).toEqual([]);
  });

  test('every declared edge is used, so layers.json is the real dependency picture', () => {
    expect(unusedEdges(productSources(REPO_ROOT))).toEqual([]);
  });

  test('the declared rule has no folder-level cycle', () => {
    expect(declaredCycles()).toEqual([]);
  });

  test('the engine may import only the engine', () => {
    for (const layer of LAYERS.layers.filter((l) => ENGINE.includes(l.folder))) {
      expect(
        layer.may.filter((m) => !ENGINE.includes(m)),
        layer.folder,
      ).toEqual([]);
    }
  });

  test('no lib layer may import a component', () => {
    const libLayers = LAYERS.layers.filter((l) => l.folder.startsWith('lib/'));
    expect(libLayers.flatMap((l) => l.may.filter((m) => m === '*' || m.startsWith('components/')))).toEqual([]);
  });

  test.each([
    [
      'an engine module importing the settings',
      'lib/match/claims.ts',
      "import { getSettings } from '../settings/store';",
    ],
    [
      'an engine module importing the in-page UI',
      'lib/detect/article.ts',
      "import type { InPageUi } from '../inpage/mount-types';",
    ],
    [
      'lib importing a component',
      'lib/content/page-controller.ts',
      "import { mountInPageUi } from '../../components/inpage/mount';",
    ],
    [
      'lib importing a stylesheet',
      'lib/content/page-controller.ts',
      "import css from '../../assets/styles/highlights.css?inline';",
    ],
    [
      'the popup importing an in-page component',
      'components/popup/popup-app.tsx',
      "export { Panel } from '../inpage/panel';",
    ],
    ['the engine loading Preact lazily', 'lib/analysis/analyze.ts', "const p = await import('preact');"],
    ['a file outside every layer', 'lib/misc.ts', 'export const x = 1;'],
  ])('a planted violation is caught: %s', (_, path, line) => {
    const files = new Map([[path, line]]);
    expect(layerViolations(files)).toHaveLength(1);
  });
});
