// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Editor, EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { FigureEditing } from '../../../../renderer/editor/figure-editing-extension';
import { keepNodeViews } from '../../../../renderer/editor/keep-node-views';

let root: Root | undefined;
let host: HTMLElement | undefined;
const editors: Editor[] = [];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  editors.splice(0).forEach((editor) => editor.destroy());
  host?.remove();
  root = undefined;
});

const content = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
    { type: 'figure', attrs: { hash: '', caption: 'Quang cảnh', credit: 'Ảnh: TTXVN' } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn hai.' }] },
  ],
};

/** Renders the editor in EditorContent, as the app does, and unmounts it; the paragraphs' elements before, in the page, and after. */
function mountAndUnmount(keep: boolean) {
  const editor = new Editor({ extensions: [StarterKit.configure({ trailingNode: false }), FigureEditing], content });
  editors.push(editor);
  if (keep) keepNodeViews(editor);
  const before = [...editor.view.dom.children];
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root!.render(<EditorContent editor={editor} />));
  const mounted = [...editor.view.dom.children];
  const figureShown = host.querySelector('figure.figure-node') !== null;
  act(() => root!.unmount());
  root = undefined;
  const after = [...editor.view.dom.children];
  return { before, mounted, after, figureShown };
}

describe('keepNodeViews', () => {
  it('keeps every block element when the editor is taken into the page and let go, figure view included', () => {
    const kept = mountAndUnmount(true);
    expect(kept.figureShown).toBe(true);
    expect(kept.mounted).toEqual(kept.before);
    expect(kept.mounted.every((element, index) => element === kept.before[index])).toBe(true);
    expect(kept.after.every((element, index) => element === kept.before[index])).toBe(true);
    // Without it, TipTap's EditorContent draws every block again both times.
    const redrawn = mountAndUnmount(false);
    expect(redrawn.mounted.some((element, index) => element !== redrawn.before[index])).toBe(true);
  });
});
