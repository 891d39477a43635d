import type { CommentImportReport } from '../../../shared/model/comment';
import type { MethodHandlers } from '../handler-types';
import type { CommentService } from './comment-service';

/** What the comment methods need of the importer (comment-import-service.ts). */
export interface CommentImporter {
  importFiles(files: Array<{ name: string; data: Uint8Array }>, options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]>;
  importPaths(paths: string[], options: { overwriteDecisions: boolean }): Promise<CommentImportReport[]>;
}

/** The comment and word-list methods of the contract. */
export function commentHandlers(comments: CommentService, importer: CommentImporter) {
  return {
    'comments.import': async ({ files, overwriteDecisions }) => ({
      files: await importer.importFiles(
        files.map((file) => ({ name: file.name, data: new Uint8Array(Buffer.from(file.data, 'base64')) })),
        { overwriteDecisions },
      ),
    }),
    'comments.importPaths': async ({ paths, overwriteDecisions }) => ({ files: await importer.importPaths(paths, { overwriteDecisions }) }),
    'comments.queue': ({ queue, filter, limit, offset }) => comments.queue(queue, filter, limit, offset),
    'comments.counts': ({ filter }) => comments.counts(filter),
    'comments.list': (options) => comments.list(options),
    'comments.details': ({ id, historyLimit }) => comments.details(id, historyLimit),
    'comments.decide': ({ ids, decision, note }) => ({ comments: comments.decide(ids, decision, note) }),
    'comments.rejectAuthor': ({ id, note }) => ({ comments: comments.rejectAuthor(id, note) }),
    'comments.undo': () => ({ comments: comments.undo() }),
    'comments.decisions': ({ since }) => ({ decisions: comments.decisions(since) }),
    'comments.wordLists': () => comments.wordLists(),
    'comments.setWordList': ({ list, entries }) => comments.setWordList(list, entries),
    'comments.importWordList': ({ list, text, replace }) => comments.importWordList(list, text, replace),
  } satisfies MethodHandlers;
}
