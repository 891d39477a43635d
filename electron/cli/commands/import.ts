import path from 'node:path';
import type { ErrorCode } from '../../../shared/api/errors';
import { errorOfImportFailure, importOneFile } from '../../../shared/import/import-one-file';
import type { ImportOutcome } from '../../../shared/import/import-outcome';
import { englishImportWarnings } from '../../../shared/messages/english';
import { importLimits, type ImportedArticleSummary, wordImportWarning } from '../../../shared/model/import';
import { fileOnDiskReader } from '../../backend/import/file-on-disk-reader';
import { defineCommand } from '../command';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file that was not imported, as `--json` lists it under `failed`. */
interface FailedFile {
  fileName: string;
  code: ErrorCode;
  message: string;
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
  summary: 'Import articles from .txt, .html and .docx files, one draft per file; a bad file is reported and the others imported.',
  usage: 'newsdesk import FILE... [--json] [--db FILE]',
  options: {
    json: {
      type: 'boolean',
      description:
        'Print {articles:[{id, headline, sapo, sourcePrefix, bylines, figures:[{caption, credit}], warnings}]}, and failed:[{fileName, code, message}] when some file was not imported.',
    },
  },
  positionals: [
    {
      name: 'FILE',
      description: `A .txt (text copied off a page), .html (a saved page) or .docx file, at most ${megabytes(importLimits.fileBytes)}. Each file is imported on its own: a bad file is named on stderr and creates nothing, the others are imported, and the exit code is 1.`,
      required: true,
      variadic: true,
    },
  ],
  async run(context) {
    const { json = false } = context.options;
    const backend = await context.openBackend({ create: true });
    const imported: Array<Extract<ImportOutcome, { kind: 'imported' }>> = [];
    const failed: FailedFile[] = [];
    try {
      for (const argument of context.positionals) {
        const outcome = await importOneFile(
          fileOnDiskReader(path.resolve(context.cwd, argument)),
          (file) => backend.call('import.files', { files: [file] }),
          importLimits.fileBytes,
          (error) => context.stderr.write(`newsdesk import: ${argument} failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
        );
        if (outcome.kind === 'imported') imported.push(outcome);
        else {
          const error = errorOfImportFailure(argument, outcome.failure);
          failed.push({ fileName: outcome.fileName, code: error.code, message: error.message });
        }
      }
    } finally {
      backend.close();
    }

    const articles = imported.flatMap((outcome) => outcome.articles);
    if (json) {
      context.writeJson(failed.length === 0 ? { articles } : { articles, failed });
    } else if (articles.length > 0 || failed.length === 0) {
      const lines = [`Imported ${articles.length} article${articles.length === 1 ? '' : 's'} into ${context.database.path}:`];
      for (const outcome of imported) for (const article of outcome.articles) lines.push(...summaryLines(article, outcome.fileName));
      context.stdout.write(`${lines.join('\n')}\n`);
    }
    if (failed.length === 0) return 0;
    for (const failure of failed) context.stderr.write(`newsdesk import: ${failure.message}\n`);
    const total = context.positionals.length;
    context.stderr.write(`newsdesk import: ${failed.length} of ${total} file${total === 1 ? '' : 's'} not imported.\n`);
    return 1;
  },
});
