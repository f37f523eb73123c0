// Layering is enforced here (ARCHITECTURE.md): code is grouped by where it runs, and an import
// across a boundary fails the lint, not a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'util', 'url', 'worker_threads', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native-electron/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty-pattern': 'off', // Playwright fixtures are declared as ({}, use) => ...
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ runs in every process: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            { group: ['react', 'react-dom', '@mui/*'], message: 'shared/ holds no UI code.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer is a sandboxed web page: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'The renderer talks to the core only through window.api.' },
            { group: ['**/electron/**'], message: 'The renderer may import only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/db/**/*.ts', 'electron/cli/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The core runs in plain Node (tests, CLI, HTTP bridge): never import electron here.' },
            { group: ['**/renderer/**'], message: 'The core does not import renderer code.' },
          ],
        },
      ],
    },
  },

  {
    // The preload runs sandboxed and may only require 'electron'; everything else is bundled into
    // it. Keeping zod (via shared/contract) out keeps it ~1.5 KB instead of ~750 KB.
    files: ['electron/preload.ts', 'electron/preloadApi.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zod', '**/shared/contract', '**/shared/schemas', '**/services/**'], allowTypeImports: true, message: 'The preload imports only electron and shared/methodNames (types may come from anywhere).' }] },
      ],
    },
  },
);
