import path from 'node:path';
import { articleStatuses, type ArticleStatus } from '../../../shared/model/article';
import { exportImageModes, type ExportImageMode, type ExportSelection, type ExportWarning } from '../../../shared/model/export';
import { defineCommand, UsageError } from '../command';
import { exportBatch } from '../export-batch';

/** The checklist's warning in English, for standard error. */
export function exportWarningText(warning: ExportWarning): string {
  switch (warning.code) {
    case 'missing-headline':
      return 'no headline';
    case 'missing-sapo':
      return 'no sapo';
    case 'missing-byline':
      return 'no byline';
    case 'missing-date':
      return 'no date';
    case 'figure-without-caption':
      return `figure ${warning.figure} has no caption`;
    case 'figure-without-alt':
      return `figure ${warning.figure} has no alt text`;
    case 'figure-without-image':
      return `figure ${warning.figure} has no image`;
    case 'placeholder':
      return `placeholder "${warning.text}" in the ${warning.field}`;
    case 'link-not-web':
      return `link "${warning.text}" is not http(s) or mailto and is left out`;
  }
}

function isArticleStatus(value: string): value is ArticleStatus {
  return (articleStatuses as readonly string[]).includes(value);
}

function isImageMode(value: string): value is ExportImageMode {
  return (exportImageModes as readonly string[]).includes(value);
}

/** The selection from `ID...`, `--status S` or `--all`: exactly one of them. */
function selectionOf(positionals: readonly string[], status: string | undefined, all: boolean): ExportSelection {
  const given = [positionals.length > 0, status !== undefined, all].filter(Boolean).length;
  if (given !== 1) throw new UsageError('Give the articles to export: article ids, or --status S, or --all (exactly one of them).');
  if (status !== undefined) {
    if (!isArticleStatus(status)) throw new UsageError(`--status must be one of ${articleStatuses.join(', ')}, not "${status}".`);
    return { status };
  }
  if (all) return { all: true };
  return {
    ids: positionals.map((idText) => {
      const id = Number(idText);
      if (!/^\d{1,15}$/.test(idText) || !Number.isSafeInteger(id) || id < 1) {
        throw new UsageError(`ID must be an article id, a whole number from 1 (got "${idText}").`);
      }
      return id;
    }),
  };
}

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export articles as standalone HTML files (or folders with their images and article.json).',
  usage: 'newsdesk export (ID... | --status S | --all) --out DIR [--images embed|folder] [--overwrite] [--comments] [--json] [--db FILE]',
  options: {
    status: { type: 'string', valueName: 'S', description: `Export every article with this status: ${articleStatuses.join(', ')}.` },
    all: { type: 'boolean', description: 'Export every article (never those in the trash).' },
    out: { type: 'string', valueName: 'DIR', description: 'The folder to write into (created when missing).' },
    images: {
      type: 'string',
      valueName: 'MODE',
      description: 'embed (default): one .html per article, images inside it; folder: DIR/<slug>/index.html, images/ (downscaled) and article.json.',
    },
    overwrite: { type: 'boolean', description: 'Replace an existing file or folder of the same name; without it, the new one is named "<slug>-2", "<slug>-3"…' },
    comments: { type: 'boolean', description: 'Add each article\'s approved reader comments ("Ý kiến bạn đọc", with "Tổng lượt bình luận") when it has some.' },
    json: { type: 'boolean', description: 'Print {written: [{id, path}], failed: [{id, reason}], warnings: [{id, code, …}]}.' },
  },
  positionals: [{ name: 'ID', description: 'The ids of the articles to export, in order (newsdesk list shows them).', variadic: true }],
  async run(context) {
    const { status, all = false, out, images = 'embed', overwrite = false, comments = false, json = false } = context.options;
    const selection = selectionOf(context.positionals, status, all);
    if (out === undefined || out === '') throw new UsageError('--out DIR is required: the folder to write into.');
    if (!isImageMode(images)) throw new UsageError(`--images must be one of ${exportImageModes.join(', ')}, not "${images}".`);
    const folder = path.resolve(context.cwd, out);

    const written: Array<{ id: number; path: string }> = [];
    const failed: Array<{ id: number; reason: string }> = [];
    const warnings: Array<{ id: number } & ExportWarning> = [];
    const backend = await context.openBackend();
    try {
      const plan = await context.call(backend, 'export.plan', { selection });
      for (const entry of plan.articles) {
        for (const warning of entry.warnings) {
          warnings.push({ id: entry.id, ...warning });
          context.stderr.write(`warning: #${entry.id} ${entry.slug}: ${exportWarningText(warning)}\n`);
        }
      }
      const slugs = new Map(plan.articles.map((entry) => [entry.id, entry.slug]));
      await exportBatch(
        backend,
        plan.articles.map((entry) => entry.id),
        { folder, images, ifExists: overwrite ? 'replace' : 'rename', includeComments: comments },
        {
          stopSignal: context.stopSignal,
          onOutcome(outcome) {
            if ('result' in outcome && outcome.result.outcome === 'written') {
              written.push({ id: outcome.id, path: outcome.result.path });
              if (!json) context.stdout.write(`${outcome.result.path}\n`);
              return;
            }
            // 'exists' is only answered to ifExists 'ask', which the CLI never sends.
            const reason =
              'error' in outcome ? outcome.error.message : 'stopped' in outcome ? 'Stopped before this article was exported.' : `${outcome.result.path} exists.`;
            failed.push({ id: outcome.id, reason });
            context.stderr.write(`newsdesk export: #${outcome.id} ${slugs.get(outcome.id) ?? ''}: ${reason}\n`);
          },
        },
      );
    } finally {
      backend.close();
    }
    if (json) context.writeJson({ written, failed, warnings });
    else if (written.length === 0 && failed.length === 0) context.stdout.write('No articles to export.\n');
    return failed.length > 0 ? 1 : 0;
  },
});
