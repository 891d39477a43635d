import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What every `bench/*.bench.ts` module exports. */
export interface BenchModule {
  /** Runs the benchmark, prints its figures and writes its JSON to bench/results/. */
  run(): unknown;
}

const benchFolder = path.dirname(fileURLToPath(import.meta.url));

/** Runs every `bench/*.bench.ts` module in name order, or those whose name contains an argument. */
async function runAll(filters: string[]): Promise<void> {
  const files = fs
    .readdirSync(benchFolder)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(`bench: no bench/*.bench.ts file matches ${filters.join(', ') || 'anything'}`);
    process.exitCode = 1;
    return;
  }
  for (const file of files) {
    console.log(`\n== ${file}`);
    const module = (await import(pathToFileURL(path.join(benchFolder, file)).href)) as Partial<BenchModule>;
    if (typeof module.run !== 'function') {
      console.error(`bench: ${file} does not export run()`);
      process.exitCode = 1;
      continue;
    }
    await module.run();
  }
}

await runAll(process.argv.slice(2));
