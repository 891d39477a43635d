import fs from 'node:fs';
import path from 'node:path';
import { englishImportWarnings } from '../../../shared/messages/english';
import { importLimits, type ImportedArticleSummary, wordImportWarning } from '../../../shared/model/import';
import { CommandFailure, defineCommand, UsageError } from '../command';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads one file given on the command line, refusing a missing, unreadable or too large one by name. */
function readFileArgument(cwd: string, argument: string): { name: string; data: string } {
  const filePath = path.resolve(cwd, argument);
  let size: number;
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new CommandFailure(`${argument}: not a file. Give the path of a .txt, .html or .docx file. Nothing was imported.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CommandFailure) throw error;
    throw new CommandFailure(`${argument}: cannot read the file (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`);
  }
  if (size > importLimits.fileBytes) {
    throw new CommandFailure(`${argument}: the file is ${megabytes(size)}; the limit is ${megabytes(importLimits.fileBytes)} per file. Nothing was imported.`);
  }
  return { name: path.basename(filePath), data: fs.readFileSync(filePath).toString('base64') };
}

function summaryLines(article: ImportedArticleSummary, fileName: string): string[] {
  const lines = [`#${article.id}  ${article.headline === '' ? '(no headline)' : article.headline}  [${fileName}]`];
  const facts = [
    article.sourcePrefix && `Source: ${article.sourcePrefix}`,
    article.bylines.length > 0 && `Bylines: ${article.bylines.join(', ')}`,
    article.figures.length > 0 && `Images: ${article.figures.length}`,
  ].filter((fact): fact is string => typeof fact === 'string' && fact.length > 0);
  if (facts.length > 0) lines.push(`    ${facts.join(' · ')}`);
  for (const warning of article.warnings) lines.push(`    - ${warning.code}: ${wordImportWarning(englishImportWarnings, warning)}`);
  return lines;
}

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import articles from .txt, .html and .docx files, one draft per file.',
  usage: 'newsdesk import FILE... [--json] [--db FILE]',
  options: {
    json: { type: 'boolean', description: 'Print {articles:[{id, headline, sapo, sourcePrefix, bylines, figures:[{caption, credit}], warnings}]}.' },
  },
  positionals: [
    {
      name: 'FILE',
      description: `A .txt (text copied off a page), .html (a saved page) or .docx file, at most ${megabytes(importLimits.fileBytes)}; up to ${importLimits.files} files. A bad file imports nothing at all.`,
      required: true,
      variadic: true,
    },
  ],
  async run(context) {
    const { json = false } = context.options;
    if (context.positionals.length > importLimits.files) {
      throw new UsageError(`At most ${importLimits.files} files can be imported at once (${context.positionals.length} given); import them in several runs.`);
    }
    const files = context.positionals.map((argument) => readFileArgument(context.cwd, argument));
    const backend = await context.openBackend({ create: true });
    let articles: ImportedArticleSummary[];
    try {
      ({ articles } = await context.call(backend, 'import.files', { files }));
    } finally {
      backend.close();
    }
    if (json) {
      context.writeJson({ articles });
      return;
    }
    const lines = [`Imported ${articles.length} article${articles.length === 1 ? '' : 's'} into ${context.database.path}:`];
    articles.forEach((article, index) => lines.push(...summaryLines(article, files[index]?.name ?? '')));
    context.stdout.write(`${lines.join('\n')}\n`);
  },
});
