import { describe, expect, it } from 'vitest';
import { importProgressOfJob } from '../../../../renderer/import/import-job-progress';

describe('importProgressOfJob', () => {
  it('counts the file being imported from one, like the page’s own imports', () => {
    expect(importProgressOfJob({ jobId: 'import:3', done: 0, total: 2, label: 'seed-article.txt' })).toEqual({
      current: 1,
      total: 2,
      fileName: 'seed-article.txt',
    });
    expect(importProgressOfJob({ jobId: 'import:3', done: 1, total: 2, label: 'bai-hong.docx' })).toEqual({
      current: 2,
      total: 2,
      fileName: 'bai-hong.docx',
    });
  });

  it('is over once every file is done', () => {
    expect(importProgressOfJob({ jobId: 'import:3', done: 2, total: 2, label: '' })).toBeNull();
  });

  it('ignores the progress of other jobs', () => {
    expect(importProgressOfJob({ jobId: 'export:1', done: 0, total: 2, label: 'tin.html' })).toBeUndefined();
  });
});
