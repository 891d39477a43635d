import fs from 'node:fs/promises';
import path from 'node:path';
import { commentStatuses, type Comment, type CommentDecisionRecord, type CommentImportReport, type CommentStatus } from '../../../shared/model/comment';
import { isoTime } from '../../backend/comments/import/comment-dates';
import { warmUpCommentFileReader } from '../../backend/comments/import/comment-file-reader';
import { CommandFailure, defineCommand, UsageError } from '../command';
import { formatTable } from '../text-table';

const actions = ['import', 'list', 'export', 'words'] as const;
const wordActions = ['import', 'list'] as const;
const wordLists = ['banned', 'suspect'] as const;
const exportFormats = ['json', 'csv'] as const;

function isStatus(value: string): value is CommentStatus {
  return (commentStatuses as readonly string[]).includes(value);
}

/** A comment as `comments list --json` prints it (flags without their offsets). */
export function commentJson(comment: Comment) {
  const { id, externalId, source, articleId, articleTitle, articleUrl, author, email, body, createdAt, parentExternalId, status, reports, decidedAt, moderator, note } = comment;
  return {
    id,
    externalId,
    source,
    articleId,
    articleTitle,
    articleUrl,
    author,
    email,
    body,
    createdAt,
    parentExternalId,
    status,
    flags: comment.flags.map(({ kind, entry, match }) => ({ kind, entry, match })),
    reports,
    decidedAt,
    moderator,
    note,
  };
}

/** One CSV field, quoted when it must be (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

const decisionColumns = ['externalId', 'source', 'status', 'decidedAt', 'moderator', 'note'] as const;

/** The decisions as a CSV file with a header line, CRLF line ends (RFC 4180). */
export function decisionsCsv(decisions: CommentDecisionRecord[]): string {
  const lines = [decisionColumns.join(','), ...decisions.map((decision) => decisionColumns.map((column) => csvField(decision[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes `text` to `target` through a temporary file beside it, renamed into place. */
async function writeAtomically(target: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, text, { flag: 'wx' });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new CommandFailure(`Could not write ${target}: ${(error as Error).message}`);
  }
}

function reportLine(report: CommentImportReport): string {
  const parts = [`${report.created} new`, `${report.updated} updated`, `${report.unchanged} unchanged`];
  if (report.keptDecisions > 0) parts.push(`${report.keptDecisions} local decisions kept`);
  parts.push(`${report.matchedToArticles} matched to articles`);
  const warnings = report.warnings.map((warning) => `  warning: ${warning.record}: ${warning.code === 'legacy-encoding-converted' ? `converted from ${warning.detail}` : `HTML ${warning.detail}`}\n`);
  return `${report.file} (${report.format}): ${parts.join(', ')}.\n${warnings.join('')}`;
}

export const commentsCommand = defineCommand({
  name: 'comments',
  summary: 'Reader comments (Bình luận): import files, list them, export the decisions, manage the word lists.',
  usage: [
    'newsdesk comments import FILE... [--overwrite-decisions] [--json] [--db FILE]',
    '       newsdesk comments list [--status S] [--article ID] [--json] [--db FILE]',
    '       newsdesk comments export --out FILE [--format json|csv] [--since TIME] [--db FILE]',
    '       newsdesk comments words import FILE --list banned|suspect [--replace] [--json] [--db FILE]',
    '       newsdesk comments words list [--json] [--db FILE]',
  ].join('\n'),
  options: {
    'overwrite-decisions': { type: 'boolean', description: 'import: let the files’ statuses replace decisions made here (kept otherwise).' },
    status: { type: 'string', valueName: 'S', description: `list: only comments with this status: ${commentStatuses.join(', ')}.` },
    article: { type: 'string', valueName: 'ID', description: 'list: only the comments of this local article.' },
    out: { type: 'string', valueName: 'FILE', description: 'export: the file to write (replaced if it exists).' },
    format: { type: 'string', valueName: 'F', description: 'export: json (default) or csv.' },
    since: { type: 'string', valueName: 'TIME', description: 'export: only decisions made at or after this time (ISO 8601; without a zone, Vietnam time).' },
    list: { type: 'string', valueName: 'L', description: 'words import: banned (Từ cấm) or suspect (Từ cần xem xét).' },
    replace: { type: 'boolean', description: 'words import: replace the list with the file’s entries instead of adding them.' },
    json: {
      type: 'boolean',
      description:
        'import: print the per-file reports; list: print a JSON array of {id, externalId, source, articleId, articleTitle, articleUrl, author, email, body, createdAt, parentExternalId, status, flags, reports, decidedAt, moderator, note}; words: print the lists.',
    },
  },
  positionals: [
    { name: 'ACTION', description: `${actions.join(', ')}.`, required: true },
    { name: 'ARG', description: 'import: the files; words: import FILE or list.', variadic: true },
  ],
  async run(context) {
    const [action, ...rest] = context.positionals;
    const { json = false } = context.options;
    const onlyFor = (allowed: string, names: Array<keyof typeof context.options>) => {
      for (const name of names) {
        if (context.options[name] !== undefined) throw new UsageError(`--${String(name)} goes with comments ${allowed}, not comments ${context.positionals.slice(0, action === 'words' ? 2 : 1).join(' ')}.`);
      }
    };

    if (action === 'import') {
      onlyFor('list/export/words', ['status', 'article', 'out', 'format', 'since', 'list', 'replace']);
      if (rest.length === 0) throw new UsageError('comments import needs at least one FILE.');
      // The reader's worker loads while the database opens.
      void warmUpCommentFileReader();
      const backend = await context.openBackend({ create: true });
      let reports: CommentImportReport[];
      try {
        const paths = rest.map((file) => path.resolve(context.cwd, file));
        reports = (await context.call(backend, 'comments.importPaths', { paths, overwriteDecisions: context.options['overwrite-decisions'] ?? false })).files;
      } finally {
        backend.close();
      }
      if (json) context.writeJson(reports);
      else for (const report of reports) context.stdout.write(reportLine(report));
      return;
    }

    if (action === 'list') {
      onlyFor('import/export/words', ['overwrite-decisions', 'out', 'format', 'since', 'list', 'replace']);
      if (rest.length > 0) throw new UsageError(`comments list takes no arguments (got "${rest[0]}").`);
      const { status, article } = context.options;
      if (status !== undefined && !isStatus(status)) throw new UsageError(`--status must be one of ${commentStatuses.join(', ')}, not "${status}".`);
      if (article !== undefined && !/^[1-9]\d{0,14}$/u.test(article)) throw new UsageError(`--article must be an article id (a positive whole number), not "${article}".`);
      const backend = await context.openBackend();
      let comments: Comment[];
      try {
        comments = await context.call(backend, 'comments.list', { ...(status === undefined ? {} : { status }), ...(article === undefined ? {} : { articleId: Number(article) }) });
      } finally {
        backend.close();
      }
      if (json) {
        context.writeJson(comments.map(commentJson));
        return;
      }
      if (comments.length === 0) {
        context.stdout.write('No comments.\n');
        return;
      }
      const oneLine = (text: string, length: number) => {
        const flat = text.replace(/\s+/gu, ' ').trim();
        return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
      };
      context.stdout.write(
        formatTable(
          ['ID', 'STATUS', 'CREATED', 'AUTHOR', 'FLAGS', 'BODY'],
          comments.map((comment) => [
            String(comment.id),
            comment.status,
            comment.createdAt,
            oneLine(comment.author, 24),
            comment.flags.map((flag) => flag.kind).join(' '),
            oneLine(comment.body, 60),
          ]),
        ),
      );
      return;
    }

    if (action === 'export') {
      onlyFor('import/list/words', ['overwrite-decisions', 'status', 'article', 'list', 'replace', 'json']);
      if (rest.length > 0) throw new UsageError(`comments export takes no arguments (got "${rest[0]}"); give the file with --out.`);
      const { out, format = 'json', since } = context.options;
      if (out === undefined || out === '') throw new UsageError('comments export needs --out FILE.');
      if (!(exportFormats as readonly string[]).includes(format)) throw new UsageError(`--format must be json or csv, not "${format}".`);
      const sinceIso = since === undefined ? undefined : isoTime(since, '+07:00');
      if (sinceIso === null) throw new UsageError(`--since must be a date and time (ISO 8601, e.g. 2024-03-01T08:00:00+07:00), not "${since}".`);
      const target = path.resolve(context.cwd, out);
      const backend = await context.openBackend();
      let decisions: CommentDecisionRecord[];
      try {
        decisions = (await context.call(backend, 'comments.decisions', sinceIso === undefined ? {} : { since: sinceIso })).decisions;
      } finally {
        backend.close();
      }
      await writeAtomically(target, format === 'csv' ? decisionsCsv(decisions) : `${JSON.stringify(decisions, null, 2)}\n`);
      context.stdout.write(`Wrote ${decisions.length} decision${decisions.length === 1 ? '' : 's'} to ${target}.\n`);
      return;
    }

    if (action === 'words') {
      onlyFor('import/list/export', ['overwrite-decisions', 'status', 'article', 'out', 'format', 'since']);
      const [wordAction, ...files] = rest;
      if (wordAction === 'list') {
        onlyFor('words import', ['list', 'replace']);
        if (files.length > 0) throw new UsageError(`comments words list takes no arguments (got "${files[0]}").`);
        const backend = await context.openBackend();
        let lists: { banned: string[]; suspect: string[] };
        try {
          lists = await context.call(backend, 'comments.wordLists', {});
        } finally {
          backend.close();
        }
        if (json) {
          context.writeJson({ banned: lists.banned, suspect: lists.suspect });
          return;
        }
        for (const [name, title] of [['banned', 'Từ cấm (banned)'], ['suspect', 'Từ cần xem xét (suspect)']] as const) {
          context.stdout.write(`${title}: ${lists[name].length} entries\n${lists[name].map((entry) => `  ${entry}\n`).join('')}`);
        }
        return;
      }
      if (wordAction === 'import') {
        if (files.length !== 1) throw new UsageError('comments words import needs exactly one FILE.');
        const { list, replace = false } = context.options;
        if (list === undefined || !(wordLists as readonly string[]).includes(list)) throw new UsageError(`comments words import needs --list banned or --list suspect${list === undefined ? '' : `, not "${list}"`}.`);
        const file = path.resolve(context.cwd, files[0]!);
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(file));
        } catch (error) {
          throw new CommandFailure(`Could not read ${files[0]} as UTF-8 text: ${(error as Error).message}`);
        }
        const backend = await context.openBackend({ create: true });
        let result;
        try {
          result = await context.call(backend, 'comments.importWordList', { list: list as (typeof wordLists)[number], text, replace });
        } finally {
          backend.close();
        }
        if (json) {
          context.writeJson(result);
          return;
        }
        for (const problem of result.problems) context.stderr.write(`${files[0]}:${problem.line}: ${problem.reason}\n`);
        context.stdout.write(
          `${replace ? 'Replaced the' : `Added ${result.added} entries to the`} ${list} list (${result[list as (typeof wordLists)[number]].length} entries in all); ${result.reflagged} comments flagged again.\n`,
        );
        return;
      }
      throw new UsageError(`comments words needs ${wordActions.join(' or ')}, not "${wordAction ?? ''}".`);
    }

    throw new UsageError(`comments needs an action: ${actions.join(', ')}, not "${action ?? ''}".`);
  },
});
