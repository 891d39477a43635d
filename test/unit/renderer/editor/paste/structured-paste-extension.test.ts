// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../../shared/model/document';
import { articleExtensions } from '../../../../../shared/schema/article-extensions';
import { withoutStyleAttributes } from '../../../../../renderer/editor/paste/clean-pasted-html';
import { pasteWarnings, StructuredPaste } from '../../../../../renderer/editor/paste/structured-paste-extension';

// Under jsdom, import.meta.url is relative to the project root: read from the root (vitest's working folder).
const fixture = (name: string) => readFileSync(resolve('test/fixtures/paste', name), 'utf8');
const storedHash = 'a'.repeat(64);
const unknownHash = 'b'.repeat(64);

let editor: Editor | undefined;
let uploaded: File[] = [];

afterEach(() => {
  editor?.destroy();
  editor = undefined;
  uploaded = [];
});

function createEditor(uploadResult: string | null = storedHash): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...articleExtensions(),
      StructuredPaste.configure({
        uploadImage: (file) => {
          uploaded.push(file);
          return Promise.resolve(uploadResult);
        },
        mediaExists: (hash) => Promise.resolve(hash === storedHash),
      }),
    ],
    content: '<p></p>',
  });
  return editor;
}

/** Pastes through ProseMirror's own paste handler, as a browser's paste event would. */
function paste(target: Editor, data: { html?: string; text?: string; files?: File[] }): void {
  const values: Record<string, string> = { 'text/html': data.html ?? '', 'text/plain': data.text ?? '' };
  const clipboardData = {
    types: Object.keys(values).filter((type) => values[type] !== ''),
    files: data.files ?? [],
    getData: (type: string) => values[type] ?? '',
  };
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  target.view.dom.dispatchEvent(event);
}

/** Lets the uploads and hash checks that follow a paste finish. */
async function settled(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

type Shape = string | { [type: string]: Shape[] };

/** The body as a readable tree: text with its marks as "text[bold,italic]", links as "text→href". */
function shape(node: DocNode): Shape {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).filter((mark) => mark.type !== 'link').map((mark) => mark.type);
    const link = (node.marks ?? []).find((mark) => mark.type === 'link');
    return `${node.text}${marks.length ? `[${marks.join(',')}]` : ''}${link ? `→${String(link.attrs?.href)}` : ''}`;
  }
  const name = node.type === 'heading' ? `h${String(node.attrs?.level)}` : node.type === 'figure' ? `figure(${String(node.attrs?.hash).slice(0, 4)}|${String(node.attrs?.alt)})` : node.type;
  return { [name]: (node.content ?? []).map(shape) };
}

/** The body's shape, without the empty paragraph the cursor was in (it stays after pasted blocks). */
function bodyShape(target: Editor): Shape[] {
  const blocks = (target.getJSON().content ?? []) as DocNode[];
  const last = blocks[blocks.length - 1];
  if (last?.type === 'paragraph' && !last.content) blocks.pop();
  return blocks.map(shape);
}

function allLinkMarks(target: Editor): Array<Record<string, unknown>> {
  const marks: Array<Record<string, unknown>> = [];
  target.state.doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'link') marks.push(mark.attrs);
  });
  return marks;
}

const cell = (type: string, text: string) => ({ [type]: [{ paragraph: [text] }] });

describe('structured paste', () => {
  it('keeps the structure of a Word paste and drops its styles, classes and Office markup', async () => {
    const target = createEditor();
    paste(target, { html: fixture('word.html'), text: 'Thành phố triển khai chương trình chuyển đổi số' });
    await settled();
    expect(bodyShape(target)).toEqual([
      { h2: ['Thành phố triển khai chương trình chuyển đổi số'] },
      {
        paragraph: [
          'Sáng 2-12, ',
          'Ủy ban nhân dân Thành phố[bold]',
          ' tổ chức hội nghị triển khai chương trình ',
          'chuyển đổi số[italic]',
          ' giai đoạn 2026-2030. Chi tiết xem tại ',
          'cổng thông tin→https://thanhuytphcm.vn/tin-tuc/chuyen-doi-so',
          ' hoặc gửi thư tới ',
          'tòa soạn→mailto:toasoan@thanhuytphcm.vn',
          '.',
        ],
      },
      { h3: ['Ba nhiệm vụ trọng tâm'] },
      {
        bulletList: [
          { listItem: [{ paragraph: ['Hạ tầng số cho các phường'] }, { bulletList: [{ listItem: [{ paragraph: ['Cáp quang đến từng khu phố'] }] }, { listItem: [{ paragraph: ['Điểm truy cập công cộng'] }] }] }] },
          { listItem: [{ paragraph: ['Dữ liệu dùng chung'] }] },
        ],
      },
      { paragraph: ['Các bước thực hiện:'] },
      { orderedList: [{ listItem: [{ paragraph: ['Khảo sát hiện trạng'] }] }, { listItem: [{ paragraph: ['Đào tạo cán bộ'] }] }] },
      {
        table: [
          { tableRow: [{ tableCell: [{ paragraph: ['Quận[bold]'] }] }, { tableCell: [{ paragraph: ['Số điểm truy cập[bold]'] }] }] },
          { tableRow: [cell('tableCell', 'Quận 1'), cell('tableCell', '120')] },
        ],
      },
      { 'figure(|Quang cảnh hội nghị)': [] },
      { paragraph: ['Theo kế hoạch, chương trình hoàn thành trong năm 2030.'] },
    ]);
    // The image's bytes were in a file: address Word left behind: an empty figure and a warning.
    expect(pasteWarnings(target.state)).toEqual({ missingImages: 1, failedImages: 0, droppedFigures: 0 });
    expect(uploaded).toHaveLength(0);
    // Link attributes come from the schema, never from the paste (Word's target, rel and class).
    expect(allLinkMarks(target).map((attrs) => [attrs.target, attrs.rel, attrs.class])).toEqual([
      [null, 'noopener noreferrer nofollow', null],
      [null, 'noopener noreferrer nofollow', null],
    ]);
    expect(target.view.dom.querySelector('[style], [class*="Mso"], font')).toBeNull();
    expect(target.view.dom.innerHTML).not.toMatch(/mso-|o:p|<!--/u);
  });

  it('keeps the structure of a LibreOffice paste, stores its embedded image and refuses a script link', async () => {
    const target = createEditor();
    paste(target, { html: fixture('libreoffice.html') });
    await settled();
    expect(bodyShape(target)).toEqual([
      { h2: ['Hội nghị Ban Chấp hành Đảng bộ Quận 3'] },
      {
        paragraph: [
          'Chiều 2-12, Quận ủy Quận 3 tổ chức hội nghị ',
          'lần thứ 15[bold]',
          ' nhằm đánh giá ',
          'kết quả[italic]',
          ' năm 2026. Báo cáo đầy đủ ở ',
          'trang của quận→https://quan3.hochiminhcity.gov.vn/bao-cao',
          '; tài liệu nội bộ không được mở.',
        ],
      },
      { h3: ['Kết quả nổi bật'] },
      {
        bulletList: [
          { listItem: [{ paragraph: ['Thu ngân sách vượt dự toán'] }, { bulletList: [{ listItem: [{ paragraph: ['Thuế tăng 12%'] }] }] }] },
          { listItem: [{ paragraph: ['Giải ngân đầu tư công đạt 95%'] }] },
        ],
      },
      { orderedList: [{ listItem: [{ paragraph: ['Hoàn thành chỉnh trang đô thị'] }] }, { listItem: [{ paragraph: ['Cải cách hành chính'] }] }] },
      {
        table: [
          { tableRow: [cell('tableHeader', 'Chỉ tiêu'), cell('tableHeader', 'Kết quả')] },
          { tableRow: [cell('tableCell', 'Thu ngân sách'), cell('tableCell', '112%')] },
        ],
      },
      { 'figure(aaaa|Toàn cảnh hội nghị)': [] },
      { paragraph: ['Hội nghị kết thúc cùng ngày.[italic]'] },
    ]);
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]!.type).toBe('image/png');
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(uploaded[0]!);
    });
    expect(new TextDecoder().decode(new Uint8Array(bytes).slice(1, 4))).toBe('PNG');
    expect(pasteWarnings(target.state)).toBeNull();
    expect(target.view.dom.querySelector('[style], font, [class="western"]')).toBeNull();
  });

  it('keeps the structure of a Google Docs paste: bold by weight, not the normal-weight wrapper', async () => {
    const target = createEditor();
    paste(target, { html: fixture('google-docs.html') });
    await settled();
    expect(bodyShape(target)).toEqual([
      { h2: ['Lễ hội Văn hóa ẩm thực'] },
      {
        paragraph: [
          'Lễ hội diễn ra từ ngày 5 đến 8-12 tại ',
          'Công viên 23 tháng 9[bold]',
          ' với hơn 200 gian hàng[italic]',
          '. Xem ',
          'chương trình→https://lehoi.vn/chuong-trinh',
          '.',
        ],
      },
      { h3: ['Điểm nhấn'] },
      {
        bulletList: [
          { listItem: [{ paragraph: ['Món ăn ba miền'] }, { bulletList: [{ listItem: [{ paragraph: ['Phở Hà Nội'] }] }] }] },
          { listItem: [{ paragraph: ['Biểu diễn nghệ thuật'] }] },
        ],
      },
      {
        table: [
          { tableRow: [{ tableCell: [{ paragraph: ['Ngày[bold]'] }] }, { tableCell: [{ paragraph: ['Hoạt động[bold]'] }] }] },
          { tableRow: [cell('tableCell', '5-12'), cell('tableCell', 'Khai mạc')] },
        ],
      },
      { 'figure(|)': [] },
    ]);
    expect(pasteWarnings(target.state)).toEqual({ missingImages: 1, failedImages: 0, droppedFigures: 0 });
  });

  it('stores an image given as a clipboard file beside the HTML, in its place', async () => {
    const target = createEditor();
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'image.png', { type: 'image/png' });
    paste(target, { html: '<p>Trước ảnh</p><img src="file:///C:/clip_image001.png" alt="Ảnh"><p>Sau ảnh</p>', files: [file] });
    await settled();
    expect(uploaded).toEqual([file]);
    expect(bodyShape(target)).toEqual([{ paragraph: ['Trước ảnh'] }, { 'figure(aaaa|Ảnh)': [] }, { paragraph: ['Sau ảnh'] }]);
  });

  it('leaves an empty figure and a warning when a pasted image cannot be stored', async () => {
    const target = createEditor(null);
    paste(target, { html: fixture('libreoffice.html') });
    await settled();
    expect(uploaded).toHaveLength(1);
    expect(bodyShape(target)).toContainEqual({ 'figure(|Toàn cảnh hội nghị)': [] });
    expect(pasteWarnings(target.state)).toEqual({ missingImages: 0, failedImages: 1, droppedFigures: 0 });
    target.commands.dismissPasteWarnings();
    expect(pasteWarnings(target.state)).toBeNull();
  });

  it('drops pasted figures whose media hash is malformed or unknown, with a warning, and keeps the known ones', async () => {
    const target = createEditor();
    const figure = (hash: string, caption: string) =>
      `<figure data-media-hash="${hash}"><img src="x" alt="${caption}"><figcaption><span data-caption="">${caption}</span></figcaption></figure>`;
    paste(target, {
      html: `<p data-pm-slice="0 0 []">Bài khác</p>${figure(storedHash, 'Có')}${figure('../etc/passwd', 'Hỏng')}${figure(unknownHash, 'Lạ')}${figure('', 'Chỉ chú thích')}`,
    });
    await settled();
    expect(bodyShape(target)).toEqual([{ paragraph: ['Bài khác'] }, { 'figure(aaaa|Có)': [] }, { 'figure(|Chỉ chú thích)': [] }]);
    expect(target.getJSON().content?.[2]?.attrs?.caption).toBe('Chỉ chú thích');
    expect(pasteWarnings(target.state)).toEqual({ missingImages: 0, failedImages: 0, droppedFigures: 2 });
  });

  it('keeps a pasted heading whole after the text at the cursor, splitting the paragraph there', () => {
    const target = createEditor();
    target.commands.setContent('<p>Mở đầu. Kết thúc.</p>');
    target.commands.setTextSelection(9);
    paste(target, { html: '<h1>Tiêu đề</h1><p>Đoạn dán</p>' });
    expect(bodyShape(target)).toEqual([{ paragraph: ['Mở đầu. '] }, { h2: ['Tiêu đề'] }, { paragraph: ['Đoạn dánKết thúc.'] }]);
  });

  it('keeps the heading levels of a slice copied from the editor itself', () => {
    const target = createEditor();
    paste(target, { html: '<h2 data-pm-slice="1 1 []">Tiêu đề phụ</h2><h3>Mục nhỏ</h3>' });
    expect(bodyShape(target)).toEqual([{ h2: ['Tiêu đề phụ'] }, { h3: ['Mục nhỏ'] }]);
  });

  it('pastes plain text with Ctrl+Shift+V', () => {
    const target = createEditor();
    target.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', keyCode: 16, shiftKey: true, bubbles: true }));
    paste(target, { html: '<h1>Tiêu đề</h1><p><b>đậm</b></p>', text: 'Tiêu đề\n\nđậm' });
    target.view.dom.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', keyCode: 16, bubbles: true }));
    expect(bodyShape(target)).toEqual([{ paragraph: ['Tiêu đề'] }, { paragraph: ['đậm'] }]);
  });

  it('renames every style attribute before the browser parses the paste (a parsed style is a CSP violation)', () => {
    for (const name of ['word.html', 'libreoffice.html', 'google-docs.html']) {
      const renamed = withoutStyleAttributes(fixture(name));
      const parsed = new DOMParser().parseFromString(renamed, 'text/html');
      expect(parsed.querySelectorAll('[style], style'), name).toHaveLength(0);
      expect(parsed.querySelectorAll('[data-pasted-style]').length, name).toBeGreaterThan(5);
    }
    expect(withoutStyleAttributes('<p title="a > b" style="color:red">style="x" in text</p>')).toBe('<p title="a > b" data-pasted-style="color:red">style="x" in text</p>');
  });
});
