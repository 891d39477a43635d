import path from 'node:path';
import type { ErrorCode } from '../../../shared/api/errors';
import { importOneFile } from '../../../shared/import/import-one-file';
import type { ImportFailure, ImportOutcome } from '../../../shared/import/import-outcome';
import { importLimits, type ImportedArticleSummary } from '../../../shared/model/import';
import { fileOnDiskReader } from '../../backend/import/file-on-disk-reader';
import { defineCommand } from '../command';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file that was not imported, as `--json` lists it under `failed`. */
interface FailedFile {
  fileName: string;
  code: ErrorCode;
  message: string;
}

/** The failure of the file given as `argument`, with an error code and a message that names it. */
function failedFile(argument: string, fileName: string, failure: ImportFailure): FailedFile {
  const named = (code: ErrorCode, message: string) => ({ fileName, code, message: `${argument}: ${message} Nothing was imported.` });
  switch (failure.reason) {
    case 'too-large':
      return named('too_large', `the file is ${megabytes(failure.sizeBytes)}; the limit is ${megabytes(failure.limitBytes)} per file.`);
    case 'unreadable':
      if (failure.cause === 'not-a-file') return named('invalid_argument', 'not a file. Give the path of a .txt, .html or .docx file.');
      return named(failure.cause === 'missing' ? 'not_found' : 'invalid_argument', `cannot read the file (${failure.detail}).`);
    case 'rejected':
      return { fileName, code: failure.error.code, message: failure.error.message };
  }
}

function summaryLines(article: ImportedArticleSummary, fileName: string): string[] {
  const lines = [`#${article.id}  ${article.headline === '' ? '(no headline / chưa có tiêu đề)' : article.headline}  [${fileName}]`];
  const facts = [
    article.sourcePrefix && `Nguồn: ${article.sourcePrefix}`,
    article.bylines.length > 0 && `Tác giả: ${article.bylines.join(', ')}`,
    article.figures.length > 0 && `Ảnh: ${article.figures.length}`,
  ].filter((fact): fact is string => typeof fact === 'string' && fact.length > 0);
  if (facts.length > 0) lines.push(`    ${facts.join(' · ')}`);
  for (const warning of article.warnings) lines.push(`    - ${warning.code}: ${warning.message}`);
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
        const outcome = await importOneFile(fileOnDiskReader(path.resolve(context.cwd, argument)), (file) => backend.call('import.files', { files: [file] }));
        if (outcome.kind === 'imported') imported.push(outcome);
        else failed.push(failedFile(argument, outcome.fileName, outcome.failure));
      }
    } finally {
      backend.close();
    }

    const articles = imported.flatMap((outcome) => outcome.articles);
    if (json) {
      context.writeJson(failed.length === 0 ? { articles } : { articles, failed });
    } else if (articles.length > 0 || failed.length === 0) {
      const lines = [`Imported ${articles.length} article${articles.length === 1 ? '' : 's'} (đã nhập ${articles.length} bài) into ${context.database.path}:`];
      for (const outcome of imported) for (const article of outcome.articles) lines.push(...summaryLines(article, outcome.fileName));
      context.stdout.write(`${lines.join('\n')}\n`);
    }
    if (failed.length === 0) return 0;
    for (const failure of failed) context.stderr.write(`newsdesk import: ${failure.message}\n`);
    const total = context.positionals.length;
    context.stderr.write(`newsdesk import: ${failed.length} of ${total} file${total === 1 ? '' : 's'} not imported (không nhập được ${failed.length} tệp).\n`);
    return 1;
  },
});
