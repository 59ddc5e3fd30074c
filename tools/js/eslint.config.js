// Lints the enhancer (src/enhance/). `make lint` runs it from the repository's root:
//   tools/js/node_modules/.bin/eslint --config tools/js/eslint.config.js src/enhance
import js from '@eslint/js';
import globals from 'globals';
import { join } from 'node:path';

export default [
  {
    // The repository's root, wherever eslint is run from.
    basePath: join(import.meta.dirname, '../..'),
    files: ['src/enhance/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2021,
      sourceType: 'module',
      globals: globals.browser,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...js.configs.recommended.rules,
      eqeqeq: 'error',
      'no-shadow': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
];
