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
  warnings: [{ code: 'byline-guessed', message: 'Tác giả đoán từ dòng cuối.' }],
};

function failed(fileName: string, error: Extract<Result['outcome'], { ok: false }>['error']): Result {
  return { fileName, outcome: { ok: false, error } };
}

describe('outcomesOfCompletedImport', () => {
  it('keeps the files in order, with the articles of each imported file', () => {
    const notWord = {
      code: 'unsupported_media_type' as const,
      message: 'bai-hong.docx: the file is named .docx but its content is plain text, not a Word document. Nothing was imported.',
      where: 'bai-hong.docx',
    };
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
    const error = { code: 'unsupported_media_type' as const, message: 'bai-hong.docx: not a Word document.', where: 'bai-hong.docx', details: { size: 3 } };
    const [outcome] = outcomesOfCompletedImport({ results: [failed('bai-hong.docx', error)] });
    const failure = outcome?.kind === 'failed' ? outcome.failure : null;
    expect(failure?.reason).toBe('rejected');
    const rejected = failure?.reason === 'rejected' ? failure.error : null;
    expect(rejected).toBeInstanceOf(ApiError);
    expect((rejected as ApiError).toShape()).toEqual(error);
  });

  it('reports a file over the size limit the way the page does', () => {
    const [outcome] = outcomesOfCompletedImport({
      results: [
        failed('qua-lon.txt', {
          code: 'too_large',
          message: 'qua-lon.txt: the file is 50.0 MB; the limit is 50.0 MB per file. Nothing was imported.',
          where: 'qua-lon.txt',
          details: { size: importLimits.fileBytes + 1, limit: importLimits.fileBytes },
        }),
      ],
    });
    expect(outcome).toEqual({ kind: 'failed', fileName: 'qua-lon.txt', failure: { reason: 'too-large', limitBytes: importLimits.fileBytes } });
  });

  it('keeps the message of a Word file that would unpack too large, which is not the file size limit', () => {
    const [outcome] = outcomesOfCompletedImport({
      results: [
        failed('bom.docx', {
          code: 'too_large',
          message: 'bom.docx: the Word document would expand to 900.0 MB when unpacked; the limit is 300.0 MB. Nothing was imported.',
          where: 'bom.docx',
          details: { expandedBytes: 900 * 1024 * 1024, limit: importLimits.docxExpandedBytes },
        }),
      ],
    });
    expect(outcome?.kind === 'failed' && outcome.failure.reason).toBe('rejected');
  });

  it('reports a file the main process could not read as unreadable, with the reason', () => {
    const reason = "ENOENT: no such file or directory, stat '/home/bientap/da-xoa.txt'";
    const [outcome] = outcomesOfCompletedImport({
      results: [failed('da-xoa.txt', { code: 'not_found', message: `da-xoa.txt: Newsdesk could not read the file (${reason}).`, where: 'da-xoa.txt', details: { readError: reason } })],
    });
    expect(outcome).toEqual({ kind: 'failed', fileName: 'da-xoa.txt', failure: { reason: 'unreadable', message: reason } });
  });
});
