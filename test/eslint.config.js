import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import newsdesk from './eslint-rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = '{ts,tsx,mts,cts,js,mjs,cjs}';

// Packages a layer may not import, by group (README, "Architecture").
const nodeBuiltins = { label: 'Node built-ins', reason: 'this layer also runs where Node does not', names: ['node:*', ...builtinModules] };
const sandboxedNodeBuiltins = { label: 'Node built-ins', reason: 'the preload runs sandboxed, without Node', names: ['node:*', ...builtinModules] };
const nativeDatabase = { label: 'better-sqlite3', reason: 'only the backend opens the database', names: ['better-sqlite3'] };
const electronModule = { label: 'electron', reason: 'only electron/main and electron/preload may import it', names: ['electron'] };

/**
 * What each layer MAY import (README, "Architecture", after VS Code's code-import-patterns). The first
 * layer whose `files` match a file is its layer; a file in none fails the lint. `allow` lists the
 * repository paths it may import (type-only imports included); `forbiddenPackages` the packages it may not.
 */
const layers = [
  { name: 'shared/', files: ['shared/**'], allow: ['shared/**'], forbiddenPackages: [nodeBuiltins, nativeDatabase, electronModule] },
  // Build and test-runner configuration runs under Node at build time.
  { name: 'config', files: ['renderer/vite.config.ts', `*.config.${sources}`], allow: ['shared/**', 'electron/tools/**', 'test/support/**'], forbiddenPackages: [electronModule] },
  { name: 'renderer/', files: ['renderer/**'], allow: ['shared/**', 'renderer/**'], forbiddenPackages: [nodeBuiltins, nativeDatabase, electronModule] },
  // package.json is data, not a layer: the backend reads the version from it (app.info).
  { name: 'electron/backend/', files: ['electron/backend/**'], allow: ['shared/**', 'electron/backend/**', 'package.json'], forbiddenPackages: [electronModule] },
  // Transports: each binds the backend to one way in, and none imports another.
  { name: 'electron/main/', files: ['electron/main/**'], allow: ['shared/**', 'electron/backend/**', 'electron/main/**'], forbiddenPackages: [] },
  { name: 'electron/preload/', files: ['electron/preload/**'], allow: ['shared/**', 'electron/preload/**'], forbiddenPackages: [sandboxedNodeBuiltins, nativeDatabase] },
  { name: 'electron/serve/', files: ['electron/serve/**'], allow: ['shared/**', 'electron/backend/**', 'electron/serve/**'], forbiddenPackages: [electronModule] },
  { name: 'electron/cli/', files: ['electron/cli/**'], allow: ['shared/**', 'electron/backend/**', 'electron/cli/**'], forbiddenPackages: [electronModule] },
  // The `newsdesk` program: composes the CLI with the browser edition's server (`newsdesk serve`).
  { name: 'electron/program/', files: ['electron/program/**'], allow: ['shared/**', 'electron/backend/**', 'electron/cli/**', 'electron/serve/**', 'electron/program/**'], forbiddenPackages: [electronModule] },
  // Build and start scripts: plain Node, reaching our sources through esbuild entry points, not imports.
  { name: 'electron/tools/', files: ['electron/tools/**'], allow: ['electron/tools/**'], forbiddenPackages: [electronModule] },
  { name: 'bench/', files: ['bench/**'], allow: ['**'], forbiddenPackages: [electronModule] },
  { name: 'test/', files: ['test/**'], allow: ['**'], forbiddenPackages: [] },
];

const store = { root, allow: ['electron/backend/store/**'] };

export default tseslint.config(
  { ignores: ['node_modules/**', 'renderer/dist/**', 'electron/dist/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { newsdesk },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'newsdesk/layer-imports': ['error', { root, layers }],
    },
  },
  {
    // Only the store prepares statements or builds a pragma at run time (README, "Architecture"); tests may inspect databases directly.
    files: [`{shared,renderer,electron,bench}/**/*.${sources}`],
    rules: {
      'newsdesk/prepare-only-in-store': ['error', store],
      'newsdesk/pragma-only-literal': ['error', store],
    },
  },
  {
    // SQL is composed in sql`…` / sqlFragment`…` templates, never spliced or concatenated (README, "Architecture").
    files: [`{electron,bench}/**/*.${sources}`],
    rules: { 'newsdesk/no-sql-splicing': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
);
