import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repositoryRoot, overrideConfigFile: 'test/eslint.config.js' });

/** The layer rules that fire on `code` as if it were the file at `filePath` (architecture.md, "Layers"). */
async function layerViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('layer rules (npm run lint)', () => {
  it.each([
    ['shared/text/probe.ts', "import fs from 'node:fs';\nexport const probe = fs;\n", 'Node built-ins'],
    ['shared/text/probe.ts', "import { openBackend } from '../../electron/backend/backend';\nexport const probe = openBackend;\n", 'shared/ must not import from electron/'],
    ['shared/text/probe.ts', "import { api } from '../../renderer/api/client';\nexport const probe = api;\n", 'shared/ must not import from renderer/'],
    ['shared/text/probe.ts', 'export const probe = () => document.title;\n', 'document'],
    ['renderer/articles/probe.ts', "import { openBackend } from '../../electron/backend/backend';\nexport const probe = openBackend;\n", 'renderer/ must not import from electron/'],
    ['renderer/articles/probe.ts', "import path from 'node:path';\nexport const probe = path;\n", 'Node built-ins'],
    ['renderer/articles/probe.ts', "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n", 'Only electron/main and electron/preload'],
    ['electron/backend/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", 'Only electron/main and electron/preload'],
    ['electron/serve/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", 'Only electron/main and electron/preload'],
    ['electron/backend/probe.ts', "import { api } from '../../renderer/api/client';\nexport const probe = api;\n", 'must not import from renderer/'],
  ])('%s: a cross-layer import or global fails the lint', async (filePath, code, expected) => {
    const violations = await layerViolations(filePath, code);
    expect(violations.join('\n')).toContain(expected);
  });

  it.each([
    ['electron/main/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n"],
    ['electron/backend/probe.ts', "import fs from 'node:fs';\nexport const probe = fs;\n"],
    ['renderer/articles/probe.ts', "import { api } from '../api/client';\nexport const probe = api;\n"],
    ['shared/text/probe.ts', "import { z } from '../api/zod';\nexport const probe = z;\n"],
  ])('%s: an import within its layer passes', async (filePath, code) => {
    expect(await layerViolations(filePath, code)).toEqual([]);
  });
});
