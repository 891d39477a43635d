import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { nodeText } from '../../../../../electron/backend/import/document-blocks';
import { parsePlainTextArticle } from '../../../../../electron/backend/import/plain-text-article';
import type { DocNode } from '../../../../../shared/model/document';
import type { ImportedArticle } from '../../../../../shared/model/import';
import { articleSchema } from '../../../../../shared/schema/article-extensions';
import { decodeWindows1252 } from '../../../../../shared/text/legacy/windows-1252';

const seedText = fs.readFileSync(new URL('../../../../fixtures/import/seed-article.txt', import.meta.url), 'utf8');

const seedHeadline = 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương';
const seedCaption = 'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị';

function bodyLines(article: ImportedArticle): string[] {
  return (article.body.content ?? []).map((node: DocNode) => (node.type === 'figure' ? `[figure] ${String(node.attrs?.caption)}` : nodeText(node)));
}

function warningCodes(article: ImportedArticle): string[] {
  return article.warnings.map((warning) => warning.code);
}

describe('parsePlainTextArticle on the seed article', () => {
  const article = parsePlainTextArticle(seedText);

  it('finds the headline, source prefix, lead, dateline and byline', () => {
    expect(article.headline).toBe(seedHeadline);
    expect(article.sourcePrefix).toBe('(Thanhuytphcm.vn)');
    expect(article.sapo).toMatch(/^Chiều 3\/6, Quận ủy Quận 3 tổ chức hội nghị tổng kết 10 năm/u);
    expect(article.sapo).toMatch(/Trưởng Ban dân vận Quận ủy\.$/u);
    expect(article.dateline).toEqual({ year: 2024, month: 3, day: 29 });
    expect(article.bylines).toEqual(['Hồng Ngọc']);
  });

  it('turns the photo caption into a figure without image', () => {
    expect(article.figures).toEqual([{ caption: seedCaption, credit: '', alt: '' }]);
    expect(article.body.content?.[0]).toEqual({ type: 'figure', attrs: { hash: '', caption: seedCaption, credit: '', alt: '', featured: false } });
    expect(warningCodes(article)).toContain('caption-without-image');
  });

  it('keeps the five body paragraphs after the figure, in order, and no page chrome', () => {
    const lines = bodyLines(article);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^Tại hội nghị, Phó Trưởng Ban dân vận/u);
    expect(lines[5]).toMatch(/^Dịp này, Quận ủy Quận 3 cũng thống nhất/u);
    const bodyText = lines.join('\n');
    for (const chrome of ['Ý kiến bạn đọc', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo', 'refresh', 'Hồng Ngọc', seedHeadline, 'Thanhuytphcm.vn']) {
      expect(bodyText, chrome).not.toContain(chrome);
    }
  });

  it('says what it detected and guessed', () => {
    const codes = warningCodes(article);
    for (const code of ['dateline-detected', 'headline-guessed', 'source-prefix-detected', 'lead-detected', 'byline-guessed', 'caption-guessed']) {
      expect(codes).toContain(code);
    }
    const chrome = article.warnings.filter((warning) => warning.code === 'chrome-removed').map((warning) => warning.subject);
    expect(chrome).toHaveLength(5);
    expect(chrome).toContain('Ý kiến bạn đọc');
    expect(codes).not.toContain('nfd-normalised');
    expect(codes).not.toContain('legacy-encoding-converted');
  });

  it('produces a body the article schema accepts', () => {
    expect(() => articleSchema().nodeFromJSON(article.body).check()).not.toThrow();
  });
});

describe('parsePlainTextArticle', () => {
  it('normalises decomposed (NFD) text to NFC and says so', () => {
    const article = parsePlainTextArticle(seedText.normalize('NFD'));
    expect(article.headline).toBe(seedHeadline);
    expect(article.bylines).toEqual(['Hồng Ngọc']);
    expect(JSON.stringify(article.body)).toBe(JSON.stringify(parsePlainTextArticle(seedText).body));
    expect(warningCodes(article)).toContain('nfd-normalised');
  });

  it('converts text pasted from TCVN3 (ABC) fonts to Unicode', () => {
    const unicode = [
      'Thứ Hai, ngày 1 tháng 4 năm 2024',
      'Quận ủy Quận 3 tổ chức hội nghị tổng kết công tác dân vận',
      '(Thanhuytphcm.vn) - Sáng 1/4, Quận ủy Quận 3 tổng kết công tác dân vận năm 2023.',
      'Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp mới cho năm tới.',
      'Hồng Ngọc',
    ].join('\n');
    const pasted = decodeWindows1252(iconv.encode(unicode, 'tcvn'));
    expect(pasted).not.toBe(unicode);
    const article = parsePlainTextArticle(pasted);
    expect(article.headline).toBe('Quận ủy Quận 3 tổ chức hội nghị tổng kết công tác dân vận');
    expect(article.sapo).toBe('Sáng 1/4, Quận ủy Quận 3 tổng kết công tác dân vận năm 2023.');
    expect(article.bylines).toEqual(['Hồng Ngọc']);
    expect(article.dateline).toEqual({ year: 2024, month: 4, day: 1 });
    expect(warningCodes(article)).toContain('legacy-encoding-converted');
  });

  it('keeps every line it does not recognise in the body', () => {
    const article = parsePlainTextArticle(
      [
        'Thông báo',
        'Khánh thành cầu Thủ Thiêm 4',
        'Sáng nay, thành phố khánh thành cầu Thủ Thiêm 4 nối Quận 7 và Thủ Đức.',
        'Chia sẻ',
        'Cây cầu dài 2,16 km, có 6 làn xe.',
        'Tin khác',
        'Quận 3 tổng kết công tác dân vận',
        'Thông báo',
      ].join('\n'),
    );
    expect(article.headline).toBe('Khánh thành cầu Thủ Thiêm 4');
    expect(article.sapo).toBe('');
    expect(warningCodes(article)).toContain('lead-missing');
    expect(bodyLines(article)).toEqual([
      'Thông báo',
      'Sáng nay, thành phố khánh thành cầu Thủ Thiêm 4 nối Quận 7 và Thủ Đức.',
      'Cây cầu dài 2,16 km, có 6 làn xe.',
      'Quận 3 tổng kết công tác dân vận',
    ]);
    expect(article.warnings.filter((warning) => warning.code === 'unrecognised-kept')).toHaveLength(2);
  });

  it('never takes a paragraph that ends a sentence for the byline or a caption', () => {
    const article = parsePlainTextArticle(
      [
        'Khánh thành cầu Thủ Thiêm 4',
        '(TTXVN) – Sáng nay, thành phố khánh thành cầu Thủ Thiêm 4.',
        'Cây cầu dài 2,16 km.',
        'Người dân rất vui mừng.',
      ].join('\n'),
    );
    expect(article.sourcePrefix).toBe('(TTXVN)');
    expect(article.bylines).toEqual([]);
    expect(article.figures).toEqual([]);
    expect(bodyLines(article)).toEqual(['Cây cầu dài 2,16 km.', 'Người dân rất vui mừng.']);
  });

  it('splits a caption credit and reads several bylines', () => {
    const article = parsePlainTextArticle(
      [
        'Khánh thành cầu Thủ Thiêm 4',
        'Lãnh đạo thành phố cắt băng khánh thành cầu. Ảnh: Việt Dũng',
        '(Báo Tin tức) — Sáng nay, thành phố khánh thành cầu Thủ Thiêm 4.',
        'Cây cầu dài 2,16 km.',
        'Minh Khang - Hồng Ngọc',
      ].join('\n'),
    );
    expect(article.figures).toEqual([{ caption: 'Lãnh đạo thành phố cắt băng khánh thành cầu.', credit: 'Việt Dũng', alt: '' }]);
    expect(article.sourcePrefix).toBe('(Báo Tin tức)');
    expect(article.bylines).toEqual(['Minh Khang', 'Hồng Ngọc']);
    expect(warningCodes(article)).not.toContain('caption-guessed');
  });

  it('joins a credit line to the caption above it', () => {
    const article = parsePlainTextArticle(
      [
        'Khánh thành cầu Thủ Thiêm 4',
        '(TTXVN) – Sáng nay, thành phố khánh thành cầu Thủ Thiêm 4.',
        'Cây cầu dài 2,16 km, nối Quận 7 với thành phố Thủ Đức.',
        'Lãnh đạo thành phố cắt băng khánh thành cầu Thủ Thiêm 4 sáng nay',
        '(Ảnh: Việt Dũng)',
        'Cầu có 6 làn xe và hai lối đi bộ.',
      ].join('\n'),
    );
    expect(article.figures).toEqual([{ caption: 'Lãnh đạo thành phố cắt băng khánh thành cầu Thủ Thiêm 4 sáng nay', credit: 'Việt Dũng', alt: '' }]);
    expect(bodyLines(article)).toHaveLength(3);
  });

  it('gives an empty body paragraph when there is only a headline', () => {
    const article = parsePlainTextArticle('Khánh thành cầu Thủ Thiêm 4\n');
    expect(article.headline).toBe('Khánh thành cầu Thủ Thiêm 4');
    expect(article.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
