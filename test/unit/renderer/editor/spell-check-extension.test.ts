// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { ToneStyle } from '../../../../shared/model/settings';
import { refreshSpellCheck, SpellCheck, spellingDecorations, typingPauseMilliseconds, wholeCheckDeferredAbove } from '../../../../renderer/editor/spell-check-extension';

let editor: Editor | undefined;
let style: ToneStyle = 'old';
let enabled = true;
const stored: string[] = [];

function createEditor(content: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: [
      StarterKit,
      SpellCheck.configure({
        enabled: () => enabled,
        style: () => style,
        ignored: () => stored,
        labels: () => ({ menu: 'Gợi ý chính tả', ignore: 'Bỏ qua từ này', noSuggestions: 'Không có gợi ý', styleIssue: 'Khác kiểu' }),
        onIgnore: (word) => stored.push(word),
      }),
    ],
    content,
  });
  return editor;
}

/** The flagged words, in order. */
function flaggedWords(target: Editor): string[] {
  return spellingDecorations(target.state)
    .find()
    .sort((a, b) => a.from - b.from)
    .map((decoration) => target.state.doc.textBetween(decoration.from, decoration.to));
}

/** Types `text` one character at a time at the cursor. */
function type(target: Editor, text: string): void {
  for (const character of text) {
    const { from, to } = target.state.selection;
    target.view.dispatch(target.state.tr.insertText(character, from, to));
  }
}

function menu(): HTMLElement | null {
  return document.querySelector('[role="menu"]');
}

afterEach(() => {
  vi.useRealTimers();
  menu()?.remove();
  editor?.destroy();
  document.body.replaceChildren();
  editor = undefined;
  style = 'old';
  enabled = true;
  stored.length = 0;
});

describe('SpellCheck', () => {
  it('underlines flagged words with aria-invalid="spelling" in the editor only, never in the document', () => {
    const target = createEditor('<p>Mọi nguời đươc mời, <strong>hoà</strong> nhập với UBND TP.HCM online.</p><h2>Tin COVID-19</h2>');
    expect(flaggedWords(target)).toEqual(['nguời', 'đươc', 'hoà']);
    const marked = [...target.view.dom.querySelectorAll('[aria-invalid="spelling"]')].map((element) => element.textContent);
    expect(marked).toEqual(['nguời', 'đươc', 'hoà']);
    expect(target.view.dom.querySelector('.spelling-style')?.textContent).toBe('hoà');
    expect(target.getHTML()).not.toContain('aria-invalid');
    expect(target.getHTML()).not.toContain('spelling');
    expect(JSON.stringify(target.getJSON())).not.toContain('spelling');
  });

  it('checks again only what changes, and judges the word at the cursor once it is left', () => {
    const target = createEditor('<p>Một đươc.</p><p>Hai nguời.</p><p>Ba</p>');
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời']);
    target.commands.setTextSelection(target.state.doc.content.size - 1);
    type(target, ' qúa');
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời']);
    // A transaction that leaves the cursor where it is (stored marks) does not judge it yet; a move does.
    target.view.dispatch(target.state.tr.setStoredMarks([]));
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời']);
    target.commands.setTextSelection(2);
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời', 'qúa']);
    target.commands.setTextSelection(target.state.doc.content.size - 1);
    type(target, ' ');
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời', 'qúa']);
    // A fix in the first paragraph clears its flag; the others stay, mapped to their new places.
    const from = target.state.doc.textContent.indexOf('đươc') + 1;
    target.view.dispatch(target.state.tr.insertText('được', from, from + 4));
    expect(flaggedWords(target)).toEqual(['nguời', 'qúa']);
    // Joining two paragraphs keeps their flags.
    target.commands.setTextSelection(target.state.doc.child(0).nodeSize + 1);
    target.commands.joinBackward();
    expect(flaggedWords(target)).toEqual(['nguời', 'qúa']);
  });

  it('judges the paragraph being typed in when typing pauses, leaving the word at the cursor and dropping at once a flag typed into', () => {
    vi.useFakeTimers();
    const target = createEditor('<p>Một đươc.</p><p>Hai</p>');
    expect(flaggedWords(target)).toEqual(['đươc']);
    target.commands.setTextSelection(target.state.doc.content.size - 1);
    type(target, ' nguời đi qúa');
    vi.advanceTimersByTime(typingPauseMilliseconds - 1);
    expect(flaggedWords(target)).toEqual(['đươc']);
    type(target, ' và');
    vi.advanceTimersByTime(typingPauseMilliseconds - 1);
    expect(flaggedWords(target)).toEqual(['đươc']);
    vi.advanceTimersByTime(1);
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời', 'qúa']);
    expect([...target.view.dom.querySelectorAll('[aria-invalid="spelling"]')].map((element) => element.textContent)).toEqual(['đươc', 'nguời', 'qúa']);
    type(target, ' chiêc');
    vi.advanceTimersByTime(typingPauseMilliseconds);
    // The half-typed word at the cursor waits for the cursor to leave it.
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời', 'qúa']);
    target.commands.setTextSelection(2);
    expect(flaggedWords(target)).toEqual(['đươc', 'nguời', 'qúa', 'chiêc']);
    // Typing inside a flagged word drops its flag at once, before the pause.
    const inside = target.state.doc.textContent.indexOf('nguời') + 2 + 3;
    target.commands.setTextSelection(inside);
    type(target, 'x');
    expect(flaggedWords(target)).toEqual(['đươc', 'qúa', 'chiêc']);
    vi.advanceTimersByTime(typingPauseMilliseconds);
    expect(flaggedWords(target)).toEqual(['đươc', 'ngxuời', 'qúa', 'chiêc']);
  });

  it('checks a long article in whole just after it is shown, not while it opens, and keeps what was typed meanwhile', () => {
    vi.useFakeTimers();
    const paragraph = '<p>Thành ủy triển khai nhiệm vụ trọng tâm của quý hai năm nay.</p>';
    const long = `<p>Mọi nguời đến.</p>${paragraph.repeat(Math.ceil(wholeCheckDeferredAbove / 55))}<p>Cuối đươc.</p>`;
    const target = createEditor(long);
    expect(target.state.doc.content.size).toBeGreaterThan(wholeCheckDeferredAbove);
    expect(flaggedWords(target)).toEqual([]);
    target.commands.setTextSelection(target.state.doc.content.size - 1);
    type(target, ' chiêc');
    vi.advanceTimersByTime(0);
    // The word being typed at the cursor waits for the cursor to leave it.
    expect(flaggedWords(target)).toEqual(['nguời', 'đươc']);
    target.commands.setTextSelection(2);
    expect(flaggedWords(target)).toEqual(['nguời', 'đươc', 'chiêc']);
    expect(target.view.dom.querySelectorAll('[aria-invalid="spelling"]')).toHaveLength(3);
  });

  it('follows the settings: off, the tone style and the ignore list', () => {
    const target = createEditor('<p>hòa hoà nguời</p>');
    expect(flaggedWords(target)).toEqual(['hoà', 'nguời']);
    style = 'new';
    target.view.dispatch(refreshSpellCheck(target.state));
    expect(flaggedWords(target)).toEqual(['hòa', 'nguời']);
    stored.push('nguời');
    target.view.dispatch(refreshSpellCheck(target.state));
    expect(flaggedWords(target)).toEqual(['hòa']);
    enabled = false;
    target.view.dispatch(refreshSpellCheck(target.state));
    expect(flaggedWords(target)).toEqual([]);
    expect(target.view.dom.querySelector('[aria-invalid]')).toBeNull();
  });

  it('offers the fixes in an accessible menu (Shift+F10) and applies the one chosen', () => {
    const target = createEditor('<p>Mọi nguời đều đến.</p>');
    target.commands.setTextSelection(7);
    target.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true }));
    const opened = menu()!;
    expect(opened.getAttribute('aria-label')).toBe('Gợi ý chính tả');
    const items = [...opened.querySelectorAll('[role="menuitem"]')] as HTMLElement[];
    expect(items.map((item) => item.textContent)).toEqual(['người', 'nguồi', 'Bỏ qua từ này']);
    expect(document.activeElement).toBe(items[0]);
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items[1]);
    items[0]!.click();
    expect(menu()).toBeNull();
    expect(target.state.doc.textContent).toBe('Mọi người đều đến.');
    expect(flaggedWords(target)).toEqual([]);
  });

  it('"Bỏ qua từ này" stops flagging the word at once and hands it to the settings', () => {
    const target = createEditor('<p>Mọi nguời, NGUỜI và đươc.</p>');
    target.commands.setTextSelection(6);
    target.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'ContextMenu', bubbles: true }));
    const ignore = [...menu()!.querySelectorAll('[role="menuitem"]')].find((item) => item.textContent === 'Bỏ qua từ này') as HTMLElement;
    ignore.click();
    expect(stored).toEqual(['nguời']);
    expect(flaggedWords(target)).toEqual(['đươc']);
    expect(menu()).toBeNull();
  });

  it('opens nothing on a word that is not flagged', () => {
    const target = createEditor('<p>Mọi người đều đến.</p>');
    target.commands.setTextSelection(7);
    target.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true }));
    expect(menu()).toBeNull();
  });
});
