// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { LegacyPaste } from '../../../../renderer/editor/legacy-paste/legacy-paste-extension';
import { pendingLegacyPaste } from '../../../../renderer/editor/legacy-paste/legacy-paste-state';
import { encodeTcvn3, encodeVni } from '../../shared/text/legacy/legacy-test-encoders';

const sentence = 'Quận ủy Quận 3 tổ chức hội nghị';
const secondSentence = 'Đoàn kết, dân chủ, kỷ cương, đổi mới';
const tcvn3Sentence = encodeTcvn3(sentence);

let editor: Editor | undefined;

function createEditor(content = '<p>Trước:</p>'): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: [StarterKit, LegacyPaste], content });
  return editor;
}

/** Pastes plain text at the end of the first paragraph, through ProseMirror's own paste path. */
function pasteTextAtEndOfFirstParagraph(target: Editor, text: string): void {
  const end = target.state.doc.firstChild!.nodeSize - 1;
  target.commands.setTextSelection(end);
  target.view.pasteText(text, new Event('paste') as ClipboardEvent);
}

function pastedText(target: Editor): string | null {
  const pending = pendingLegacyPaste(target.state);
  return pending === null ? null : target.state.doc.textBetween(pending.from, pending.to, '\n');
}

function paragraphs(target: Editor): string[] {
  const texts: string[] = [];
  target.state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe('LegacyPaste', () => {
  it('lets a TCVN3 paste through unchanged and remembers exactly the pasted range', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    expect(paragraphs(target)).toEqual([`Trước:${tcvn3Sentence}`]);
    expect(pendingLegacyPaste(target.state)?.encoding).toBe('tcvn3');
    expect(pendingLegacyPaste(target.state)?.preview).toBe(sentence);
    expect(pastedText(target)).toBe(tcvn3Sentence);
  });

  it('offers nothing for a clean Unicode paste', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, `${sentence} © 2024 “Café” 😀`);
    expect(pendingLegacyPaste(target.state)).toBeNull();
  });

  it('keeps the range on the pasted text while the user types before and after it', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    target.commands.insertContent(' rồi gõ tiếp');
    target.commands.insertContentAt(1, 'Mở đầu. ');
    expect(paragraphs(target)).toEqual([`Mở đầu. Trước:${tcvn3Sentence} rồi gõ tiếp`]);
    expect(pastedText(target)).toBe(tcvn3Sentence);
  });

  it('converts only the pasted range, in one step that one undo reverts', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    target.commands.insertContent(' sau');
    expect(target.commands.convertLegacyPaste()).toBe(true);
    expect(paragraphs(target)).toEqual([`Trước:${sentence} sau`]);
    expect(pendingLegacyPaste(target.state)).toBeNull();

    target.commands.undo();
    expect(paragraphs(target)).toEqual([`Trước:${tcvn3Sentence} sau`]);
  });

  it('makes typing after the conversion its own undo step', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    target.commands.convertLegacyPaste();
    target.commands.insertContent('.');
    expect(paragraphs(target)).toEqual([`Trước:${sentence}.`]);
    target.commands.undo();
    expect(paragraphs(target)).toEqual([`Trước:${sentence}`]);
    target.commands.undo();
    expect(paragraphs(target)).toEqual([`Trước:${tcvn3Sentence}`]);
  });

  it('converts a paste of several paragraphs and keeps them apart', () => {
    const target = createEditor('<p></p>');
    target.view.pasteText(`${encodeVni(sentence)}\n${encodeVni(secondSentence)}`, new Event('paste') as ClipboardEvent);
    expect(pendingLegacyPaste(target.state)?.encoding).toBe('vni');
    target.commands.convertLegacyPaste();
    expect(paragraphs(target).filter((text) => text !== '')).toEqual([sentence, secondSentence]);
  });

  it('keeps the marks of pasted HTML', () => {
    const target = createEditor('<p></p>');
    target.view.pasteHTML(`<p><strong>${encodeTcvn3('Quận ủy')}</strong>${encodeTcvn3(' Quận 3 tổ chức hội nghị')}</p>`, new Event('paste') as ClipboardEvent);
    expect(pendingLegacyPaste(target.state)?.encoding).toBe('tcvn3');
    target.commands.convertLegacyPaste();
    expect(target.getHTML()).toBe('<p><strong>Quận ủy</strong> Quận 3 tổ chức hội nghị</p>');
  });

  it('forgets the offer when the pasted text is deleted, undone or dismissed', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    const pending = pendingLegacyPaste(target.state)!;
    target.commands.deleteRange({ from: pending.from, to: pending.to });
    expect(pendingLegacyPaste(target.state)).toBeNull();
    expect(target.commands.convertLegacyPaste()).toBe(false);

    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    expect(pendingLegacyPaste(target.state)).not.toBeNull();
    target.commands.undo();
    expect(pendingLegacyPaste(target.state)).toBeNull();

    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    expect(target.commands.dismissLegacyPaste()).toBe(true);
    expect(pendingLegacyPaste(target.state)).toBeNull();
    expect(paragraphs(target)).toEqual([`Trước:${tcvn3Sentence}`]);
  });

  it('leaves an earlier offer in place when a clean paste follows', () => {
    const target = createEditor();
    pasteTextAtEndOfFirstParagraph(target, tcvn3Sentence);
    pasteTextAtEndOfFirstParagraph(target, ' và hơn thế');
    expect(pastedText(target)).toBe(tcvn3Sentence);
    target.commands.convertLegacyPaste();
    expect(paragraphs(target)).toEqual([`Trước:${sentence} và hơn thế`]);
  });
});
