import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChosenFiles } from '../../../../electron/main/import-chosen-files';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportFileArgument } from '../../../../shared/import/import-one-file';

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-chosen-files-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fakeBackend() {
  const sent: ImportFileArgument[] = [];
  const send = async (file: ImportFileArgument) => {
    sent.push(file);
    if (file.name.endsWith('.docx')) throw new ApiError('import-content-mismatch', { fileName: file.name, format: 'docx', content: 'text' }, { where: file.name });
    return { articles: [{ id: sent.length, headline: file.name, sapo: '', sourcePrefix: '', bylines: [], figures: [], warnings: [] }] };
  };
  return { sent, send };
}

describe('importChosenFiles', () => {
  it('imports each file in its own call, in order, reporting progress and every outcome', async () => {
    const good = path.join(folder, 'tin.txt');
    const bad = path.join(folder, 'hong.docx');
    const big = path.join(folder, 'lon.txt');
    writeFileSync(good, 'Quận ủy');
    writeFileSync(bad, 'không Word');
    writeFileSync(big, '');
    truncateSync(big, 21);
    const backend = fakeBackend();
    const progress: Array<[number, number, string]> = [];
    const outcomes = await importChosenFiles([good, path.join(folder, 'da-xoa.txt'), bad, big], {
      send: backend.send,
      limitBytes: 20,
      onProgress: (done, total, fileName) => progress.push([done, total, fileName]),
    });

    expect(backend.sent).toEqual([
      { name: 'tin.txt', data: Buffer.from('Quận ủy').toString('base64') },
      { name: 'hong.docx', data: Buffer.from('không Word').toString('base64') },
    ]);
    expect(outcomes).toEqual([
      { kind: 'imported', fileName: 'tin.txt', articles: [expect.objectContaining({ id: 1, headline: 'tin.txt' })] },
      { kind: 'failed', fileName: 'da-xoa.txt', failure: { reason: 'unreadable', cause: 'missing', detail: expect.stringContaining('ENOENT') } },
      {
        kind: 'failed',
        fileName: 'hong.docx',
        failure: { reason: 'rejected', error: { code: 'unsupported_media_type', reason: 'import-content-mismatch', params: { fileName: 'hong.docx', format: 'docx', content: 'text' }, message: expect.stringContaining('hong.docx: the file is named .docx'), where: 'hong.docx' } },
      },
      { kind: 'failed', fileName: 'lon.txt', failure: { reason: 'too-large', sizeBytes: 21, limitBytes: 20 } },
    ]);
    expect(progress).toEqual([
      [0, 4, 'tin.txt'],
      [1, 4, 'da-xoa.txt'],
      [2, 4, 'hong.docx'],
      [3, 4, 'lon.txt'],
      [4, 4, ''],
    ]);
  });
});
