// Layering is enforced here (ARCHITECTURE.md): code is grouped by where it runs, and an import
// across a boundary fails the lint, not a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'util', 'url', 'worker_threads', 'zlib'];

const RENDERER_PATTERNS = [
  { group: NODE_BUILTINS, message: 'The renderer is a sandboxed web page: no Node built-ins.' },
  { group: ['electron', 'electron/*'], message: 'The renderer talks to the core only through window.api.' },
  { group: ['**/electron/**'], message: 'The renderer may import only shared/.' },
];
const NO_FEATURES = { group: ['**/features', '**/features/**'], message: 'ui/, lib/, api/ and i18n/ serve every area: they import no features/ code (move the shared piece to ui/ or lib/, or the file into its feature).' };
const NO_APP = { group: ['**/app', '**/app/**'], message: 'app/ is the shell that composes the features: nothing outside it imports app/ (pass a prop, or move the piece to ui/ or lib/).' };

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
      'no-restricted-imports': ['error', { patterns: RENDERER_PATTERNS }],
    },
  },
  // Inside the renderer (docs/architecture.md, "The renderer by feature"): the shell composes the
  // features, features build on ui/ and lib/, and ui/, lib/, api/ and i18n/ know no area. A later
  // block replaces the rule's options rather than merging them, so each repeats RENDERER_PATTERNS.
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...RENDERER_PATTERNS, NO_APP] }],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...RENDERER_PATTERNS, NO_APP, NO_FEATURES] }],
    },
  },
  {
    files: ['renderer/src/{lib,api,i18n}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...RENDERER_PATTERNS, NO_APP, NO_FEATURES, { group: ['**/ui', '**/ui/**'], message: 'lib/, api/ and i18n/ hold no components: they import nothing from ui/.' }] },
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
