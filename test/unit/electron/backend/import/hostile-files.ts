// Hostile import files, generated (never committed): the ones that took the app down before
// (issue 10). Each comes with what the import must answer.
import zlib from 'node:zlib';
import { craftZip } from './crafted-zip';

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** Raw deflate data of `size` bytes: one Word paragraph of the same letter, the best ratio deflate gives (about 1:1000). */
async function deflatedDocument(size: number): Promise<{ data: Uint8Array; crc: number }> {
  const head = Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const letters = Buffer.alloc(1024 * 1024, 'a');
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  const write = async (piece: Buffer) => {
    crc = zlib.crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(head);
  for (let left = size - head.length - tail.length; left > 0; left -= letters.length) await write(letters.subarray(0, Math.min(left, letters.length)));
  await write(tail);
  deflate.end();
  await ended;
  return { data: new Uint8Array(Buffer.concat(chunks)), crc };
}

export const zipBombExpandedBytes = 290 * 1024 * 1024;

/**
 * A .docx of about 300 KB whose word/document.xml unpacks to 290 MB of text. With `declaredBytes`
 * both its headers lie, declaring that much instead.
 */
export async function zipBombDocx(declaredBytes?: number): Promise<Uint8Array> {
  const document = await deflatedDocument(zipBombExpandedBytes);
  return craftZip([
    { name: '[Content_Types].xml', data: new TextEncoder().encode(contentTypes) },
    { name: 'word/document.xml', data: document.data, deflatedCrc: document.crc, declaredSize: declaredBytes ?? zipBombExpandedBytes },
  ]);
}

/** An .html file of `bytes` bytes: a page of the same paragraph over and over. */
export function hugeHtml(bytes: number): Uint8Array {
  const page = Buffer.alloc(bytes, '<p>Quận ủy họp bàn về kế hoạch phát triển kinh tế năm tới.</p>\n');
  Buffer.from('<!doctype html><html><body>').copy(page);
  return new Uint8Array(page.buffer, page.byteOffset, page.byteLength);
}

/** A page of `count` short paragraphs (250,000 of them make 2 MB). */
export function manyParagraphsHtml(count: number): Uint8Array {
  return new TextEncoder().encode(`<!doctype html><html><body><article>${'<p>a</p>'.repeat(count)}</article></body></html>`);
}
