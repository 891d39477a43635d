import { describe, expect, it } from 'vitest';
import { nodeText } from '../../../../../electron/backend/import/document-blocks';
import { parseDocxArticle } from '../../../../../electron/backend/import/docx-article';
import type { DocNode } from '../../../../../shared/model/document';
import { articleSchema } from '../../../../../shared/schema/article-extensions';
import { buildDocx, sampleDocxArticle, tinyPng, wordParagraph } from './import-test-files';

describe('parseDocxArticle', () => {
  it('reads the title, lead, embedded image with its caption, heading, bold text and byline of a Word file', async () => {
    const article = await parseDocxArticle(await sampleDocxArticle());
    expect(article.headline).toBe('Quận 3 khánh thành công viên cây xanh mới');
    expect(article.sourcePrefix).toBe('(Thanhuytphcm.vn)');
    expect(article.sapo).toBe('Sáng 5/4, UBND Quận 3 khánh thành công viên cây xanh rộng 2.000 m² tại Phường 9.');
    expect(article.bylines).toEqual(['Hồng Ngọc']);

    expect(article.figures).toHaveLength(1);
    const [figure] = article.figures;
    expect(figure).toMatchObject({ caption: 'Người dân tham quan công viên trong ngày khánh thành.', credit: 'Minh Khang', alt: 'Công viên mới' });
    expect(Buffer.from(figure!.image!.bytes).equals(Buffer.from(tinyPng()))).toBe(true);

    const blocks = article.body.content ?? [];
    expect(blocks.map((node: DocNode) => node.type)).toEqual(['figure', 'paragraph', 'heading', 'paragraph']);
    expect(blocks[2]).toMatchObject({ attrs: { level: 2 } });
    expect(nodeText(blocks[2]!)).toBe('Kế hoạch sắp tới');
    expect(blocks[1]?.content?.find((node) => node.marks?.some((mark) => mark.type === 'bold'))?.text).toBe('sân chơi cho trẻ em');
    expect(() => articleSchema().nodeFromJSON(article.body).check()).not.toThrow();
  });

  it('guesses the headline from the first paragraph when no paragraph has the Title style', async () => {
    const bytes = await buildDocx(
      [wordParagraph(['Quận 3 khánh thành công viên']), wordParagraph(['Công viên rộng 2.000 m² vừa được đưa vào sử dụng.'])].join(''),
    );
    const article = await parseDocxArticle(bytes);
    expect(article.headline).toBe('Quận 3 khánh thành công viên');
    expect(article.warnings.map((warning) => warning.code)).toContain('headline-guessed');
    expect((article.body.content ?? []).map(nodeText)).toEqual(['Công viên rộng 2.000 m² vừa được đưa vào sử dụng.']);
  });
});
