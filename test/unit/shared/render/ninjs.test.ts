import { describe, expect, it } from 'vitest';
import { ninjsRecord } from '../../../../shared/render/ninjs';

const hash = 'd'.repeat(64);

describe('ninjsRecord', () => {
  it('records the article and each image with its file, caption, credit, alt text and size', () => {
    const record = ninjsRecord(
      {
        article: {
          id: 4,
          headline: 'Tiêu đề',
          sapo: 'Sapo.',
          sourcePrefix: '(Thanhuytphcm.vn)',
          body: { type: 'doc', content: [{ type: 'figure', attrs: { hash, caption: 'Chú thích', credit: 'Quang Huy', alt: 'Mô tả', featured: false } }] },
          bylines: { authors: [{ authorId: 1, role: 'writer', name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc' }], team: false, source: 'TTXVN' },
          date: '2024-03-29',
          datelinePlace: '',
          tags: ['a', 'b'],
          related: [],
          createdAt: '2024-03-28T20:00:00.000Z',
          updatedAt: '2024-03-29T01:00:00.000Z',
        },
        categoryName: 'Thời sự',
        image: () => ({ src: 'images/1-dddddddddddd.jpg', width: 1600, height: 1067 }),
      },
      () => 'image/jpeg',
    );
    expect(record).toMatchObject({
      uri: 'newsdesk:article:4',
      type: 'text',
      language: 'vi',
      headlines: [{ role: 'main', value: 'Tiêu đề' }],
      descriptions: [{ role: 'summary', contenttype: 'text/plain', value: '(Thanhuytphcm.vn) - Sapo.' }],
      by: 'Hồng Ngọc - Theo TTXVN',
      people: [{ name: 'Nguyễn Hồng Ngọc', penname: 'Hồng Ngọc', rel: 'author' }],
      copyrightholder: 'TTXVN',
      firstcreated: '2024-03-29T03:00:00+07:00',
      versioncreated: '2024-03-29T08:00:00+07:00',
      contentcreated: '2024-03-29T03:00:00+07:00',
      subjects: [{ name: 'Thời sự', rel: 'category' }],
      keywords: ['a', 'b'],
      associations: {
        'image-1': {
          type: 'picture',
          renditions: { web: { href: 'images/1-dddddddddddd.jpg', contenttype: 'image/jpeg', width: 1600, height: 1067 } },
          descriptions: [
            { role: 'caption', contenttype: 'text/plain', value: 'Chú thích' },
            { role: 'alt', contenttype: 'text/plain', value: 'Mô tả' },
          ],
          by: 'Ảnh: Quang Huy',
        },
      },
    });
    expect((record.bodies as Array<{ value: string }>)[0]!.value).toContain('<img src="images/1-dddddddddddd.jpg" alt="Mô tả" width="1600" height="1067">');
  });
});
