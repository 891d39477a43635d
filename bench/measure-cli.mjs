// Runs one `newsdesk` command the way a user's `npx newsdesk …` runs it (the built CLI, plain Node,
// no tsx) and prints its wall time, CPU time and peak RSS (the process's, worker threads included)
// as one JSON line on stderr after the command's own output:
//   node bench/measure-cli.mjs comments import FILE --db DB --json
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtCliIsCurrent } from '../electron/backend/workers/built-bundle.mjs';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
if (!builtCliIsCurrent(repositoryRoot)) {
  console.error('measure-cli: electron/dist/newsdesk-cli.mjs is missing or older than the sources: run `npm run build:electron` first');
  process.exit(2);
}
const start = performance.now();
const cpuStart = process.cpuUsage();
const { runNewsdeskProgram } = await import('../electron/dist/newsdesk-cli.mjs');
const exitCode = await runNewsdeskProgram();
const cpu = process.cpuUsage(cpuStart);
const round = (value) => Math.round(value * 100) / 100;
process.stderr.write(`${JSON.stringify({
  exitCode,
  seconds: round((performance.now() - start) / 1000),
  cpuSeconds: round((cpu.user + cpu.system) / 1e6),
  processMaxRssMegabytes: round(process.resourceUsage().maxRSS / 1024),
})}\n`);
process.exitCode = exitCode;
