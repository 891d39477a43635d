import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../../../../electron/backend/import/byline';
import { captionLikelihood, splitCaptionCredit } from '../../../../../electron/backend/import/caption-credit';
import { isBreadcrumbLine, isSectionMarkerLine, isTailChromeLine, isWidgetLine } from '../../../../../electron/backend/import/page-chrome';
import { splitSourcePrefix } from '../../../../../electron/backend/import/source-prefix';

describe('splitSourcePrefix', () => {
  it.each([
    ['(Thanhuytphcm.vn) - Chiều 3/6, Quận ủy họp.', '(Thanhuytphcm.vn)', 'Chiều 3/6, Quận ủy họp.'],
    ['(Thanhuytphcm.vn) – Chiều 3/6, Quận ủy họp.', '(Thanhuytphcm.vn)', 'Chiều 3/6, Quận ủy họp.'],
    ['(Thanhuytphcm.vn) — Chiều 3/6, Quận ủy họp.', '(Thanhuytphcm.vn)', 'Chiều 3/6, Quận ủy họp.'],
    ['(TTXVN)-Sáng nay, trời mưa.', '(TTXVN)', 'Sáng nay, trời mưa.'],
    ['( Báo Sài Gòn Giải Phóng )\u00a0– Tối 1/4, ...', '(Báo Sài Gòn Giải Phóng)', 'Tối 1/4, ...'],
  ])('splits %j', (text, sourcePrefix, lead) => {
    expect(splitSourcePrefix(text)).toEqual({ sourcePrefix, lead });
  });

  it.each(['Chiều 3/6 (giờ Hà Nội) - Quận ủy họp.', '(Thanhuytphcm.vn) Chiều 3/6', 'Câu lạc bộ (CLB) - nơi gặp gỡ', '(x) - '])('leaves %j alone', (text) => {
    expect(splitSourcePrefix(text)).toBeNull();
  });
});

describe('splitCaptionCredit', () => {
  it.each([
    ['Đại biểu cắt băng khánh thành. Ảnh: Minh Khang', 'Đại biểu cắt băng khánh thành.', 'Minh Khang'],
    ['Đại biểu cắt băng khánh thành (Ảnh: Minh Khang)', 'Đại biểu cắt băng khánh thành', 'Minh Khang'],
    ['Người dân trồng cây trên hẻm 30. (Ảnh: TTXVN)', 'Người dân trồng cây trên hẻm 30.', 'TTXVN'],
    ['Quang cảnh hội nghị - Ảnh: Hồng Ngọc', 'Quang cảnh hội nghị', 'Hồng Ngọc'],
    ['Ảnh: Việt Dũng', '', 'Việt Dũng'],
    ['Quang cảnh hội nghị', 'Quang cảnh hội nghị', ''],
    ['Ảnh minh họa', 'Ảnh minh họa', ''],
  ])('splits %j', (text, caption, credit) => {
    expect(splitCaptionCredit(text)).toEqual({ caption, credit });
  });
});

describe('captionLikelihood', () => {
  it('is certain with a credit, likely for a short line that ends no sentence, no otherwise', () => {
    expect(captionLikelihood('Quang cảnh hội nghị. Ảnh: Hồng Ngọc')).toBe('certain');
    expect(captionLikelihood('Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị')).toBe('likely');
    expect(captionLikelihood('Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp.')).toBe('no');
    expect(captionLikelihood('Hồng Ngọc')).toBe('no');
    expect(captionLikelihood(`${'rất '.repeat(50)}dài`)).toBe('no');
  });
});

describe('parseBylineLine', () => {
  it.each([
    ['Hồng Ngọc', ['Hồng Ngọc']],
    ['Nguyễn Thị Minh Khai', ['Nguyễn Thị Minh Khai']],
    ['HỒNG NGỌC', ['HỒNG NGỌC']],
    ['T.Hùng', ['T.Hùng']],
    ['Hồng Ngọc - Minh Khang', ['Hồng Ngọc', 'Minh Khang']],
    ['Hồng Ngọc, Minh Khang và Việt Dũng', ['Hồng Ngọc', 'Minh Khang', 'Việt Dũng']],
  ])('reads %j as names', (line, names) => {
    expect(parseBylineLine(line)).toEqual(names);
  });

  it.each(['Hồng Ngọc.', 'Quận ủy Quận 3', 'Ngọc', 'Một Hai Ba Bốn Năm', 'Tin khác: Quận 3', 'Hồng ngọc'])('refuses %j', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});

describe('page chrome', () => {
  it('knows widgets wherever they stand', () => {
    for (const line of ['Chia sẻ', 'Facebook', 'Zalo', 'In bài', 'refresh', 'Lượt xem: 1.234', 'Bình luận (0)', 'Gửi bình luận']) {
      expect(isWidgetLine(line), line).toBe(true);
    }
    expect(isWidgetLine('Chia sẻ kinh nghiệm làm giàu từ cây lúa')).toBe(false);
  });

  it('knows the section markers and wordless lines of a page tail', () => {
    for (const line of ['Ý kiến bạn đọc', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo', 'TIN LIÊN QUAN']) {
      expect(isSectionMarkerLine(line), line).toBe(true);
      expect(isTailChromeLine(line), line).toBe(true);
    }
    expect(isTailChromeLine('754')).toBe(true);
    expect(isTailChromeLine('\u00a0')).toBe(true);
    expect(isTailChromeLine('Thông báo kết quả tuyển sinh năm 2024')).toBe(false);
  });

  it('knows breadcrumbs but not headlines with a slash', () => {
    expect(isBreadcrumbLine('Trang chủ > Tin tức > Thời sự')).toBe(true);
    expect(isBreadcrumbLine('Thời sự | Chính trị')).toBe(true);
    expect(isBreadcrumbLine('Ngày 3/6, Quận ủy Quận 3 tổng kết Chỉ thị 17-CT/TW')).toBe(false);
  });
});
