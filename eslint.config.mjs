// Lint rules: typescript-eslint (strict, type-checked), React, hooks, jsx-a11y and Next's rules,
// plus the project's own: pages run no React in the browser, so client components are listed here.
import js from '@eslint/js';
import nextVitals from 'eslint-config-next/core-web-vitals';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The only client components: each reads the path while prerendering and never runs in a browser. */
const CLIENT_COMPONENTS = ['app/providers.tsx', 'components/HeaderNav.tsx', 'components/ProductionLink.tsx'];

const NO_CLIENT_CODE = [
  {
    selector: "Program > ExpressionStatement[directive='use client']",
    message:
      'Pages ship no React runtime: behaviour goes in lib/browser/. A client component must be listed in CLIENT_COMPONENTS (eslint.config.mjs).',
  },
  {
    selector: 'CallExpression[callee.name=/^use[A-Z]/]',
    message: 'Hooks need a client component, and pages ship no React runtime: behaviour goes in lib/browser/.',
  },
];

export default defineConfig([
  globalIgnores([
    '.next/',
    'out/',
    '.contentlayer/',
    '.fixture-builds/',
    'node_modules/',
    'lib/generated/',
    'public/',
    'content/',
    'test-results/',
    'playwright-report/',
    'next-env.d.ts',
  ]),
  js.configs.recommended,
  ...nextVitals,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  // Next's config registers the jsx-a11y plugin and a few of its rules; these turn on the rest.
  { files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    // One program for every file: scripts/tsconfig.json maps the collections to untyped .mjs for tsx.
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    settings: { next: { rootDir: import.meta.dirname } },
    rules: {
      // The code base declares object shapes with `type` throughout.
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      // Template literals of numbers (`${count} pages`) are the common, readable case here.
      // `(x) => log(x)` callbacks are the common, readable case; a void in any other place is still an error.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // '' means "none" here (unset variables, no git history): `||` falls back on it on purpose.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Pages run no React in the browser: next/link's client navigation never runs, and images are
      // sized at build time for a static host (next/image's optimiser needs a server).
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['e2e/**'],
    rules: {
      // Playwright's fixture callback is named `use`; it is no React hook.
      'react-hooks/rules-of-hooks': 'off',
      // Playwright declares fixtures without a value as `void`.
      '@typescript-eslint/no-invalid-void-type': 'off',
      // A box or match that is not there throws, and the test fails, which is what it should do.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Playwright reads a fixture's dependencies from its first parameter, so one with none is `{}`.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['components/**/*.tsx', 'app/**/*.tsx'],
    ignores: CLIENT_COMPONENTS,
    rules: { 'no-restricted-syntax': ['error', ...NO_CLIENT_CODE] },
  },
  // Last: formatting belongs to Prettier.
  prettier,
]);
