import { describe, expect, it } from 'vitest';
import type { ContractEvents } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import { importLimits, type ImportedArticleSummary } from '../../../../shared/model/import';
import { outcomesOfCompletedImport } from '../../../../renderer/import/completed-import-outcomes';

type Result = ContractEvents['import.completed']['results'][number];

const seedSummary: ImportedArticleSummary = {
  id: 7,
  headline: 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương',
  sapo: 'Chiều 28/3, Quận ủy Quận 3 tổ chức hội nghị.',
  sourcePrefix: '(Thanhuytphcm.vn)',
  bylines: ['Hồng Ngọc'],
  figures: [{ caption: 'Phó Bí thư thường trực Quận ủy Quận 3 phát biểu', credit: '' }],
  warnings: [{ code: 'byline-guessed', subject: 'Hồng Ngọc' }],
};

function failed(fileName: string, error: Extract<Result['outcome'], { ok: false }>['error']): Result {
  return { fileName, outcome: { ok: false, error } };
}

describe('outcomesOfCompletedImport', () => {
  it('keeps the files in order, with the articles of each imported file', () => {
    const notWord = new ApiError('import-content-mismatch', { fileName: 'bai-hong.docx', format: 'docx', content: 'text' }, { where: 'bai-hong.docx' }).toShape();
    const outcomes = outcomesOfCompletedImport({
      results: [{ fileName: 'seed-article.txt', outcome: { ok: true, value: { articles: [seedSummary] } } }, failed('bai-hong.docx', notWord)],
    });
    expect(outcomes.map((outcome) => [outcome.kind, outcome.fileName])).toEqual([
      ['imported', 'seed-article.txt'],
      ['failed', 'bai-hong.docx'],
    ]);
    expect(outcomes[0]).toEqual({ kind: 'imported', fileName: 'seed-article.txt', articles: [seedSummary] });
  });

  it('turns a backend refusal into an ApiError, as the page does for its own files', () => {
    const error = new ApiError('import-docx-without-document', { fileName: 'bai-hong.docx' }, { where: 'bai-hong.docx', details: { size: 3 } }).toShape();
    const [outcome] = outcomesOfCompletedImport({ results: [failed('bai-hong.docx', error)] });
    const failure = outcome?.kind === 'failed' ? outcome.failure : null;
    expect(failure?.reason).toBe('rejected');
    const rejected = failure?.reason === 'rejected' ? failure.error : null;
    expect(rejected).toBeInstanceOf(ApiError);
    expect((rejected as ApiError).toShape()).toEqual(error);
    expect(rejected).toMatchObject({ code: 'unsupported_media_type', reason: 'import-docx-without-document', params: { fileName: 'bai-hong.docx' } });
  });

  it('reports a file over the size limit the way the page does', () => {
    const [outcome] = outcomesOfCompletedImport({
      results: [
        failed(
          'qua-lon.txt',
          new ApiError('import-file-too-large', { fileName: 'qua-lon.txt', sizeBytes: importLimits.fileBytes + 1, limitBytes: importLimits.fileBytes }, { where: 'qua-lon.txt' }).toShape(),
        ),
      ],
    });
    expect(outcome).toEqual({ kind: 'failed', fileName: 'qua-lon.txt', failure: { reason: 'too-large', limitBytes: importLimits.fileBytes } });
  });

  it('keeps the message of a Word file that would unpack too large, which is not the file size limit', () => {
    const [outcome] = outcomesOfCompletedImport({
      results: [
        failed(
          'bom.docx',
          new ApiError('import-docx-expands-too-large', { fileName: 'bom.docx', expandedBytes: 900 * 1024 * 1024, limitBytes: importLimits.docxExpandedBytes }, { where: 'bom.docx' }).toShape(),
        ),
      ],
    });
    expect(outcome?.kind === 'failed' && outcome.failure.reason).toBe('rejected');
  });

  it('reports a file the main process could not read as unreadable, with the reason', () => {
    const reason = "ENOENT: no such file or directory, stat '/home/bientap/da-xoa.txt'";
    const [outcome] = outcomesOfCompletedImport({
      results: [failed('da-xoa.txt', new ApiError('import-file-missing', { fileName: 'da-xoa.txt', problem: reason }, { where: 'da-xoa.txt' }).toShape())],
    });
    expect(outcome).toEqual({ kind: 'failed', fileName: 'da-xoa.txt', failure: { reason: 'unreadable', message: reason } });
  });
});
