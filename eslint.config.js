// Lint rules, and the architecture's boundaries (as Dark Reader does with import zones):
// src/core imports nothing of the extension; the content script imports no UI, background or
// database code; the UI pages do not import the background.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['extension/', 'node_modules/', 'dist/', 'bench-results/', 'test-results/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: './src', except: ['./core'], message: 'src/core is pure: it imports nothing outside itself.' },
            {
              target: './src/content',
              from: ['./src/sidebar', './src/options', './src/background', './src/db', './src/ui', './src/explorer'],
              message: 'The content script stays small: no UI, background or database code.',
            },
            { target: ['./src/sidebar', './src/options', './src/welcome', './src/ui', './src/explorer'], from: './src/background', message: 'Pages talk to the background by messages only.' },
            { target: './src/db', from: ['./src/background', './src/content', './src/sidebar', './src/options', './src/explorer'], message: 'src/db depends on src/core only.' },
          ],
        },
      ],
    },
  },
);
