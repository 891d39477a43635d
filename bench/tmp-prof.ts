import { openBackend } from '../electron/backend/backend';
import { performance } from 'node:perf_hooks';
const [db, file] = process.argv.slice(2);
const backend = openBackend({ databasePath: db!, checkResults: false });
const rss0 = process.memoryUsage.rss();
const t = performance.now();
const r = await backend.call('comments.importPaths', { paths: [file!], overwriteDecisions: false });
console.log(Math.round(performance.now() - t), 'ms', JSON.stringify({ ...r.files[0], warnings: undefined }), 'rss before', Math.round(rss0 / 1e6), 'max', Math.round(process.resourceUsage().maxRSS / 1e3));
backend.close();
