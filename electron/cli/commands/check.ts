import fs from 'node:fs';
import { checkDatabase } from '../../backend/store/maintenance';
import { defineCommand } from '../command';
import { describeDatabaseSource } from '../database-location';

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Check the database: pragmas, schema version, quick_check. Exits with 1 on any problem.',
  usage: 'newsdesk check [--json] [--db FILE]',
  options: {
    json: { type: 'boolean', description: 'Print the report as JSON: {databasePath, ok, problems, pragmas, schemaVersion, quickCheck}.' },
  },
  async run(context) {
    const databasePath = context.database.path;
    const report = checkDatabase(databasePath);
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
