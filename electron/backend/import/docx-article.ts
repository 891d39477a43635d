import mammoth from 'mammoth';
import type { ImportedArticle, ImportedImage } from '../../../shared/model/import';
import { parseHtmlArticle } from './html-article';
import { importWarning } from './import-warnings';

/** Word paragraph styles with a meaning for an article, beyond mammoth's default headings and lists. */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.sapo:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

const embeddedImagePrefix = 'newsdesk-embedded-image:';

/**
 * Reads an article from a Word file (.docx) through mammoth: its HTML goes the HTML way
 * (`parseHtmlArticle`), with the embedded images kept as bytes for their figures. Captions in
 * Word's Caption style become the caption of the image before them; the Title style is the
 * headline. Linked (external) images are not followed.
 */
export async function parseDocxArticle(bytes: Uint8Array): Promise<ImportedArticle> {
  const images = new Map<string, ImportedImage>();
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const key = `${embeddedImagePrefix}${images.size}`;
        const data = await image.readAsBuffer();
        const extension = image.contentType.split('/')[1]?.replace(/[^a-z0-9]/giu, '') || 'bin';
        images.set(key, { bytes: new Uint8Array(data), fileName: `image-${images.size + 1}.${extension}` });
        return { src: key };
      }),
    },
  );
  const article = parseHtmlArticle(result.value, { embeddedImages: images, fromWordDocument: true });
  const errors = result.messages.filter((message) => message.type === 'error').map((message) => message.message);
  for (const message of [...new Set(errors)].slice(0, 5)) article.warnings.push(importWarning('docx-message', message));
  return article;
}
