import { describe, expect, it } from 'vitest';
import { importedArticleTexts, textLeftOutWarning } from '../../../../../electron/backend/import/text-coverage';
import { readTextLeftOutSubject } from '../../../../../shared/model/import';
import { englishImportWarnings } from '../../../../../shared/messages/english';
import { viImportWarnings } from '../../../../../renderer/i18n/vi-wording';

const article = 'Sáng 2/6, Quận đoàn Quận 3 tổ chức lễ ra quân chiến dịch tình nguyện hè 2024 với sự tham gia của hơn 500 đoàn viên.';
const lost = 'Các đội hình sẽ dọn dẹp kênh rạch, sơn sửa nhà tình thương và dạy học miễn phí cho trẻ em khó khăn trong suốt ba tháng hè.';

describe('textLeftOutWarning', () => {
  it('says nothing when every word of the source is in the import, whatever the case, spacing and order of runs', () => {
    expect(textLeftOutWarning(`${article}\n${lost}`, [lost.toUpperCase(), article], [])).toBeNull();
  });

  it('reports the share missing and the longest run left out, worded in both languages', () => {
    const warning = textLeftOutWarning(`${article}\n\n${lost}`, [article], []);
    expect(warning?.code).toBe('text-left-out');
    const { share, excerpt } = readTextLeftOutSubject(warning!.subject!);
    expect(share).toBe('51%');
    expect(excerpt).toBe('Các đội hình sẽ dọn dẹp kênh rạch, sơn sửa nhà tình thương và dạy học miễn phí cho trẻ em khó khăn…');
    expect(englishImportWarnings['text-left-out'](warning!.subject!)).toContain('about 51% of the article');
    expect(viImportWarnings['text-left-out'](warning!.subject!)).toContain('Khoảng 51% chữ');
  });

  it('counts text left out on purpose (page chrome, reported on its own) as accounted for', () => {
    expect(textLeftOutWarning(`${article}\n${lost}`, [article], [lost])).toBeNull();
  });

  it('tolerates a small share missing (a dateline line, a widget label), and a few words in a short fragment', () => {
    expect(textLeftOutWarning(`${article} ${lost} ${article} Chia sẻ Zalo`, [article, lost, article], [])).toBeNull();
    expect(textLeftOutWarning('Tin mới: Quận 3 ra quân', ['Quận 3'], [])).toBeNull();
  });

  it('reads every text of an imported article: headline, sapo, bylines, body and captions', () => {
    const texts = importedArticleTexts({
      headline: 'Tít',
      sapo: 'Sapo',
      sourcePrefix: '(TTO)',
      bylines: ['Hồng Ngọc'],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thân bài' }] }, { type: 'figure', attrs: { caption: 'Chú thích', credit: 'Tác giả ảnh', hash: '' } }] },
    });
    expect(texts).toEqual(['Tít', 'Sapo', '(TTO)', 'Hồng Ngọc', 'Thân bài', 'Chú thích', 'Tác giả ảnh']);
  });
});
