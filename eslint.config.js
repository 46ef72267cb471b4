// One linter for the project: ESLint's and typescript-eslint's recommended rules, and the
// Astro plugin's for .astro files. `npm run lint` runs it; `npm test` runs it first.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'tests/fixtures/*/dist/',
      'dist.*/',
      '**/.astro/',
      '.bench/',
      '.scratch/',
      '**/node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // A leading underscore marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
