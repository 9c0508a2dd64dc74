/**
 * ESLint rule `backstory/layers`: the layer rule of `layers.json`, reported at the offending import.
 * It runs the same check as the structure test (`scripts/layers.ts`), one file at a time.
 */
import type { Rule } from 'eslint';
import { relative } from 'node:path';
import { layerViolations, PRODUCT_ROOTS, REPO_ROOT } from '../layers';

export const layersRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each folder to the imports `layers.json` allows it.' },
    schema: [],
  },
  create(context) {
    const path = relative(REPO_ROOT, context.filename).split('\\').join('/');
    if (!PRODUCT_ROOTS.some((root) => path.startsWith(`${root}/`))) return {};
    return {
      Program(node) {
        for (const problem of layerViolations(new Map([[path, context.sourceCode.text]]))) {
          context.report({ node, message: problem.slice(path.length + 2) });
        }
      },
    };
  },
};
