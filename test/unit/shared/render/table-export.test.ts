// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { renderBodyHtml } from '../../../../shared/render/body-html';
import { fragmentPlainText } from '../../../../shared/render/fragment-text';
import { articleExtensions } from '../../../../shared/schema/article-extensions';

/** A table made as an editor makes one: inserted, typed into with Tab between cells, a row added. */
function editorTable(withHeaderRow: boolean): DocNode {
  const editor = new Editor({ element: document.createElement('div'), extensions: articleExtensions(), content: '<p>Dân số:</p>' });
  try {
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertTable({ rows: 2, cols: 2, withHeaderRow });
    for (const [index, value] of ['Quận', 'Dân số', 'Quận 1', '142.000'].entries()) {
      if (index > 0) editor.commands.goToNextCell(1);
      editor.commands.insertContent(value);
    }
    return editor.getJSON() as DocNode;
  } finally {
    editor.destroy();
  }
}

describe('tables made in the editor, exported', () => {
  it('are semantic HTML: a header row in thead with th scope="col", the rest in tbody, no editor attribute', () => {
    expect(renderBodyHtml(editorTable(true), () => null)).toBe(
      '<p>Dân số:</p>\n<table>\n<thead>\n<tr><th scope="col">Quận</th><th scope="col">Dân số</th></tr>\n</thead>\n' +
        '<tbody>\n<tr><td>Quận 1</td><td>142.000</td></tr>\n</tbody>\n</table>\n',
    );
    expect(renderBodyHtml(editorTable(false), () => null)).toBe(
      '<p>Dân số:</p>\n<table>\n<tbody>\n<tr><td>Quận</td><td>Dân số</td></tr>\n<tr><td>Quận 1</td><td>142.000</td></tr>\n</tbody>\n</table>\n',
    );
  });

  it('are rows of tab-separated cells in the plain-text copy', () => {
    expect(fragmentPlainText(editorTable(true), '')).toBe('Dân số:\n\nQuận\tDân số\nQuận 1\t142.000\n');
  });
});
