import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportFileArgument } from '../../../../shared/import/import-one-file';
import type { ImportOutcome } from '../../../../shared/import/import-outcome';
import type { ImportedArticleSummary } from '../../../../shared/model/import';
import { ImportQueue, type ImportProgress } from '../../../../renderer/import/import-queue';

function summary(id: number, headline: string): ImportedArticleSummary {
  return { id, headline, sapo: '', sourcePrefix: '', bylines: [], figures: [], warnings: [] };
}

/** A fake backend: imports every file except those named bad*, remembering each call. */
function fakeBackend() {
  const calls: ImportFileArgument[] = [];
  let nextId = 1;
  const send = async (file: ImportFileArgument) => {
    calls.push(file);
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

describe('ImportQueue', () => {
  it('sends one file per call, in order, and a bad file does not stop the others', async () => {
    const backend = fakeBackend();
    const files = [new File(['a'], 'one.txt'), new File(['b'], 'bad.docx'), new File(['c'], 'three.html')];
    const { outcomes, progress } = await runQueue(files, backend.send);
    expect(backend.calls).toEqual([
      { name: 'one.txt', data: Buffer.from('a').toString('base64') },
      { name: 'bad.docx', data: Buffer.from('b').toString('base64') },
      { name: 'three.html', data: Buffer.from('c').toString('base64') },
    ]);
    expect(outcomes.map((outcome) => [outcome.fileName, outcome.kind])).toEqual([
      ['one.txt', 'imported'],
      ['bad.docx', 'failed'],
      ['three.html', 'imported'],
    ]);
    expect(outcomes[1]).toEqual({
      kind: 'failed',
      fileName: 'bad.docx',
      failure: { reason: 'rejected', error: expect.objectContaining({ code: 'unsupported_media_type', reason: 'import-content-mismatch', where: 'bad.docx' }) },
    });
    expect(progress).toEqual([
      { current: 1, total: 3, fileName: 'one.txt' },
      { current: 2, total: 3, fileName: 'bad.docx' },
      { current: 3, total: 3, fileName: 'three.html' },
      null,
    ]);
  });

  it('refuses a file over the limit without sending it, and imports the others', async () => {
    const backend = fakeBackend();
    const { outcomes } = await runQueue([new File(['0123456789'], 'big.txt'), new File(['ok'], 'small.txt')], backend.send, 9);
    expect(outcomes[0]).toEqual({ kind: 'failed', fileName: 'big.txt', failure: { reason: 'too-large', sizeBytes: 10, limitBytes: 9 } });
    expect(backend.calls.map((file) => file.name)).toEqual(['small.txt']);
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
