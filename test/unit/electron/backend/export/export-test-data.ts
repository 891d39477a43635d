import sharp from 'sharp';
import type { Backend } from '../../../../../electron/backend/backend-types';

/** A small real image made with sharp: a colour gradient-free block with a little noise, so encoders have work to do. */
export async function sampleImage(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif', seed = 1): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761;
  for (let index = 0; index < pixels.length; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    pixels[index] = (index % 3 === 0 ? (index / 3) % width : 128) ^ (state >>> 28);
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return image.toFormat(format).toBuffer();
}

/** Stores an image and returns its hash. */
export async function putImage(backend: Backend, bytes: Buffer, fileName = 'anh.jpg'): Promise<string> {
  return (await backend.call('media.put', { data: bytes.toString('base64'), fileName })).hash;
}

/** An article with two figures (and a figure without image), a category, a byline, a date and tags. */
export async function createExportableArticle(backend: Backend, hashes: readonly string[], headline = 'Hội nghị sơ kết quý I') {
  const categories = await backend.call('categories.list', {});
  const category = categories.find((entry) => entry.name === 'Xây dựng Đảng') ?? (await backend.call('categories.create', { name: 'Xây dựng Đảng' }));
  const authors = await backend.call('authors.list', {});
  const writer = authors.find((entry) => entry.name === 'Nguyễn Hồng Ngọc') ?? (await backend.call('authors.create', { name: 'Nguyễn Hồng Ngọc', penName: 'Hồng Ngọc' }));
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị.' }] },
      ...hashes.map((hash, index) => ({ type: 'figure', attrs: { hash, caption: `Ảnh ${index + 1}`, credit: 'Quốc Huy', alt: `Hội trường ${index + 1}` } })),
      { type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị kết thúc lúc 17 giờ.' }] },
    ],
  };
  return backend.call('articles.create', {
    fields: {
      headline,
      sapo: 'Quận ủy triển khai nhiệm vụ.',
      sourcePrefix: '(Thanhuytphcm.vn)',
      body,
      categoryId: category.id,
      date: '2024-03-29',
      datelinePlace: 'TP.HCM',
      tags: ['Quận 3', 'hội nghị'],
      bylines: { authors: [{ authorId: writer.id, role: 'writer' }], team: false, source: '' },
    },
  });
}
