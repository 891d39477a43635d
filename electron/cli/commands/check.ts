import fs from 'node:fs';
import type { ResultOf } from '../../../shared/api/contract';
import { defineCommand } from '../command';
import { describeDatabaseSource } from '../database-location';

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check the database read-only (changes nothing): pragmas, schema version, quick_check. Exits with 1 on any problem.',
  usage: 'newsdesk check [--json] [--db FILE]',
  options: {
    json: { type: 'boolean', description: 'Print the report as JSON: {databasePath, ok, problems, pragmas, schemaVersion, quickCheck}.' },
  },
  async run(context) {
    const databasePath = context.database.path;
    const report = await checkReport(context);
    if (context.options.json) {
      context.writeJson({ databasePath, ...report });
    } else {
      const lines = [
        `Database: ${databasePath} (${describeDatabaseSource(context.database)})`,
        ...(fs.existsSync(databasePath) ? [`Size: ${fs.statSync(databasePath).size} bytes`] : []),
        `Schema version: ${report.schemaVersion}`,
        `quick_check: ${report.quickCheck === '' ? '(not run)' : report.quickCheck}`,
        'Pragmas:',
        ...Object.entries(report.pragmas).map(([name, value]) => `  ${name} = ${String(value)}`),
        report.ok ? 'Result: ok' : `Result: ${report.problems.length} problem(s)`,
        ...report.problems.map((problem) => `  - ${problem}`),
      ];
      context.stdout.write(`${lines.join('\n')}\n`);
    }
    if (!report.ok) {
      context.stderr.write(`newsdesk check: ${databasePath} has problems: ${report.problems.join(' ')}\n`);
      return 1;
    }
  },
});

type CheckReport = ResultOf<'database.check'>;

/** The backend's `database.check` of the file as it is (not migrated), or the reason it cannot be opened. */
async function checkReport(context: Parameters<(typeof checkCommand)['run']>[0]): Promise<CheckReport> {
  let backend;
  try {
    backend = await context.openBackend({ migrate: false, readonly: true });
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)], pragmas: {}, schemaVersion: 0, quickCheck: '' };
  }
  try {
    return await context.call(backend, 'database.check', {});
  } finally {
    backend.close();
  }
}
