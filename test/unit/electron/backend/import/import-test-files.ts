import JSZip from 'jszip';

/** A real 4×3 PNG (the one in test/fixtures/import/saved-article-page.html). */
export const tinyPngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAJUlEQVR4nAXBgQAAAAzDsJKMZGADO0SxniBIZXIYTM3MYbG1s/cTIg8B93gBRgAAAABJRU5ErkJggg==';

export function tinyPng(): Uint8Array {
  return new Uint8Array(Buffer.from(tinyPngBase64, 'base64'));
}

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word paragraph: optional style id, runs of text (bold when asked). */
export function wordParagraph(runs: Array<string | { text: string; bold?: boolean }>, styleId?: string): string {
  const properties = styleId ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : '';
  const body = runs
    .map((run) => (typeof run === 'string' ? { text: run } : run))
    .map((run) => `<w:r>${run.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`)
    .join('');
  return `<w:p>${properties}${body}</w:p>`;
}

/** A Word paragraph holding one embedded picture, by its relationship id. */
export function wordPicture(relationshipId: string, altText: string): string {
  return (
    '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="714375"/>' +
    `<wp:docPr id="1" name="Picture 1" descr="${escapeXml(altText)}"/>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
    '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${relationshipId}"/></pic:blipFill><pic:spPr/>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

const styles =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${namespaces}>` +
  '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>' +
  '</w:styles>';

/**
 * A real .docx (a ZIP with the parts Word writes) whose body is `paragraphsXml`, with `images`
 * stored under word/media and related as rId10, rId11...
 */
export async function buildDocx(paragraphsXml: string, images: Uint8Array[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const imageRelationships = images
    .map((_, index) => `<Relationship Id="rId${10 + index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${index + 1}.png"/>`)
    .join('');
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      imageRelationships +
      '</Relationships>',
  );
  zip.file('word/styles.xml', styles);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${paragraphsXml}</w:body></w:document>`);
  images.forEach((image, index) => zip.file(`word/media/image${index + 1}.png`, image));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The sample Word article of the tests: a title, a lead with source prefix, a heading, bold text, a picture with a caption, a byline. */
export function sampleDocxArticle(): Promise<Uint8Array> {
  return buildDocx(
    [
      wordParagraph(['Quận 3 khánh thành công viên cây xanh mới'], 'Title'),
      wordParagraph(['(Thanhuytphcm.vn) – Sáng 5/4, UBND Quận 3 khánh thành công viên cây xanh rộng 2.000 m² tại Phường 9.']),
      wordPicture('rId10', 'Công viên mới'),
      wordParagraph(['Người dân tham quan công viên trong ngày khánh thành. Ảnh: Minh Khang'], 'Caption'),
      wordParagraph(['Công viên có ', { text: 'sân chơi cho trẻ em', bold: true }, ', đường đi bộ và khu tập thể dục.']),
      wordParagraph(['Kế hoạch sắp tới'], 'Heading2'),
      wordParagraph(['Quận sẽ tiếp tục cải tạo thêm ba mảng xanh trong năm 2024.']),
      wordParagraph(['Hồng Ngọc']),
    ].join(''),
    [tinyPng()],
  );
}
