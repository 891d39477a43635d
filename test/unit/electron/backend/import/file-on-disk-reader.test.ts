import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOnDiskReader } from '../../../../../electron/backend/import/file-on-disk-reader';
import { UnreadableFileError } from '../../../../../shared/import/import-one-file';

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-disk-reader-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function failureOf(promise: Promise<unknown>): Promise<UnreadableFileError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

describe('fileOnDiskReader', () => {
  it('gives the name without its folder, the size, and the bytes', async () => {
    const filePath = path.join(folder, 'tin bài.txt');
    writeFileSync(filePath, 'Quận ủy Quận 3');
    const reader = fileOnDiskReader(filePath);
    expect(reader.name).toBe('tin bài.txt');
    const size = Buffer.byteLength('Quận ủy Quận 3');
    expect(await reader.size()).toBe(size);
    expect(Buffer.from(await reader.read(size + 1)).toString('utf8')).toBe('Quận ủy Quận 3');
  });

  it('reads no further than asked, across several steps of reading', async () => {
    const filePath = path.join(folder, 'lon.txt');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 5, 0x61);
    writeFileSync(filePath, bytes);
    const reader = fileOnDiskReader(filePath);
    expect((await reader.read(10)).length).toBe(10);
    const almostAll = await reader.read(bytes.length - 1);
    expect(almostAll.length).toBe(bytes.length - 1);
    expect((await reader.read(bytes.length + 1)).length).toBe(bytes.length);
  });

  it('reads what a file has when it is read, even if it grew since its size was taken', async () => {
    const filePath = path.join(folder, 'dang-ghi.txt');
    writeFileSync(filePath, 'abc');
    const reader = fileOnDiskReader(filePath);
    expect(await reader.size()).toBe(3);
    appendFileSync(filePath, 'defgh');
    expect(Buffer.from(await reader.read(100)).toString()).toBe('abcdefgh');
  });

  it('says a missing file is missing', async () => {
    const reader = fileOnDiskReader(path.join(folder, 'khong-co.txt'));
    expect(await failureOf(reader.size())).toMatchObject({ kind: 'missing', detail: expect.stringContaining('ENOENT') });
    expect(await failureOf(reader.read(10))).toMatchObject({ kind: 'missing' });
  });

  it('does not open a folder', async () => {
    const folderPath = path.join(folder, 'thu-muc.txt');
    mkdirSync(folderPath);
    const reader = fileOnDiskReader(folderPath);
    expect((await failureOf(reader.size())).kind).toBe('not-a-file');
    expect((await failureOf(reader.read(10))).kind).toBe('not-a-file');
  });
});
