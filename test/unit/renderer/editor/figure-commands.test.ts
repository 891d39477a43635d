// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { NodeSelection } from '@tiptap/pm/state';
import { Slice } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { FigureEditing } from '../../../../renderer/editor/figure-editing-extension';

let editor: Editor | undefined;
const hash = (letter: string) => letter.repeat(64);

function createEditor(uploadImage?: (file: File) => Promise<string | null>): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit.configure({ trailingNode: false }), uploadImage ? FigureEditing.configure({ uploadImage }) : FigureEditing],
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'one' }] },
        { type: 'figure', attrs: { hash: hash('a'), caption: 'A' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'two' }] },
        { type: 'figure', attrs: { hash: hash('b'), caption: 'B' } },
      ],
    },
  });
  return editor;
}

/** The top-level blocks: a paragraph's text, or "figure:<caption>". */
function blocks(target: Editor): string[] {
  const names: string[] = [];
  target.state.doc.forEach((node) => names.push(node.type.name === 'figure' ? `figure:${String(node.attrs.caption)}` : node.textContent));
  return names;
}

function figurePosition(target: Editor, caption: string): number {
  let found = -1;
  target.state.doc.forEach((node, offset) => {
    if (node.type.name === 'figure' && node.attrs.caption === caption) found = offset;
  });
  return found;
}

/** Ends the current undo step, as a pause in typing does. */
function newUndoStep(target: Editor): void {
  target.view.dispatch(closeHistory(target.state.tr));
}

function press(target: Editor, key: string, modifiers: { altKey?: boolean } = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  return target.view.someProp('handleKeyDown', (handle) => handle(target.view, event)) ?? false;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe('figure commands', () => {
  it('moves the selected figure up and down with Alt+Arrow, and it stays selected', () => {
    const target = createEditor();
    target.commands.setNodeSelection(figurePosition(target, 'A'));
    expect(press(target, 'ArrowDown', { altKey: true })).toBe(true);
    expect(blocks(target)).toEqual(['one', 'two', 'figure:A', 'figure:B']);
    expect(target.state.selection).toBeInstanceOf(NodeSelection);
    expect((target.state.selection as NodeSelection).node.attrs.caption).toBe('A');
    newUndoStep(target);
    expect(press(target, 'ArrowUp', { altKey: true })).toBe(true);
    expect(press(target, 'ArrowUp', { altKey: true })).toBe(true);
    expect(blocks(target)).toEqual(['figure:A', 'one', 'two', 'figure:B']);
    expect(target.commands.moveFigure('up')).toBe(false);
    target.commands.undo();
    expect(blocks(target)).toEqual(['one', 'two', 'figure:A', 'figure:B']);
  });

  it('does not move anything when no figure is selected', () => {
    const target = createEditor();
    target.commands.setTextSelection(2);
    expect(target.commands.moveFigure('down')).toBe(false);
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:B']);
  });

  it('deletes a figure on purpose: Delete when the figure itself is selected, or deleteFigure', () => {
    const target = createEditor();
    // Backspace at the start of the next paragraph selects the figure; only a second one deletes it.
    target.commands.setTextSelection(figurePosition(target, 'A') + 2);
    press(target, 'Backspace');
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:B']);
    expect((target.state.selection as NodeSelection).node?.attrs.caption).toBe('A');
    expect(press(target, 'Backspace')).toBe(true);
    expect(blocks(target)).toEqual(['one', 'two', 'figure:B']);
    target.commands.undo();
    target.commands.setTextSelection(figurePosition(target, 'A') - 1);
    press(target, 'Delete');
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:B']);
    expect((target.state.selection as NodeSelection).node?.attrs.caption).toBe('A');
    target.commands.setNodeSelection(figurePosition(target, 'A'));
    expect(press(target, 'Delete')).toBe(true);
    expect(blocks(target)).toEqual(['one', 'two', 'figure:B']);
    expect(target.commands.deleteFigure(figurePosition(target, 'B'))).toBe(true);
    expect(blocks(target)).toEqual(['one', 'two']);
    expect(target.commands.deleteFigure(1)).toBe(false);
  });

  it('updates the attributes of one figure, undoably, quick changes in one undo step', () => {
    const target = createEditor();
    for (const caption of ['H', 'Hộ', 'Hội']) target.commands.updateFigure(figurePosition(target, caption.slice(0, -1) || 'A'), { caption });
    expect(blocks(target)).toEqual(['one', 'figure:Hội', 'two', 'figure:B']);
    target.commands.undo();
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:B']);
    target.commands.updateFigure(figurePosition(target, 'A'), { caption: 'Hội nghị', credit: 'Minh Châu', alt: 'Hội trường' });
    const figure = target.state.doc.nodeAt(figurePosition(target, 'Hội nghị'))!;
    expect(figure.attrs).toMatchObject({ hash: hash('a'), caption: 'Hội nghị', credit: 'Minh Châu', alt: 'Hội trường' });
    target.commands.undo();
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:B']);
  });

  it('makes one figure featured and clears the others in the same transaction', () => {
    const target = createEditor();
    let transactions = 0;
    target.on('transaction', () => (transactions += 1));
    target.commands.setFeaturedFigure(figurePosition(target, 'A'));
    newUndoStep(target);
    target.commands.setFeaturedFigure(figurePosition(target, 'B'));
    const featured = () => {
      const values: boolean[] = [];
      target.state.doc.forEach((node) => node.type.name === 'figure' && values.push(node.attrs.featured as boolean));
      return values;
    };
    expect(featured()).toEqual([false, true]);
    expect(transactions).toBe(3);
    target.commands.undo();
    expect(featured()).toEqual([true, false]);
    target.commands.setFeaturedFigure(figurePosition(target, 'A'), false);
    expect(featured()).toEqual([false, false]);
  });
});

describe('images pasted into the body', () => {
  const paste = (target: Editor, files: File[]) => {
    const event = { clipboardData: { files, getData: () => '' }, preventDefault: () => undefined } as unknown as ClipboardEvent;
    return target.view.someProp('handlePaste', (handle) => handle(target.view, event, Slice.empty)) ?? false;
  };

  it('stores a pasted image and inserts a figure with its hash at the selection', async () => {
    const uploaded: string[] = [];
    const target = createEditor((file) => {
      uploaded.push(file.name);
      return Promise.resolve(hash('c'));
    });
    target.commands.setTextSelection(figurePosition(target, 'A') + 5); // the end of "two"
    expect(paste(target, [new File([new Uint8Array([1])], 'dan.png', { type: 'image/png' })])).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(uploaded).toEqual(['dan.png']);
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:', 'figure:B']);
    expect(target.state.doc.child(3).attrs.hash).toBe(hash('c'));
  });

  it('leaves other pasted files, and refused images, to the editor as they were', async () => {
    const target = createEditor(() => Promise.resolve(null));
    expect(paste(target, [new File(['x'], 'ghi-chu.txt', { type: 'text/plain' })])).toBe(false);
    expect(paste(target, [new File([new Uint8Array([1])], 'hong.png', { type: 'image/png' })])).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(blocks(target)).toEqual(['one', 'figure:A', 'two', 'figure:B']);
  });
});
