import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportedArticleSummary } from '../../../../shared/model/import';
import type { ImportFileArgument, ImportOutcome } from '../../../../renderer/import/import-outcome';
import { importOneFile } from '../../../../renderer/import/import-one-file';
import { ImportQueue, type ImportProgress } from '../../../../renderer/import/import-queue';

function summary(id: number, headline: string): ImportedArticleSummary {
  return { id, headline, sapo: '', sourcePrefix: '', bylines: [], figures: [], warnings: [] };
}

/** A fake backend: imports every file except those named bad*, remembering each call. */
function fakeBackend() {
  const calls: ImportFileArgument[][] = [];
  let nextId = 1;
  const send = async (file: ImportFileArgument) => {
    calls.push([file]);
    if (file.name.startsWith('bad')) {
      throw new ApiError('import-content-mismatch', { fileName: file.name, format: 'docx', content: 'text' }, { where: file.name });
    }
    return { articles: [summary(nextId++, file.name)] };
  };
  return { calls, send };
}

function runQueue(files: File[], send: ReturnType<typeof fakeBackend>['send'], limitBytes?: number) {
  const progress: Array<ImportProgress | null> = [];
  return new Promise<{ outcomes: ImportOutcome[]; progress: Array<ImportProgress | null> }>((resolve) => {
    const queue = new ImportQueue({
      send,
      limitBytes,
      onProgress: (current) => progress.push(current),
      onFinished: (outcomes) => resolve({ outcomes, progress }),
    });
    queue.add(files);
  });
}

describe('importOneFile', () => {
  it('sends the name and the base64 bytes', async () => {
    const backend = fakeBackend();
    const outcome = await importOneFile(new File(['Tin bài'], 'tin.txt'), backend.send);
    expect(backend.calls).toEqual([[{ name: 'tin.txt', data: Buffer.from('Tin bài').toString('base64') }]]);
    expect(outcome).toEqual({ kind: 'imported', fileName: 'tin.txt', articles: [summary(1, 'tin.txt')] });
  });

  it('does not read or send a file over the limit', async () => {
    const backend = fakeBackend();
    const outcome = await importOneFile(new File(['0123456789'], 'big.txt'), backend.send, 9);
    expect(outcome).toEqual({ kind: 'failed', fileName: 'big.txt', failure: { reason: 'too-large', limitBytes: 9 } });
    expect(backend.calls).toEqual([]);
  });

  it('turns a refusal into an outcome that keeps the ApiError', async () => {
    const outcome = await importOneFile(new File(['text'], 'bad.docx'), fakeBackend().send);
    expect(outcome.kind).toBe('failed');
    const failure = outcome.kind === 'failed' ? outcome.failure : null;
    expect(failure?.reason).toBe('rejected');
    const error = failure?.reason === 'rejected' ? failure.error : null;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).where).toBe('bad.docx');
  });

  it('reports a file that cannot be read', async () => {
    const unreadable = new File(['x'], 'gone.txt');
    unreadable.arrayBuffer = () => Promise.reject(new Error('the file was removed'));
    const backend = fakeBackend();
    const outcome = await importOneFile(unreadable, backend.send);
    expect(outcome).toEqual({ kind: 'failed', fileName: 'gone.txt', failure: { reason: 'unreadable', message: 'the file was removed' } });
    expect(backend.calls).toEqual([]);
  });
});

describe('ImportQueue', () => {
  it('sends one file per call, in order, and a bad file does not stop the others', async () => {
    const backend = fakeBackend();
    const files = [new File(['a'], 'one.txt'), new File(['b'], 'bad.docx'), new File(['c'], 'three.html')];
    const { outcomes, progress } = await runQueue(files, backend.send);
    expect(backend.calls.map((call) => call.map((file) => file.name))).toEqual([['one.txt'], ['bad.docx'], ['three.html']]);
    expect(outcomes.map((outcome) => [outcome.fileName, outcome.kind])).toEqual([
      ['one.txt', 'imported'],
      ['bad.docx', 'failed'],
      ['three.html', 'imported'],
    ]);
    expect(progress).toEqual([
      { current: 1, total: 3, fileName: 'one.txt' },
      { current: 2, total: 3, fileName: 'bad.docx' },
      { current: 3, total: 3, fileName: 'three.html' },
      null,
    ]);
  });

  it('adds files given during a run to that run', async () => {
    const backend = fakeBackend();
    let queue: ImportQueue | undefined;
    const send = async (file: ImportFileArgument) => {
      if (file.name === 'first.txt') queue!.add([new File(['late'], 'late.txt')]);
      return backend.send(file);
    };
    const finished: ImportOutcome[][] = [];
    await new Promise<void>((resolve) => {
      queue = new ImportQueue({
        send,
        onProgress: () => {},
        onFinished: (outcomes) => {
          finished.push(outcomes);
          resolve();
        },
      });
      queue.add([new File(['x'], 'first.txt')]);
      expect(queue.isRunning).toBe(true);
    });
    expect(finished).toHaveLength(1);
    expect(finished[0]!.map((outcome) => outcome.fileName)).toEqual(['first.txt', 'late.txt']);
    expect(queue!.isRunning).toBe(false);
  });
});
