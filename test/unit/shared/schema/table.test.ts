// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { documentPlainText } from '../../../../shared/render/plain-text';
import { articleExtensions, articleSchema } from '../../../../shared/schema/article-extensions';

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function createEditor(content = '<p>Trước bảng</p>'): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: articleExtensions(), content });
  return editor;
}

/** The table's rows as arrays of "th:text" / "td:text". */
function tableShape(target: Editor): string[][] {
  const table = (target.getJSON().content ?? []).find((node) => node.type === 'table') as DocNode | undefined;
  if (!table) return [];
  const text = (node: DocNode): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(text).join(''));
  return (table.content ?? []).map((row) => (row.content ?? []).map((cell) => `${cell.type === 'tableHeader' ? 'th' : 'td'}:${text(cell)}`));
}

function pressKey(target: Editor, key: string, shiftKey = false): void {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  target.view.someProp('handleKeyDown', (handle) => handle(target.view, event));
}

describe('tables', () => {
  it('inserts a table with a header row and puts the cursor in its first cell', () => {
    const target = createEditor();
    target.commands.setTextSelection(target.state.doc.content.size - 1);
    expect(target.commands.insertTable({ rows: 2, cols: 3 })).toBe(true);
    expect(tableShape(target)).toEqual([['th:', 'th:', 'th:'], ['td:', 'td:', 'td:']]);
    target.commands.insertContent('Quận');
    expect(tableShape(target)[0]![0]).toBe('th:Quận');
  });

  it('moves between cells with Tab and Shift+Tab, and adds a row from the last cell', () => {
    const target = createEditor();
    target.commands.insertTable({ rows: 2, cols: 2 });
    target.commands.insertContent('A');
    pressKey(target, 'Tab');
    target.commands.insertContent('B');
    pressKey(target, 'Tab');
    target.commands.insertContent('C');
    pressKey(target, 'Tab');
    pressKey(target, 'Tab');
    target.commands.insertContent('E');
    expect(tableShape(target)).toEqual([['th:A', 'th:B'], ['td:C', 'td:'], ['td:E', 'td:']]);
    pressKey(target, 'Tab', true);
    target.commands.insertContent('D');
    expect(tableShape(target)[1]).toEqual(['td:C', 'td:D']);
  });

  it('adds and removes rows and columns, and toggles the header row', () => {
    const target = createEditor();
    target.commands.insertTable({ rows: 2, cols: 2 });
    expect(target.commands.addRowAfter()).toBe(true);
    expect(target.commands.addColumnAfter()).toBe(true);
    expect(tableShape(target)).toHaveLength(3);
    expect(tableShape(target)[0]).toHaveLength(3);
    expect(target.commands.deleteColumn()).toBe(true);
    expect(tableShape(target)[0]).toHaveLength(2);
    expect(target.commands.toggleHeaderRow()).toBe(true);
    expect(tableShape(target)[0]).toEqual(['td:', 'td:']);
    expect(target.commands.toggleHeaderRow()).toBe(true);
    expect(tableShape(target)[0]).toEqual(['th:', 'th:']);
    // The cursor is in the header row: deleting it leaves the two plain rows.
    expect(target.commands.deleteRow()).toBe(true);
    expect(tableShape(target)).toEqual([['td:', 'td:'], ['td:', 'td:']]);
  });

  it('refuses table commands outside a table', () => {
    const target = createEditor();
    expect(target.commands.addRowAfter()).toBe(false);
    expect(target.commands.deleteColumn()).toBe(false);
  });

  it('renders no inline style in the editor (the CSP refuses them)', () => {
    const target = createEditor('<table><tr><th>Năm</th></tr><tr><td colspan="2" style="width:20px" data-colwidth="90">2024</td><td>x</td></tr></table>');
    expect(target.view.dom.innerHTML).toContain('<table>');
    expect(target.view.dom.querySelector('[style]')).toBeNull();
    const json = JSON.stringify(target.getJSON());
    expect(json).toContain('"colspan":2');
    expect(json).toContain('"colwidth":null');
  });

  it('keeps each cell on its own line for search and word counts', () => {
    const target = createEditor('<table><tr><th>Quận</th><th>Dân số</th></tr><tr><td>Quận 1</td><td>142.000</td></tr></table>');
    expect(documentPlainText(target.getJSON() as DocNode)).toBe('Quận\nDân số\nQuận 1\n142.000');
    expect(() => articleSchema().nodeFromJSON(target.getJSON()).check()).not.toThrow();
  });
});
