import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { importOneFile, UnreadableFileError, type ImportFileArgument, type ImportFileReader } from '../../../../shared/import/import-one-file';
import { importLimits, type ImportedArticleSummary } from '../../../../shared/model/import';

const utf8 = (text: string) => new TextEncoder().encode(text);

function summary(id: number, headline: string): ImportedArticleSummary {
  return { id, headline, sapo: '', sourcePrefix: '', bylines: [], figures: [], warnings: [] };
}

/** A reader over bytes in memory that remembers what it was asked; `sizeBytes` may lie, as a file that grows does. */
function memoryReader(name: string, bytes: Uint8Array, options: { sizeBytes?: number; failSize?: unknown; failRead?: unknown } = {}) {
  const asked: Array<'size' | number> = [];
  const reader: ImportFileReader = {
    name,
    size: async () => {
      asked.push('size');
      if (options.failSize !== undefined) throw options.failSize;
      return options.sizeBytes ?? bytes.length;
    },
    read: async (maximumBytes) => {
      asked.push(maximumBytes);
      if (options.failRead !== undefined) throw options.failRead;
      return bytes.subarray(0, maximumBytes);
    },
  };
  return { reader, asked };
}

/** A fake backend: imports every file except those named bad*, remembering each file sent. */
function fakeBackend() {
  const sent: ImportFileArgument[] = [];
  const send = async (file: ImportFileArgument) => {
    sent.push(file);
    if (file.name.startsWith('bad')) {
      throw new ApiError('import-content-mismatch', { fileName: file.name, format: 'docx', content: 'text' }, { where: file.name, details: { size: 3 } });
    }
    return { articles: [summary(sent.length, file.name)] };
  };
  return { sent, send };
}

describe('importOneFile', () => {
  it('sends the name and the bytes in base64, and gives the articles made', async () => {
    const backend = fakeBackend();
    const { reader, asked } = memoryReader('tin.txt', utf8('Quận ủy Quận 3'));
    const outcome = await importOneFile(reader, backend.send);
    expect(backend.sent).toEqual([{ name: 'tin.txt', data: Buffer.from('Quận ủy Quận 3').toString('base64') }]);
    expect(outcome).toEqual({ kind: 'imported', fileName: 'tin.txt', articles: [summary(1, 'tin.txt')] });
    expect(asked).toEqual(['size', importLimits.fileBytes + 1]);
  });

  it('accepts a file of exactly the limit', async () => {
    const backend = fakeBackend();
    const outcome = await importOneFile(memoryReader('tin.txt', utf8('123456789')).reader, backend.send, 9);
    expect(outcome.kind).toBe('imported');
  });

  it('refuses a file over the limit from its size, without reading or sending it', async () => {
    const backend = fakeBackend();
    const { reader, asked } = memoryReader('big.txt', utf8('0123456789'));
    const outcome = await importOneFile(reader, backend.send, 9);
    expect(outcome).toEqual({ kind: 'failed', fileName: 'big.txt', failure: { reason: 'too-large', sizeBytes: 10, limitBytes: 9 } });
    expect(asked).toEqual(['size']);
    expect(backend.sent).toEqual([]);
  });

  it('refuses a file that grew past the limit after its size was taken, and reads no more than one byte past it', async () => {
    const backend = fakeBackend();
    const { reader, asked } = memoryReader('grew.txt', utf8('0123456789abcdef'), { sizeBytes: 4 });
    const outcome = await importOneFile(reader, backend.send, 9);
    expect(outcome).toEqual({ kind: 'failed', fileName: 'grew.txt', failure: { reason: 'too-large', sizeBytes: 10, limitBytes: 9 } });
    expect(asked).toEqual(['size', 10]);
    expect(backend.sent).toEqual([]);
  });

  it('keeps the backend error as plain data, code, where and details included', async () => {
    const outcome = await importOneFile(memoryReader('bad.docx', utf8('text')).reader, fakeBackend().send);
    expect(outcome).toEqual({
      kind: 'failed',
      fileName: 'bad.docx',
      failure: {
        reason: 'rejected',
        error: { code: 'unsupported_media_type', reason: 'import-content-mismatch', params: { fileName: 'bad.docx', format: 'docx', content: 'text' }, message: expect.stringContaining('bad.docx: the file is named .docx'), where: 'bad.docx', details: { size: 3 } },
      },
    });
    // Plain data: it crosses IPC and JSON unchanged.
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
    expect(Object.getPrototypeOf(outcome.kind === 'failed' && outcome.failure.reason === 'rejected' ? outcome.failure.error : null)).toBe(Object.prototype);
  });

  it('turns a sender that fails unexpectedly into an internal error naming the file, and logs the failure', async () => {
    const logged: unknown[] = [];
    const failure = new TypeError('fetch failed');
    const outcome = await importOneFile(memoryReader('tin.txt', utf8('x')).reader, () => Promise.reject(failure), undefined, (error) => logged.push(error));
    expect(logged).toEqual([failure]);
    expect(outcome).toEqual({
      kind: 'failed',
      fileName: 'tin.txt',
      failure: { reason: 'rejected', error: { code: 'internal', reason: 'import-failed-unexpectedly', params: { fileName: 'tin.txt' }, message: expect.stringContaining('tin.txt'), where: 'tin.txt' } },
    });
  });

  it('reports why a reader could not read its file', async () => {
    const backend = fakeBackend();
    const missing = await importOneFile(memoryReader('gone.txt', utf8('x'), { failSize: new UnreadableFileError('missing', 'ENOENT: no such file') }).reader, backend.send);
    expect(missing).toEqual({ kind: 'failed', fileName: 'gone.txt', failure: { reason: 'unreadable', cause: 'missing', detail: 'ENOENT: no such file' } });
    const folder = await importOneFile(memoryReader('thu-muc.txt', utf8('x'), { failRead: new UnreadableFileError('not-a-file', '') }).reader, backend.send);
    expect(folder).toEqual({ kind: 'failed', fileName: 'thu-muc.txt', failure: { reason: 'unreadable', cause: 'not-a-file', detail: '' } });
    const other = await importOneFile(memoryReader('hong.txt', utf8('x'), { failRead: new Error('I/O error') }).reader, backend.send);
    expect(other).toEqual({ kind: 'failed', fileName: 'hong.txt', failure: { reason: 'unreadable', cause: 'read-failed', detail: 'I/O error' } });
    expect(backend.sent).toEqual([]);
  });
});
