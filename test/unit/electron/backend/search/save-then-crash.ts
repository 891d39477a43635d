// Run by deferred-indexing.test.ts as its own process: saves an article through dispatch, then
// dies (SIGKILL) as soon as the save has answered, before the idle task that indexes it can run.
// Usage: node --import tsx save-then-crash.ts DATABASE ARTICLE_ID EXPECTED_VERSION HEADLINE
import { openBackend } from '../../../../../electron/backend/backend';

const [databasePath, articleId, expectedVersion, headline] = process.argv.slice(2);
const backend = openBackend({ databasePath: databasePath!, checkResults: true });
const outcome = await backend.callFromTransport('articles.save', {
  id: Number(articleId),
  expectedVersion: Number(expectedVersion),
  kind: 'autosave',
  fields: { headline, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: headline }] }] } },
});
process.stdout.write(`${JSON.stringify(outcome)}\n`);
process.kill(process.pid, 'SIGKILL');
