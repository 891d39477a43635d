#!/usr/bin/env node
// Bundles the Electron main process (ES module) and the preload (CommonJS: sandboxed preloads
// cannot be ES modules) into electron/dist/. A few packages stay external (loaded from node_modules
// at run time): `electron`, provided by the Electron runtime; better-sqlite3, a native module; and
// packages that read their own files at run time.
// The preload needs only the contract's method and event names; they are read from the contract
// here, at build time, so that the preload does not carry zod and every schema into each page.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const outputFolder = path.join(repositoryRoot, 'electron', 'dist');
// Electron 45 runs Node 22 and Chromium 140.
const nodeTarget = 'node22';

const shared = {
  absWorkingDir: repositoryRoot,
  bundle: true,
  platform: 'node',
  target: nodeTarget,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

/** The contract's `methodNames`, `rendererMethodNames` and `eventNames`, by bundling shared/api/contract.ts and importing it. */
async function readContractNames() {
  const result = await build({
    ...shared,
    entryPoints: ['shared/api/contract.ts'],
    outfile: 'contract.mjs',
    format: 'esm',
    sourcemap: false,
    write: false,
  });
  const source = result.outputFiles[0].text;
  const contract = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return { methodNames: [...contract.methodNames], rendererMethodNames: [...contract.rendererMethodNames], eventNames: [...contract.eventNames] };
}

/** Resolves the preload's import of shared/api/contract to a module holding just the name lists. */
function contractNamesPlugin(names) {
  return {
    name: 'contract-names',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]shared[\\/]api[\\/]contract$/ }, (args) => ({ path: args.path, namespace: 'contract-names' }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        loader: 'js',
        contents: [
          `export const methodNames = ${JSON.stringify(names.methodNames)};`,
          `export const rendererMethodNames = ${JSON.stringify(names.rendererMethodNames)};`,
          `export const eventNames = ${JSON.stringify(names.eventNames)};`,
        ].join('\n'),
      }));
    },
  };
}

const contractNames = await readContractNames();

/** The main process and each worker job (electron/backend/workers/jobs/*.job.ts) are ES modules with the same externals. */
const nodeModule = {
  ...shared,
  format: 'esm',
  external: [
    'electron',
    'better-sqlite3',
    // Reads its own files at run time (stylesheets, workers) next to its sources, so it cannot be bundled.
    'jsdom',
  ],
  // Bundled CommonJS dependencies call require() for Node built-ins; an ES module has none.
  banner: { js: "import { createRequire as __newsdeskCreateRequire } from 'node:module';\nconst require = __newsdeskCreateRequire(import.meta.url);" },
};

const jobsFolder = path.join(repositoryRoot, 'electron', 'backend', 'workers', 'jobs');
const jobNames = (await readdir(jobsFolder)).filter((name) => name.endsWith('.job.ts')).map((name) => name.slice(0, -'.job.ts'.length));

const bundles = [
  { ...nodeModule, entryPoints: ['electron/main/main.ts'], outfile: path.join(outputFolder, 'main.mjs') },
  ...jobNames.map((name) => ({
    ...nodeModule,
    entryPoints: [`electron/backend/workers/jobs/${name}.job.ts`],
    outfile: path.join(outputFolder, 'workers', 'jobs', `${name}.job.mjs`),
  })),
  {
    ...shared,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outputFolder, 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
    plugins: [contractNamesPlugin(contractNames)],
  },
];

await mkdir(path.join(outputFolder, 'workers'), { recursive: true });
try {
  // The worker bootstrap is plain JavaScript already; from a bundle it never registers tsx.
  await copyFile(path.join(repositoryRoot, 'electron', 'backend', 'workers', 'worker-bootstrap.mjs'), path.join(outputFolder, 'workers', 'worker-bootstrap.mjs'));
  for (const options of bundles) {
    await build(options);
    const { size } = await stat(options.outfile);
    console.log(`build-electron: ${path.relative(repositoryRoot, options.outfile)} (${Math.round(size / 1024)} KB)`);
  }
} catch (error) {
  console.error(`build-electron: bundling failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
