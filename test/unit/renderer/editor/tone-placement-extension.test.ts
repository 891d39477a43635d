// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { ToneStyle } from '../../../../shared/model/settings';
import { Figure } from '../../../../shared/schema/figure';
import { LegacyPaste } from '../../../../renderer/editor/legacy-paste/legacy-paste-extension';
import { pendingLegacyPaste } from '../../../../renderer/editor/legacy-paste/legacy-paste-state';
import { TonePlacement } from '../../../../renderer/editor/tone-placement-extension';
import { encodeTcvn3 } from '../../shared/text/legacy/legacy-test-encoders';

let editor: Editor | undefined;
let style: ToneStyle = 'old';

function createEditor(content = '<p></p>'): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit, Figure, LegacyPaste, TonePlacement.configure({ style: () => style })],
    content,
  });
  editor.commands.focus('end');
  return editor;
}

/** Types `text` one character at a time, as ProseMirror handles a key press (input rules first). */
function type(target: Editor, text: string): void {
  const { view } = target;
  for (const character of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(character, from, to);
    if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, character, insert))) view.dispatch(insert());
  }
}

function paragraphs(target: Editor): string[] {
  const texts: string[] = [];
  target.state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
  style = 'old';
});

describe('TonePlacement', () => {
  it('rewrites a word in the house style when a space completes it, and not before', () => {
    const target = createEditor();
    type(target, 'Tổ hoà');
    expect(paragraphs(target)).toEqual(['Tổ hoà']);
    type(target, ' ');
    expect(paragraphs(target)).toEqual(['Tổ hòa ']);

    style = 'new';
    type(target, 'giải thủy lợi, Quận ủy.');
    expect(paragraphs(target)).toEqual(['Tổ hòa giải thuỷ lợi, Quận uỷ.']);
  });

  it('keeps the cursor after the typed character, also in the middle of a paragraph', () => {
    const target = createEditor('<p>Thành uỷ Quận 3</p>');
    target.commands.setTextSelection(1 + 'Thành uỷ'.length);
    type(target, ',');
    expect(paragraphs(target)).toEqual(['Thành ủy, Quận 3']);
    expect(target.state.selection.from).toBe(1 + 'Thành ủy,'.length);
    type(target, ' nay');
    expect(paragraphs(target)).toEqual(['Thành ủy, nay Quận 3']);
  });

  it('completes a word with Enter and with a hard break', () => {
    const target = createEditor();
    type(target, 'Khoẻ');
    target.commands.enter();
    type(target, 'Thuỷ');
    target.commands.setHardBreak();
    expect(paragraphs(target)).toEqual(['Khỏe', 'Thủy']);
    expect(target.getHTML()).toBe('<p>Khỏe</p><p>Thủy<br></p>');
  });

  it('keeps the marks of each letter', () => {
    const target = createEditor('<p><strong>h</strong>o<em>à</em></p>');
    type(target, ' ');
    expect(target.getHTML()).toBe('<p><strong>h</strong>ò<em>a </em></p>');
  });

  it('leaves closed syllables, qu- and gi- syllables and other words alone', () => {
    style = 'new';
    const target = createEditor();
    type(target, 'hoàng toán quý giá của hòabình ');
    expect(paragraphs(target)).toEqual(['hoàng toán quý giá của hòabình ']);
  });

  it('puts the rewrite in the undo step of the typing', () => {
    const target = createEditor('<p>Trước.</p>');
    type(target, ' hoà ');
    expect(paragraphs(target)).toEqual(['Trước. hòa ']);
    target.commands.undo();
    expect(paragraphs(target)).toEqual(['Trước.']);
    target.commands.redo();
    expect(paragraphs(target)).toEqual(['Trước. hòa ']);
  });

  it('does not rewrite what undo brings back', () => {
    const target = createEditor('<p>Quận uỷ họp</p>');
    target.commands.setTextSelection({ from: 1 + 'Quận uỷ'.length, to: 1 + 'Quận uỷ họp'.length });
    target.commands.deleteSelection();
    expect(paragraphs(target)).toEqual(['Quận uỷ']);
    target.commands.undo();
    expect(paragraphs(target)).toEqual(['Quận uỷ họp']);
  });

  it('rewrites pasted text, across marks, in the paste itself', () => {
    const target = createEditor('<p>Trước:</p>');
    target.view.pasteText('Quận uỷ và Thành uỷ', new Event('paste') as ClipboardEvent);
    expect(paragraphs(target)).toEqual(['Trước:Quận ủy và Thành ủy']);
    target.commands.undo();
    expect(paragraphs(target)).toEqual(['Trước:']);

    target.view.pasteHTML('<p><strong>Ho</strong>à bình, <em>khoẻ</em> mạnh</p>', new Event('paste') as ClipboardEvent);
    expect(target.getHTML()).toBe('<p>Trước:<strong>Hò</strong>a bình, <em>khỏe</em> mạnh</p>');
  });

  it('rewrites the caption, credit and alt text of a pasted figure', () => {
    style = 'new';
    const target = createEditor();
    target.view.pasteHTML(
      '<figure data-media-hash=""><img alt="Ủy ban"><figcaption><span data-caption>Đội thủy lợi</span><span data-credit>Thủy Tiên</span></figcaption></figure>',
      new Event('paste') as ClipboardEvent,
    );
    const figure = target.state.doc.firstChild!.type.name === 'figure' ? target.state.doc.firstChild! : target.state.doc.child(1);
    expect(figure.attrs).toMatchObject({ caption: 'Đội thuỷ lợi', credit: 'Thuỷ Tiên', alt: 'Uỷ ban' });
  });

  it('leaves a legacy-encoded paste to the legacy paste bar', () => {
    const target = createEditor();
    const legacy = encodeTcvn3('Quận ủy hòa giải');
    target.view.pasteText(legacy, new Event('paste') as ClipboardEvent);
    expect(paragraphs(target)).toEqual([legacy]);
    expect(pendingLegacyPaste(target.state)?.encoding).toBe('tcvn3');
  });

  it('follows a change of style at once', () => {
    const target = createEditor();
    type(target, 'hoà ');
    style = 'new';
    type(target, 'hòa ');
    expect(paragraphs(target)).toEqual(['hòa hoà ']);
  });

  it('composes a decomposed word and keeps the cursor after it', () => {
    const target = createEditor();
    type(target, 'hoa\u0300 x');
    expect(paragraphs(target)).toEqual(['hòa x']);
    expect(target.state.selection.from).toBe(1 + 'hòa x'.length);
  });
});
