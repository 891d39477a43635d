// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { getSchema } from '@tiptap/core';
import {
  hasUnreadTypedText,
  readTypedText,
  rebaseTransaction,
  typedTextReadTimeoutMilliseconds,
  TypedTextAfterPaint,
} from '../../../../renderer/editor/typed-text-after-paint';

let editor: Editor | undefined;

// jsdom does no layout: ProseMirror scrolls the caret into view after reading typed text, so ranges get empty boxes here.
const emptyRect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
Range.prototype.getClientRects ??= function getClientRects() {
  return Object.assign([], { item: () => null }) as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect ??= function getBoundingClientRect() {
  return emptyRect as DOMRect;
};

afterEach(() => {
  editor?.destroy();
  editor = undefined;
  document.body.replaceChildren();
});

function createEditor(html = '<p>Xin chào</p><p>Hà Nội</p>'): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: [StarterKit, TypedTextAfterPaint], content: html });
  editor.view.dom.focus();
  // The caret at the end of the first paragraph.
  editor.view.dispatch(editor.view.state.tr.setSelection(TextSelection.create(editor.view.state.doc, 9)));
  return editor;
}

/** The first paragraph's text node in the page. */
function firstTextNode(target: Editor): Text {
  return target.view.dom.querySelector('p')!.firstChild as Text;
}

/** What the browser does for a typed letter: beforeinput, then the letter in the text node and the caret after it. */
async function typeAsBrowser(target: Editor, letter: string, inputType = 'insertText'): Promise<void> {
  const event = new InputEvent('beforeinput', { inputType, data: letter, bubbles: true, cancelable: true });
  target.view.dom.dispatchEvent(event);
  const text = firstTextNode(target);
  text.data += letter;
  document.getSelection()!.collapse(text, text.data.length);
  await Promise.resolve();
  await Promise.resolve();
}

/** The view's document text, read without reading the typed text first (as ProseMirror's own code does). */
function viewText(target: Editor): string {
  return target.view.state.doc.textBetween(0, target.view.state.doc.content.size, '|');
}

describe('TypedTextAfterPaint', () => {
  it('leaves a typed letter in the page and reads it into the document once the frame is painted', async () => {
    const target = createEditor();
    await typeAsBrowser(target, 'x');
    expect(hasUnreadTypedText(target.view)).toBe(true);
    expect(viewText(target)).toBe('Xin chào|Hà Nội');
    await new Promise((resolve) => setTimeout(resolve, typedTextReadTimeoutMilliseconds + 20));
    expect(hasUnreadTypedText(target.view)).toBe(false);
    expect(viewText(target)).toBe('Xin chàox|Hà Nội');
    expect(target.view.state.selection.from).toBe(10);
  });

  it('reads the typed letter first when the editor state is read (commands, saves)', async () => {
    const target = createEditor();
    await typeAsBrowser(target, 'x');
    expect(target.state.doc.textContent).toBe('Xin chàoxHà Nội');
    expect(hasUnreadTypedText(target.view)).toBe(false);
    expect(JSON.stringify(target.getJSON())).toContain('"text":"Xin chàox"');
  });

  it('reads the typed letter first on any key or pointer input in the page', async () => {
    const target = createEditor();
    await typeAsBrowser(target, 'x');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
    expect(viewText(target)).toBe('Xin chàox|Hà Nội');
    await typeAsBrowser(target, 'y');
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(viewText(target)).toBe('Xin chàoxy|Hà Nội');
  });

  it('rebases a transaction made from the view state meanwhile, so that the letter is never lost', async () => {
    const target = createEditor();
    await typeAsBrowser(target, 'x');
    const stale = target.view.state;
    // A plugin's timer: a selection and a meta only.
    target.view.dispatch(stale.tr.setSelection(TextSelection.create(stale.doc, 1)).setMeta('probe', 7));
    expect(viewText(target)).toBe('Xin chàox|Hà Nội');
    expect(target.view.state.selection.from).toBe(1);
    expect(target.view.dom.querySelector('p')!.textContent).toBe('Xin chàox');

    await typeAsBrowser(target, 'z');
    const before = target.view.state;
    // A change made from the state without the letter, at both ends of the document.
    target.view.dispatch(before.tr.insertText('A', 1).insertText('B', before.doc.content.size + 1 - 1));
    expect(viewText(target)).toBe('AXin chàoxz|Hà NộiB');
  });

  it('reads at once what is not a plain letter at a caret: pasting, composing, a selection', async () => {
    const target = createEditor();
    await typeAsBrowser(target, 'x', 'insertFromPaste');
    expect(hasUnreadTypedText(target.view)).toBe(false);
    expect(viewText(target)).toBe('Xin chàox|Hà Nội');

    target.view.dispatch(target.view.state.tr.setSelection(TextSelection.create(target.view.state.doc, 1, 4)));
    target.view.dom.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'q', bubbles: true, cancelable: true }));
    expect(hasUnreadTypedText(target.view)).toBe(false);
  });

  it('reads what waits when the editor is destroyed, and readTypedText is a no-op without anything waiting', async () => {
    const target = createEditor();
    expect(readTypedText(target.view)).toBeNull();
    await typeAsBrowser(target, 'x');
    let savedText = '';
    target.on('update', () => (savedText = target.view.state.doc.textContent));
    target.destroy();
    expect(savedText).toBe('Xin chàoxHà Nội');
    editor = undefined;
  });
});

describe('rebaseTransaction', () => {
  const schema = getSchema([StarterKit]);
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('abc')])]);

  it('maps steps, selection and metas over a change made since', () => {
    const old = EditorState.create({ schema, doc });
    // Made on the old document: X at the end, the caret after it.
    const made = old.tr.insertText('X', 4).setMeta('kept', 'yes');
    made.setSelection(TextSelection.create(made.doc, 5));
    // Meanwhile Z went in after "a".
    const change = old.tr.insertText('Z', 2);
    const now = old.apply(change);
    const mapping = new Mapping();
    mapping.appendMapping(change.mapping);
    const rebased = rebaseTransaction(made, now, mapping);
    const result = now.apply(rebased);
    expect(result.doc.textContent).toBe('aZbcX');
    expect(result.selection.from).toBe(6);
    expect(rebased.getMeta('kept')).toBe('yes');
  });

  it('keeps several steps in order, each mapped over the ones before it', () => {
    const old = EditorState.create({ schema, doc });
    const made = old.tr.insertText('1', 1).insertText('2', 5).delete(2, 3);
    const change = old.tr.insertText('Z', 3);
    const now = old.apply(change);
    const mapping = new Mapping();
    mapping.appendMapping(change.mapping);
    const result = now.apply(rebaseTransaction(made, now, mapping));
    // made alone: "1abc2" then delete "a" → "1bc2"; with Z after "ab": "1bZc2".
    expect(old.apply(made).doc.textContent).toBe('1bc2');
    expect(result.doc.textContent).toBe('1bZc2');
  });
});

describe('TypedTextAfterPaint when the plugins change', () => {
  it('guards the view once, and still reads typed text after the plugin views are made again', async () => {
    const target = createEditor();
    const guarded = target.view.dispatch;
    target.view.updateState(target.view.state.reconfigure({ plugins: [...target.view.state.plugins] }));
    expect(target.view.dispatch).not.toBe(guarded);
    await typeAsBrowser(target, 'x');
    expect(hasUnreadTypedText(target.view)).toBe(true);
    const stale = target.view.state;
    target.view.dispatch(stale.tr.setMeta('probe', 1));
    expect(viewText(target)).toBe('Xin chàox|Hà Nội');
  });
});
