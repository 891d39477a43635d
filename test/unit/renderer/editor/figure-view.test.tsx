// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Editor, EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { FigureEditing, isInsideFigureControl } from '../../../../renderer/editor/figure-editing-extension';
import { en } from '../../../../renderer/i18n/en';
import { I18nProvider } from '../../../../renderer/i18n/i18n';
import { vi, type Messages } from '../../../../renderer/i18n/vi';

let editor: Editor | undefined;
let root: Root | undefined;
let host: HTMLElement | undefined;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  editor?.destroy();
  host?.remove();
  editor = undefined;
  root = undefined;
});

/** A real editor with the figure node view, rendered by React as the app renders it. */
async function renderEditor(
  toneStyle: 'old' | 'new' | null = null,
  messages: () => Messages = () => vi,
  more: Array<Record<string, unknown>> = [],
): Promise<Editor> {
  host = document.body.appendChild(document.createElement('div'));
  editor = new Editor({
    extensions: [StarterKit.configure({ trailingNode: false }), FigureEditing.configure({ toneStyle: () => toneStyle, messages })],
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn trước ảnh.' }] },
        { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: '' } },
        ...more,
      ],
    },
  });
  const current = editor;
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <I18nProvider language="vi">
        <EditorContent editor={current} />
      </I18nProvider>,
    );
  });
  // The fields and buttons are drawn when the browser is idle (here: at the next task).
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return current;
}

function field(name: string): HTMLInputElement {
  const label = Array.from(host!.querySelectorAll('label')).find((candidate) => candidate.textContent?.startsWith(name));
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no field ${name}`);
  return input;
}

/** Types into a field as the browser does: the value changes, then an input event. */
async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(input: HTMLInputElement, key: string, modifiers: { ctrlKey?: boolean } = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  await act(async () => {
    input.dispatchEvent(event);
  });
  return event;
}

function figures(target: Editor): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  target.state.doc.forEach((node) => node.type.name === 'figure' && found.push(node.attrs));
  return found;
}

describe('the figure node view', () => {
  it('shows the image and the caption, credit and alt text as text boxes named by the glossary', async () => {
    await renderEditor();
    expect(host!.querySelector('figure img')?.getAttribute('src')).toBe(`newsdesk-media://media/${'a'.repeat(64)}`);
    for (const name of ['Chú thích ảnh', 'Nguồn ảnh', 'Mô tả ảnh']) expect(field(name).type).toBe('text');
    expect(isInsideFigureControl(field('Chú thích ảnh'))).toBe(true);
    expect(isInsideFigureControl(host!.querySelector('figure img'))).toBe(false);
  });

  it('typing in the caption changes the figure attribute and keeps the figure', async () => {
    const target = await renderEditor();
    await typeInto(field('Chú thích ảnh'), 'Q');
    await typeInto(field('Chú thích ảnh'), 'Quang cảnh');
    await typeInto(field('Nguồn ảnh'), 'Hồng Ngọc');
    await typeInto(field('Mô tả ảnh'), 'Hội trường');
    expect(figures(target)).toEqual([expect.objectContaining({ caption: 'Quang cảnh', credit: 'Hồng Ngọc', alt: 'Hội trường' })]);
    expect(target.state.doc.firstChild?.textContent).toBe('Đoạn trước ảnh.');
  });

  it('Ctrl+Z in the caption undoes the caption through the editor, and the figure stays', async () => {
    const target = await renderEditor();
    const caption = field('Chú thích ảnh');
    await typeInto(caption, 'Q');
    await typeInto(caption, 'Qu');
    const undo = await press(caption, 'z', { ctrlKey: true });
    expect(undo.defaultPrevented).toBe(true);
    expect(figures(target)).toEqual([expect.objectContaining({ caption: '' })]);
    expect(field('Chú thích ảnh').value).toBe('');
    await press(field('Chú thích ảnh'), 'y', { ctrlKey: true });
    expect(field('Chú thích ảnh').value).toBe('Qu');
  });

  it('Backspace or Delete in a field never deletes the figure, even while the figure is selected', async () => {
    const target = await renderEditor();
    let position = -1;
    target.state.doc.forEach((node, offset) => node.type.name === 'figure' && (position = offset));
    target.commands.setNodeSelection(position);
    const caption = field('Chú thích ảnh');
    caption.setSelectionRange(0, 0);
    await press(caption, 'Backspace');
    await press(caption, 'Delete');
    expect(figures(target)).toHaveLength(1);
  });

  it('writes completed words of a field in the house tone style', async () => {
    const target = await renderEditor('new');
    await typeInto(field('Chú thích ảnh'), 'Hòa');
    expect(field('Chú thích ảnh').value).toBe('Hòa');
    await typeInto(field('Chú thích ảnh'), 'Hòa ');
    expect(figures(target)).toEqual([expect.objectContaining({ caption: 'Hoà ' })]);
  });

  it('Xóa ảnh deletes the figure on purpose', async () => {
    const target = await renderEditor();
    const button = Array.from(host!.querySelectorAll('button')).find((candidate) => candidate.textContent === 'Xóa ảnh')!;
    await act(async () => button.click());
    expect(figures(target)).toHaveLength(0);
  });

  it('names its fields and buttons in the interface language, and follows a change of language', async () => {
    let messages: Messages = vi;
    const target = await renderEditor(null, () => messages);
    const names = () => Array.from(host!.querySelectorAll('.figure-field-label, .figure-actions button')).map((control) => control.getAttribute('aria-label') ?? control.textContent);
    expect(names()).toEqual(['Chú thích ảnh', 'Nguồn ảnh', 'Mô tả ảnh', 'Ảnh đại diện', 'Thay ảnh', 'Chuyển ảnh lên', 'Chuyển ảnh xuống', 'Xóa ảnh']);
    messages = en;
    await act(async () => target.view.dispatch(target.state.tr));
    expect(names()).toEqual([en.figureCaption, en.figureCredit, en.figureAlt, en.featuredImage, en.replaceImage, en.moveImageUp, en.moveImageDown, en.deleteImage]);
    expect(host!.querySelector('figure')?.getAttribute('aria-label')).toBe(en.figure);
  });

  it('in a read-only editor shows the fields read-only and no buttons, and gets them back when editable', async () => {
    const target = await renderEditor();
    await act(async () => target.setEditable(false, false));
    expect(field('Chú thích ảnh').readOnly).toBe(true);
    expect(host!.querySelectorAll('figure button')).toHaveLength(0);
    await act(async () => target.setEditable(true, false));
    expect(field('Chú thích ảnh').readOnly).toBe(false);
    expect(host!.querySelectorAll('figure button')).toHaveLength(5);
  });

  it('marks the featured figure (the chosen one, else the first), and a selected figure', async () => {
    const target = await renderEditor(null, () => vi, [{ type: 'figure', attrs: { hash: '', caption: 'Thứ hai' } }]);
    const frames = () => Array.from(host!.querySelectorAll('figure'));
    const pressed = () => frames().map((frame) => Array.from(frame.querySelectorAll('button')).find((button) => button.textContent === 'Ảnh đại diện')!.getAttribute('aria-pressed'));
    expect(pressed()).toEqual(['true', 'false']);
    expect(frames()[0]!.classList.contains('is-featured')).toBe(true);
    expect(frames()[0]!.querySelector('.figure-featured-badge')?.getAttribute('aria-hidden')).toBe('true');
    expect(frames()[1]!.getAttribute('aria-label')).toBe('Ảnh: Thứ hai');
    expect(frames()[1]!.querySelector('[data-missing-image]')?.getAttribute('role')).toBe('note');
    const positions: number[] = [];
    target.state.doc.forEach((node, offset) => node.type.name === 'figure' && positions.push(offset));
    await act(async () => target.commands.setFeaturedFigure(positions[1]!));
    expect(pressed()).toEqual(['false', 'true']);
    expect(frames()[0]!.querySelector('.figure-featured-badge')).toBeNull();
    await act(async () => target.commands.setNodeSelection(positions[0]!));
    expect(frames().map((frame) => frame.classList.contains('is-selected'))).toEqual([true, false]);
    await act(async () => target.commands.setNodeSelection(positions[1]!));
    expect(frames().map((frame) => frame.classList.contains('is-selected'))).toEqual([false, true]);
  });

  it('draws the caption as text at once, and its fields as soon as the figure is selected or pointed at', async () => {
    host = document.body.appendChild(document.createElement('div'));
    const target = new Editor({
      element: host,
      extensions: [StarterKit.configure({ trailingNode: false }), FigureEditing],
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn trước ảnh.' }] },
          { type: 'figure', attrs: { hash: 'a'.repeat(64) } },
          { type: 'figure', attrs: { hash: '', caption: 'Thứ hai', credit: 'Quốc Huy' } },
        ],
      },
    });
    editor = target;
    const frames = () => Array.from(host!.querySelectorAll('figure'));
    expect(frames().map((frame) => frame.querySelectorAll('input').length)).toEqual([0, 0]);
    expect(frames()[1]!.querySelector('figcaption')?.textContent).toBe('Thứ hai · Quốc Huy');
    let second = -1;
    target.state.doc.forEach((node, offset) => node.type.name === 'figure' && (second = offset));
    target.commands.setNodeSelection(second);
    expect(frames().map((frame) => frame.querySelectorAll('input').length)).toEqual([0, 4]);
    expect((frames()[1]!.querySelector('input') as HTMLInputElement).value).toBe('Thứ hai');
    frames()[0]!.closest('.node-figure')!.dispatchEvent(new Event('pointerenter'));
    expect(frames().map((frame) => frame.querySelectorAll('input').length)).toEqual([4, 4]);
  });
});
