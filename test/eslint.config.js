import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'stream', 'buffer', 'better-sqlite3'], message: 'This layer must not use Node built-ins (architecture.md, "Layers").' };
const electronModule = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const layer = (target, message) => ({ group: [target], message });

export default tseslint.config(
  { ignores: ['node_modules/**', 'renderer/dist/**', 'electron/dist/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="exec"][callee.object.name="db"]', message: 'Use prepared statements with parameters; never splice values into SQL.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronModule],
        patterns: [
          nodeBuiltins,
          layer('**/electron/**', 'shared/ must not import from electron/.'),
          layer('**/renderer/**', 'shared/ must not import from renderer/.'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronModule],
        patterns: [
          nodeBuiltins,
          layer('**/electron/**', 'renderer/ must not import from electron/; call the backend through renderer/api/client.ts.'),
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/serve/**/*.ts', 'electron/cli/**/*.{ts,mjs}', 'electron/tools/**/*.mjs'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronModule],
        patterns: [layer('**/renderer/**', 'The backend must not import from renderer/.')],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('**/renderer/**', 'Electron code must not import from renderer/.')],
      }],
    },
  },
);
