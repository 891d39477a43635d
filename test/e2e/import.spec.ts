import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bodyText, newsdeskPage } from './newsdesk-page';
import { manyParagraphsHtml, zipBombDocx } from '../unit/electron/backend/import/hostile-files';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const seedPath = path.join(fixtures, 'seed-article.txt');
const htmlPath = path.join(fixtures, 'article-fragment.html');

const seedHeadline = 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương';
const seedCaption = 'Phó Bí thư thường trực Quận ủy Quận 3 Nguyễn Thành Nam phát biểu chỉ đạo tại hội nghị';
const htmlHeadline = 'Quận 3 ra quân chiến dịch tình nguyện hè 2024';
const wordHeadline = 'Quận 3 khánh thành công viên cây xanh mới';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small real Word file: a Title paragraph, then plain paragraphs. */
async function wordDocument(title: string, paragraphs: string[]): Promise<Buffer> {
  const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const paragraph = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${wordNamespace}>` +
      '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${wordNamespace}><w:body>` +
      `${paragraph(title, 'Title')}${paragraphs.map((text) => paragraph(text)).join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

function sampleWordDocument(): Promise<Buffer> {
  return wordDocument(wordHeadline, [
    '(Thanhuytphcm.vn) – Sáng 5/4, UBND Quận 3 khánh thành công viên cây xanh rộng 2.000 m² tại Phường 9.',
    'Công viên có sân chơi cho trẻ em, đường đi bộ và khu tập thể dục.',
    'Minh Khang',
  ]);
}

/** Serious and critical axe violations, one line each (as in accessibility.spec.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const plainTextPretendingToBeWord = Buffer.from('Đây không phải tệp Word, chỉ là văn bản thường.\n', 'utf8');

interface DroppedFile {
  name: string;
  base64: string;
  type: string;
}

async function droppedFile(name: string, bytes: Buffer | Promise<Buffer>, type = ''): Promise<DroppedFile> {
  return { name, base64: (await bytes).toString('base64'), type };
}

/**
 * Drags `files` over the window and drops them, as a file manager would: dragenter, dragover,
 * then (after `whileDragging`) drop. Returns whether the page took the drop (so no navigation).
 */
async function dropFiles(page: Page, files: DroppedFile[], whileDragging: () => Promise<void>): Promise<{ dragOverTaken: boolean; dropTaken: boolean }> {
  const dataTransfer = await page.evaluateHandle((described) => {
    const transfer = new DataTransfer();
    for (const file of described) {
      const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, files);
  const dispatch = (type: string) =>
    page.evaluate(
      ([eventType, transfer]) => {
        const event = new DragEvent(eventType, { dataTransfer: transfer, bubbles: true, cancelable: true });
        const target = document.querySelector('.editor-pane') ?? document.body;
        target.dispatchEvent(event);
        return event.defaultPrevented;
      },
      [type, dataTransfer] as const,
    );
  await dispatch('dragenter');
  const dragOverTaken = await dispatch('dragover');
  await whileDragging();
  const dropTaken = await dispatch('drop');
  await dataTransfer.dispose();
  return { dragOverTaken, dropTaken };
}

test('Nhập opens a file picker; the report shows the seed article, and Mở bài opens it filled in', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);

  let releaseFirstImport: () => void = () => {};
  const firstImportHeld = new Promise<void>((resolve) => {
    releaseFirstImport = resolve;
  });
  const importedFileNames: string[] = [];
  await page.route('**/api/import.files', async (route) => {
    const { files } = route.request().postDataJSON() as { files: Array<{ name: string }> };
    importedFileNames.push(...files.map((file) => file.name));
    if (importedFileNames.length === 1) await firstImportHeld;
    await route.continue();
  });

  const chooserOpened = page.waitForEvent('filechooser');
  await app.articleList.getByRole('button', { name: 'Nhập', exact: true }).click();
  const chooser = await chooserOpened;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([seedPath, htmlPath]);

  await expect(page.getByRole('status').filter({ hasText: 'Đang nhập 1/2…' })).toBeVisible();
  releaseFirstImport();

  const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
  await expect(report).toBeVisible();
  expect(importedFileNames).toEqual(['seed-article.txt', 'article-fragment.html']);
  await expect(report).toContainText('Đã nhập 2 tệp.');

  const seed = report.getByRole('region', { name: 'seed-article.txt' });
  await expect(seed).toContainText(seedHeadline);
  await expect(seed).toContainText('(Thanhuytphcm.vn)');
  await expect(seed).toContainText('Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị');
  await expect(seed).toContainText('Hồng Ngọc');
  await expect(seed).toContainText(seedCaption);
  await expect(seed.getByRole('heading', { name: 'Phỏng đoán — hãy kiểm tra lại' })).toBeVisible();
  await expect(seed.getByRole('heading', { name: 'Đã nhận ra' })).toBeVisible();
  await expect(seed.getByRole('listitem').filter({ hasText: 'Hồng Ngọc' }).first()).toBeVisible();
  await expect(report.getByRole('region', { name: 'article-fragment.html' })).toContainText(htmlHeadline);

  // The list refreshed behind the report.
  await expect(app.articleList.getByRole('listitem').filter({ hasText: seedHeadline })).toHaveCount(1);
  await expect(app.articleList.getByRole('listitem').filter({ hasText: htmlHeadline })).toHaveCount(1);

  await seed.getByRole('button', { name: 'Mở bài' }).click();
  await expect(report).toBeHidden();
  await expect(app.headline).toHaveValue(seedHeadline);
  await expect(app.sourcePrefix).toHaveValue('(Thanhuytphcm.vn)');
  await expect(app.sapo).toHaveValue(/^Chiều 3\/6, Quận ủy Quận 3 tổ chức hội nghị/);
  // The caption is the figure's "Chú thích ảnh" text box.
  await expect(app.body.getByRole('textbox', { name: 'Chú thích ảnh', exact: true })).toHaveValue(seedCaption);
  await expect(app.body).not.toContainText('Ý kiến bạn đọc');
  // Regression: a caption-only figure rendered <img src="/media/?token=..."> with an empty hash.
  await expect(app.body.locator('figure [data-missing-image]')).toHaveCount(1);
  await expect(app.body.locator('figure img')).toHaveCount(0);

  const articles = await newsdesk.call('articles.list', {});
  expect(articles).toHaveLength(2);
});

test('files dropped on the window are imported, one call each; a bad file is reported by name and creates nothing', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  const calls: string[][] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/import.files')) {
      calls.push((request.postDataJSON() as { files: Array<{ name: string }> }).files.map((file) => file.name));
    }
  });

  const files = [
    await droppedFile('bai-word.docx', sampleWordDocument(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    await droppedFile('hong.docx', plainTextPretendingToBeWord),
    await droppedFile('seed-article.txt', fs.readFile(seedPath), 'text/plain'),
  ];
  const overlay = page.getByText('Thả tệp để nhập', { exact: true });
  const taken = await dropFiles(page, files, async () => {
    await expect(overlay).toBeVisible();
  });
  expect(taken).toEqual({ dragOverTaken: true, dropTaken: true });
  await expect(overlay).toBeHidden();

  const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
  await expect(report).toBeVisible();
  expect(calls).toEqual([['bai-word.docx'], ['hong.docx'], ['seed-article.txt']]);
  await expect(report).toContainText('Đã nhập 2 tệp, 1 tệp không nhập được.');
  await expect(report.getByRole('region', { name: 'bai-word.docx' })).toContainText(wordHeadline);
  await expect(report.getByRole('region', { name: 'seed-article.txt' })).toContainText(seedHeadline);

  const failed = report.getByRole('region', { name: 'hong.docx' });
  await expect(failed).toContainText('Không nhập được: hong.docx');
  await expect(failed).toContainText('Mã lỗi: ');
  await expect(failed).toContainText('Không có tin bài nào được tạo từ tệp này.');
  await expect(failed.getByRole('button', { name: 'Mở bài' })).toHaveCount(0);
  expect(await seriousViolations(page), 'import report').toEqual([]);

  const stored = await newsdesk.call('articles.list', {});
  expect(stored.map((article) => article.headline).sort()).toEqual([seedHeadline, wordHeadline].sort());

  await report.getByRole('button', { name: 'Mở bài' }).first().click();
  await expect(app.headline).toHaveValue(wordHeadline);
  await expect(app.sourcePrefix).toHaveValue('(Thanhuytphcm.vn)');
  await expect(app.body).toContainText('Công viên có sân chơi cho trẻ em');
  const opened = await newsdesk.call('articles.get', { id: stored.find((article) => article.headline === wordHeadline)!.id });
  expect(bodyText(opened.body)).toContain('đường đi bộ và khu tập thể dục');
});

test('a bad file alone, chosen through the hidden input, leaves the list unchanged', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const app = newsdeskPage(page);
  await app.createArticle();
  await page.keyboard.type('Bài đã có');
  await app.expectSaved();
  const before = await newsdesk.call('articles.list', {});

  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-import-e2e-'));
  try {
    const badPath = path.join(folder, 'khong-phai-word.docx');
    await fs.writeFile(badPath, plainTextPretendingToBeWord);
    await page.getByLabel('Chọn tệp để nhập').setInputFiles(badPath);

    const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
    const failed = report.getByRole('region', { name: 'khong-phai-word.docx' });
    await expect(failed).toContainText('Không nhập được: khong-phai-word.docx');
    await expect(report).toContainText('Đã nhập 0 tệp, 1 tệp không nhập được.');
    await report.getByRole('button', { name: 'Đóng' }).click();
    await expect(report).toBeHidden();
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }

  expect(await newsdesk.call('articles.list', {})).toEqual(before);
  await expect(app.articleList.getByRole('listitem')).toHaveCount(1);
  await expect(app.headline).toHaveValue('Bài đã có');
});

test('a zip bomb and a page of 250,000 paragraphs are refused with a clear message each, and create nothing', async ({ page, openApp, newsdesk }) => {
  await openApp();
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-import-e2e-'));
  try {
    const bombPath = path.join(folder, 'bom.docx');
    await fs.writeFile(bombPath, await zipBombDocx());
    const pagePath = path.join(folder, 'doan-van.html');
    await fs.writeFile(pagePath, manyParagraphsHtml(250_000));
    await page.getByLabel('Chọn tệp để nhập').setInputFiles([bombPath, pagePath]);

    const report = page.getByRole('dialog', { name: 'Kết quả nhập' });
    await expect(report).toContainText('Đã nhập 0 tệp, 2 tệp không nhập được.');
    const bomb = report.getByRole('region', { name: 'bom.docx' });
    await expect(bomb).toContainText('tài liệu Word khi giải nén sẽ chiếm 290,0 MB, vượt mức tối đa 100,0 MB');
    await expect(bomb).toContainText('Không có tin bài nào được tạo từ tệp này.');
    const paragraphs = report.getByRole('region', { name: 'doan-van.html' });
    await expect(paragraphs).toContainText('trang có 250.003 thẻ HTML, vượt mức tối đa 50.000');
    await expect(paragraphs).toContainText('Không có tin bài nào được tạo từ tệp này.');
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
  expect(await newsdesk.call('articles.list', {})).toEqual([]);
});
