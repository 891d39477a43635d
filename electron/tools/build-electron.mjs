#!/usr/bin/env node
// Bundles the Electron main process (ES module) and the preload (CommonJS: sandboxed preloads
// cannot be ES modules) into electron/dist/. A few packages stay external (loaded from node_modules
// at run time): `electron`, provided by the Electron runtime; better-sqlite3, a native module; and
// packages that read their own files at run time.
// The preload needs only the contract's method and event names; they are read from the contract
// here, at build time, so that the preload does not carry zod and every schema into each page.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
  metafile: true,
  external: [
    'electron',
    'better-sqlite3',
    // Reads its own files at run time (stylesheets, workers) next to its sources, so it cannot be bundled.
    'jsdom',
    // Native (libvips), loaded on first export.
    'sharp',
  ],
  // Bundled CommonJS dependencies call require() for Node built-ins; an ES module has none.
  banner: { js: "import { createRequire as __newsdeskCreateRequire } from 'node:module';\nconst require = __newsdeskCreateRequire(import.meta.url);" },
};

const jobsFolder = path.join(repositoryRoot, 'electron', 'backend', 'workers', 'jobs');
const jobNames = (await readdir(jobsFolder)).filter((name) => name.endsWith('.job.ts')).map((name) => name.slice(0, -'.job.ts'.length));

/**
 * Node's built-in modules through the bundle's `require` (the banner's createRequire) rather than
 * `import`: an ES module import of `node:fs` builds its namespace from every export, which loads
 * Node's streams on every start (10-25 ms of a CLI call measured); `require` does not.
 */
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:/ }, (args) =>
      args.namespace === 'builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' },
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * zod's namespace re-exports every language's messages (`z.locales`, about 300 kB as written),
 * which every command would parse at start; Newsdesk uses none of them (its own messages name the
 * problems, and zod's English ones, imported apart, stay the default).
 */
const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-without-locales' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** The `newsdesk` command (CLI and browser edition) as electron/program/newsdesk.mjs runs it when it is up to date. */
const cliBundle = {
  ...nodeModule,
  target: 'node20',
  entryPoints: ['electron/program/newsdesk-program.ts'],
  // What a command loads with import() (the backend, the server) is a chunk of its own, loaded then.
  splitting: true,
  outdir: outputFolder,
  entryNames: 'newsdesk-cli',
  chunkNames: 'newsdesk-cli-[hash]',
  outExtension: { '.js': '.mjs' },
  // Every command starts by parsing the chunks it imports (zod alone is 700 kB as written): minified,
  // names kept for stack traces and error messages, they parse in a fraction of the time.
  minify: true,
  keepNames: true,
  // Only `newsdesk serve` without a built renderer builds one, with Vite from node_modules.
  external: [...nodeModule.external, 'vite'],
  plugins: [builtinsThroughRequire, zodWithoutLocales],
};

const bundles = [
  { ...nodeModule, entryPoints: ['electron/main/main.ts'], outfile: path.join(outputFolder, 'main.mjs') },
  cliBundle,
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

/**
 * The sources the CLI bundle was built from, with their sizes and times (the bundle's own, the
 * worker jobs' and the lock file): electron/program/newsdesk.mjs runs the bundle only while they
 * are unchanged, and the sources through tsx otherwise.
 */
async function writeCliInputs(metafiles) {
  const bundled = metafiles.flatMap((metafile) => Object.keys(metafile.inputs));
  const files = [...new Set([...bundled, 'electron/backend/workers/worker-bootstrap.mjs', 'electron/tools/build-electron.mjs', 'package-lock.json'])]
    // node_modules/ also through a symbolic link (a git worktree sharing another checkout's, seen as ../x/node_modules/).
    .filter((file) => !file.startsWith('node_modules/') && !file.includes('/node_modules/') && !file.includes(':'))
    .sort();
  const inputs = [];
  for (const file of files) {
    const { size, mtimeMs } = await stat(path.join(repositoryRoot, file));
    inputs.push([file, size, mtimeMs]);
  }
  await writeInPlace(path.join(outputFolder, 'newsdesk-cli.inputs.json'), `${JSON.stringify(inputs)}\n`);
}

/**
 * Writes a file beside its place and renames it there: a program loading the previous build (a
 * test's worker, a running `newsdesk`) never reads a file half written.
 */
async function writeInPlace(file, contents) {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, contents);
  await rename(partial, file);
}

await mkdir(path.join(outputFolder, 'workers'), { recursive: true });
try {
  // The worker bootstrap is plain JavaScript already; from a bundle it never registers tsx.
  await writeInPlace(path.join(outputFolder, 'workers', 'worker-bootstrap.mjs'), await readFile(path.join(repositoryRoot, 'electron', 'backend', 'workers', 'worker-bootstrap.mjs')));
  const cliMetafiles = [];
  const written = new Set();
  for (const options of bundles) {
    const result = await build({ ...options, write: false });
    for (const output of result.outputFiles) {
      await writeInPlace(output.path, output.contents);
      written.add(output.path);
    }
    const outfile = options.outfile ?? path.join(options.outdir, `${options.entryNames}.mjs`);
    const { size } = await stat(outfile);
    console.log(`build-electron: ${path.relative(repositoryRoot, outfile)} (${Math.round(size / 1024)} KB)`);
    if (options === cliBundle || outfile.includes(`${path.sep}jobs${path.sep}`)) cliMetafiles.push(result.metafile);
  }
  await writeCliInputs(cliMetafiles);
  // Chunks of earlier builds of the CLI (their names are content hashes) go once the new ones are in place.
  for (const name of await readdir(outputFolder)) {
    const file = path.join(outputFolder, name);
    if (name.startsWith('newsdesk-cli-') && !written.has(file)) await rm(file, { force: true });
  }
} catch (error) {
  console.error(`build-electron: bundling failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
