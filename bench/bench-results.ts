import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/results/, where every benchmark writes its JSON. */
export const resultsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

/** Writes `<name>-<ISO date>.json` and `<name>-latest.json` in bench/results/; returns the dated path. */
export function writeBenchResult(name: string, result: Record<string, unknown>): string {
  fs.mkdirSync(resultsFolder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const content = `${JSON.stringify({ name, date: new Date().toISOString(), machine: machineSummary(), ...result }, null, 2)}\n`;
  const datedPath = path.join(resultsFolder, `${name}-${stamp}.json`);
  fs.writeFileSync(datedPath, content);
  fs.writeFileSync(path.join(resultsFolder, `${name}-latest.json`), content);
  return datedPath;
}

/** Where benchmarks put their databases: a new folder under the system temp folder (a real disk here), or NEWSDESK_BENCH_DIR. */
export function benchTempFolder(name: string): string {
  const parent = process.env.NEWSDESK_BENCH_DIR ?? os.tmpdir();
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `newsdesk-bench-${name}-`));
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sortedSamples: readonly number[], fraction: number): number {
  if (sortedSamples.length === 0) return Number.NaN;
  const rank = Math.min(sortedSamples.length - 1, Math.max(0, Math.ceil(fraction * sortedSamples.length) - 1));
  return sortedSamples[rank]!;
}

function machineSummary() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
  };
}
