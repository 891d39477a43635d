// Run by deferred-indexing.test.ts as its own process: saves an article through the backend, then
// dies (SIGKILL) as soon as the save has answered, before the idle task that indexes it can run.
// Usage: node --import tsx save-then-crash.ts DATABASE ARTICLE_ID EXPECTED_VERSION HEADLINE
import { openBackend } from '../../../../../electron/backend/backend';

const [databasePath, articleId, expectedVersion, headline] = process.argv.slice(2);
const backend = openBackend({ databasePath: databasePath!, checkResults: true });
const value = await backend.call('articles.save', {
  id: Number(articleId),
  expectedVersion: Number(expectedVersion),
  kind: 'autosave',
  fields: { headline, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: headline }] }] } },
});
process.stdout.write(`${JSON.stringify({ ok: true, value })}\n`);
process.kill(process.pid, 'SIGKILL');
