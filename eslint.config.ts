/**
 * Lint: ESLint's and typescript-eslint's recommended rules, React hooks rules (Preact's hooks follow
 * them), accessibility rules for JSX, no HTML written from strings, and the layer rule of
 * `layers.json`. Formatting is Prettier's (`.prettierrc.json`); `eslint-config-prettier` turns off
 * the rules that would fight it.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layersRule } from './scripts/lint/layers-rule';

/** Ways of writing HTML from strings; dataset and page text reach the reader as text only. */
const HTML_FROM_STRINGS = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Render text, not HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, not HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML.' },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Render text, not HTML.',
  },
];

export default defineConfig(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
    // The two classic hooks rules. The React Compiler rules of `recommended-latest` cost three
    // quarters of the lint time and model React's renderer, not Preact's.
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    plugins: { backstory: { rules: { layers: layersRule } } },
    rules: {
      'backstory/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: { 'no-restricted-syntax': ['error', ...HTML_FROM_STRINGS] },
  },
  prettier,
);
