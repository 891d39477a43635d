import { describe, expect, it } from 'vitest';
import { probeMessages } from './lint-probe';

/** What each layer may import, as the lint words it (test/eslint.config.js, README "Architecture"). */
const mayImport = {
  shared: 'shared/ may import only shared/ of ours, and packages except Node built-ins, better-sqlite3 and electron.',
  renderer: 'renderer/ may import only shared/ and renderer/ of ours, and packages except Node built-ins, better-sqlite3 and electron.',
  backend: 'electron/backend/ may import only shared/, electron/backend/ and package.json of ours, and packages except electron.',
  main: 'electron/main/ may import only shared/, electron/backend/ and electron/main/ of ours, and any package.',
  preload: 'electron/preload/ may import only shared/ and electron/preload/ of ours, and packages except Node built-ins and better-sqlite3.',
  serve: 'electron/serve/ may import only shared/, electron/backend/ and electron/serve/ of ours, and packages except electron.',
  cli: 'electron/cli/ may import only shared/, electron/backend/ and electron/cli/ of ours, and packages except electron.',
  program: 'electron/program/ may import only shared/, electron/backend/, electron/cli/, electron/serve/ and electron/program/ of ours, and packages except electron.',
  tools: 'electron/tools/ may import only electron/tools/ of ours, and packages except electron.',
  config: 'config may import only shared/, electron/tools/ and test/support/ of ours, and packages except electron.',
  bench: 'bench/ may import only anything in the repository of ours, and packages except electron.',
} as const;

const fileRefusal = (layer: string, specifier: string, target: string, allowance: string) =>
  `Layer ${layer}: '${specifier}' is ${target}, which this layer may not import. ${allowance}`;

const electronRefusal = (layer: string, allowance: string) =>
  `Layer ${layer}: 'electron' is one of the packages this layer may not import (electron: only electron/main and electron/preload may import it). ${allowance}`;

const builtinRefusal = (layer: string, specifier: string, reason: string, allowance: string) =>
  `Layer ${layer}: '${specifier}' is one of the packages this layer may not import (Node built-ins: ${reason}). ${allowance}`;

const notInNode = 'this layer also runs where Node does not';

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  return probeMessages(filePath, code, ['newsdesk/layer-imports', 'no-restricted-globals']);
}

describe('layer rules: each layer imports only what it may (npm run lint)', () => {
  it.each([
    // shared/: nothing of ours outside shared/, no Node, no electron, no DOM globals
    ['shared/text/probe.ts', "import { openBackend } from '../../electron/backend/backend';\nexport const probe = openBackend;\n",
      fileRefusal('shared/', '../../electron/backend/backend', 'electron/backend/backend.ts', mayImport.shared)],
    ['shared/text/probe.ts', "import type { RendererApi } from '../../renderer/api/client';\nexport type Probe = RendererApi;\n",
      fileRefusal('shared/', '../../renderer/api/client', 'renderer/api/client.ts', mayImport.shared)],
    ['shared/text/probe.ts', "import fs from 'node:fs';\nexport const probe = fs;\n", builtinRefusal('shared/', 'node:fs', notInNode, mayImport.shared)],
    ['shared/text/probe.ts', "import { createHash } from 'crypto';\nexport const probe = createHash;\n", builtinRefusal('shared/', 'crypto', notInNode, mayImport.shared)],
    ['shared/text/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", electronRefusal('shared/', mayImport.shared)],
    ['shared/text/probe.ts', 'export const probe = () => document.title;\n', "Unexpected use of 'document'."],
    // renderer/: shared/ and renderer/ only
    ['renderer/articles/probe.ts', "import { openBackend } from '../../electron/backend/backend';\nexport const probe = openBackend;\n",
      fileRefusal('renderer/', '../../electron/backend/backend', 'electron/backend/backend.ts', mayImport.renderer)],
    ['renderer/articles/probe.ts', "export const probe = () => import('../../electron/preload/preload');\n",
      fileRefusal('renderer/', '../../electron/preload/preload', 'electron/preload/preload.ts', mayImport.renderer)],
    ['renderer/articles/probe.ts', "import path from 'node:path';\nexport const probe = path;\n", builtinRefusal('renderer/', 'node:path', notInNode, mayImport.renderer)],
    ['renderer/articles/probe.ts', "import type Database from 'better-sqlite3';\nexport type Probe = Database.Database;\n",
      `Layer renderer/: 'better-sqlite3' is one of the packages this layer may not import (better-sqlite3: only the backend opens the database). ${mayImport.renderer}`],
    ['renderer/articles/probe.ts', "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n", electronRefusal('renderer/', mayImport.renderer)],
    // electron/backend/: shared/ and itself, never electron or a transport
    ['electron/backend/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", electronRefusal('electron/backend/', mayImport.backend)],
    ['electron/backend/probe.ts', "import { api } from '../../renderer/api/client';\nexport const probe = api;\n",
      fileRefusal('electron/backend/', '../../renderer/api/client', 'renderer/api/client.ts', mayImport.backend)],
    ['electron/backend/probe.ts', "export { bindIpc } from '../main/ipc';\n", fileRefusal('electron/backend/', '../main/ipc', 'electron/main/ipc.ts', mayImport.backend)],
    ['electron/backend/search/probe.ts', "export * from '../../serve/server';\n", fileRefusal('electron/backend/', '../../serve/server', 'electron/serve/server.ts', mayImport.backend)],
    ['electron/backend/probe.ts', "export type Probe = import('../cli/command').Command;\n", fileRefusal('electron/backend/', '../cli/command', 'electron/cli/command.ts', mayImport.backend)],
    ['electron/backend/probe.ts', "import help = require('../cli/help');\nexport const probe = help;\n", fileRefusal('electron/backend/', '../cli/help', 'electron/cli/help.ts', mayImport.backend)],
    // transports: electron/backend/, shared/ and their own folder, never each other
    ['electron/main/probe.ts', "import { startServer } from '../serve/server';\nexport const probe = startServer;\n",
      fileRefusal('electron/main/', '../serve/server', 'electron/serve/server.ts', mayImport.main)],
    ['electron/main/probe.ts', "import type { Command } from '../cli/command';\nexport type Probe = Command;\n",
      fileRefusal('electron/main/', '../cli/command', 'electron/cli/command.ts', mayImport.main)],
    ['electron/main/probe.ts', "import '../preload/preload';\n", fileRefusal('electron/main/', '../preload/preload', 'electron/preload/preload.ts', mayImport.main)],
    ['electron/main/probe.ts', "import { api } from '../../renderer/api/client';\nexport const probe = api;\n",
      fileRefusal('electron/main/', '../../renderer/api/client', 'renderer/api/client.ts', mayImport.main)],
    ['electron/preload/probe.ts', "import { bindIpc } from '../main/ipc';\nexport const probe = bindIpc;\n",
      fileRefusal('electron/preload/', '../main/ipc', 'electron/main/ipc.ts', mayImport.preload)],
    ['electron/preload/probe.ts', "import type { Backend } from '../backend/backend-types';\nexport type Probe = Backend;\n",
      fileRefusal('electron/preload/', '../backend/backend-types', 'electron/backend/backend-types.ts', mayImport.preload)],
    ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      builtinRefusal('electron/preload/', 'node:fs', 'the preload runs sandboxed, without Node', mayImport.preload)],
    ['electron/serve/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", electronRefusal('electron/serve/', mayImport.serve)],
    ['electron/serve/probe.ts', "import { isAppUrl } from '../main/app-origin';\nexport const probe = isAppUrl;\n",
      fileRefusal('electron/serve/', '../main/app-origin', 'electron/main/app-origin.ts', mayImport.serve)],
    ['electron/serve/probe.ts', "export const probe = () => import('../cli/newsdesk');\n", fileRefusal('electron/serve/', '../cli/newsdesk', 'electron/cli/newsdesk.ts', mayImport.serve)],
    ['electron/cli/commands/probe.ts', "import { startServer } from '../../serve/server';\nexport const probe = startServer;\n",
      fileRefusal('electron/cli/', '../../serve/server', 'electron/serve/server.ts', mayImport.cli)],
    ['electron/cli/probe.ts', "import { bindIpc } from '../main/ipc';\nexport const probe = bindIpc;\n", fileRefusal('electron/cli/', '../main/ipc', 'electron/main/ipc.ts', mayImport.cli)],
    ['electron/cli/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", electronRefusal('electron/cli/', mayImport.cli)],
    // electron/program/: the newsdesk program composes the CLI and the browser edition's server, nothing else
    ['electron/program/probe.ts', "import { bindIpc } from '../main/ipc';\nexport const probe = bindIpc;\n", fileRefusal('electron/program/', '../main/ipc', 'electron/main/ipc.ts', mayImport.program)],
    ['electron/program/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n", electronRefusal('electron/program/', mayImport.program)],
    ['electron/program/probe.ts', "import { api } from '../../renderer/api/client';\nexport const probe = api;\n",
      fileRefusal('electron/program/', '../../renderer/api/client', 'renderer/api/client.ts', mayImport.program)],
    // electron/tools/: plain scripts, nothing of ours but each other
    ['electron/tools/probe.mjs', "import { openBackend } from '../backend/backend.ts';\nexport const probe = openBackend;\n",
      fileRefusal('electron/tools/', '../backend/backend.ts', 'electron/backend/backend.ts', mayImport.tools)],
    ['electron/tools/probe.mjs', "const electron = require('electron');\nexport const probe = electron;\n", electronRefusal('electron/tools/', mayImport.tools)],
    // build configuration
    ['renderer/vite.config.ts', "import { mountApp } from './main';\nexport default mountApp;\n", fileRefusal('config', './main', 'renderer/main.tsx', mayImport.config)],
    // bench/: anything of ours, but plain Node
    ['bench/probe.bench.ts', "import { app } from 'electron';\nexport const probe = app;\n", electronRefusal('bench/', mayImport.bench)],
  ])('%s: %j is refused', async (filePath, code, expected) => {
    expect(await layerMessages(filePath, code)).toEqual([expected]);
  });

  it.each([
    ['shared/text/probe.ts', "import { z } from '../api/zod';\nimport type { DocNode } from '../model/document';\nimport { Node } from '@tiptap/core';\nexport const probe = [z, Node] as unknown as DocNode;\n"],
    ['renderer/articles/probe.ts', "import { api } from '../api/client';\nimport { methodNames } from '../../shared/api/contract';\nimport { useState } from 'react';\nimport '../styles.css';\nexport const probe = [api, methodNames, useState];\n"],
    ['electron/backend/probe.ts', "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { openDatabase } from './store/database';\nimport { methodNames } from '../../shared/api/contract';\nimport packageJson from '../../package.json' with { type: 'json' };\nexport const probe = [fs, Database, openDatabase, methodNames, packageJson];\n"],
    ['electron/main/probe.ts', "import { app } from 'electron';\nimport { openBackend } from '../backend/backend';\nimport { eventChannel } from '../../shared/api/ipc-channels';\nimport { isAppUrl } from './app-origin';\nexport const probe = [app, openBackend, eventChannel, isAppUrl];\n"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';\nimport type { DesktopBridge } from '../../shared/api/bridge';\nimport { methodChannel } from '../../shared/api/ipc-channels';\nexport const probe = [contextBridge, methodChannel] as unknown as DesktopBridge;\n"],
    ['electron/serve/probe.ts', "import http from 'node:http';\nimport { openBackend } from '../backend/backend';\nimport { startServer } from './server';\nexport const probe = [http, openBackend, startServer];\n"],
    ['electron/cli/probe.ts', "import { helpText } from './help';\nexport const probe = async () => [helpText, await import('../backend/backend'), await import('../../shared/api/contract')];\n"],
    ['electron/program/probe.ts', "import { runCliInProcess } from '../cli/newsdesk';\nimport { startServer } from '../serve/server';\nexport const probe = [runCliInProcess, startServer];\n"],
    ['electron/tools/probe.mjs', "import { build } from 'esbuild';\nimport path from 'node:path';\nimport { repositoryRoot } from './electron-environment.mjs';\nexport const probe = [build, path, repositoryRoot];\n"],
    ['renderer/vite.config.ts', "import react from '@vitejs/plugin-react';\nimport { fileURLToPath } from 'node:url';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()], root: fileURLToPath(new URL('.', import.meta.url)) });\n"],
    ['bench/probe.bench.ts', "import { openBackend } from '../electron/backend/backend';\nimport { seedText } from '../test/unit/shared/text/legacy/seed-text';\nimport { api } from '../renderer/api/client';\nexport const probe = [openBackend, seedText, api];\n"],
    ['test/unit/probe.test.ts', "import type { MenuItemConstructorOptions } from 'electron';\nimport { bindIpc } from '../../electron/main/ipc';\nimport { startServer } from '../../electron/serve/server';\nexport const probe = [bindIpc, startServer] as unknown as MenuItemConstructorOptions;\n"],
  ])('%s: imports its layer allows pass', async (filePath, code) => {
    expect(await layerMessages(filePath, code)).toEqual([]);
  });

  it.each([
    ['electron/probe.ts'],
    ['scripts/probe.mjs'],
    ['probe.ts'],
  ])('%s: a file in no known layer is refused', async (filePath) => {
    expect(await layerMessages(filePath, 'export const probe = 1;\n')).toEqual([
      `${filePath} is in no known layer. Move it into one, or give it a layer in test/eslint.config.js (newsdesk/layer-imports).`,
    ]);
  });

  it.each([
    ['test/unit/probe.test.ts', '../../../outside/secret'],
    ['shared/text/probe.ts', '../../../outside/secret'],
    ['bench/probe.bench.ts', '/etc/hosts'],
  ])('%s: an import of %s, outside the repository, is refused', async (filePath, specifier) => {
    const [message, ...others] = await layerMessages(filePath, `import probe from '${specifier}';\nexport default probe;\n`);
    expect(others).toEqual([]);
    expect(message).toMatch(new RegExp(`^'${specifier}' resolves outside the repository \\(.+\\)\\. Import packages by name and our files by a path inside the repository\\.$`));
  });
});
