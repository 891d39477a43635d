import { callOrReturn, getExtensionField, Node, type Editor, type NodeConfig } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import {
  addColumnAfter,
  addRowAfter,
  CellSelection,
  deleteCellSelection,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
  toggleHeaderRow,
} from '@tiptap/pm/tables';
import { limits } from '../api/limits';

/*
 * The four table nodes, built as TipTap's table extension builds them on prosemirror-tables (which
 * @tiptap/pm ships), without column resizing: the editor writes no inline `style`, which the CSP
 * would refuse, and a stored cell carries no column widths.
 */

declare module '@tiptap/core' {
  interface NodeConfig<Options, Storage> {
    /** The node's part in a table, as prosemirror-tables reads it from the node spec. */
    tableRole?: string | ((this: { name: string; options: Options; storage: Storage }) => string);
  }
  interface Commands<ReturnType> {
    table: {
      /** Insert a table (its first row a header row unless `withHeaderRow` is false) and put the cursor in its first cell. */
      insertTable: (options?: { rows?: number; cols?: number; withHeaderRow?: boolean }) => ReturnType;
      addRowAfter: () => ReturnType;
      deleteRow: () => ReturnType;
      addColumnAfter: () => ReturnType;
      deleteColumn: () => ReturnType;
      deleteTable: () => ReturnType;
      /** Make the first row header cells (`<th scope="col">` in the export), or plain cells again. */
      toggleHeaderRow: () => ReturnType;
      /** Move to the next (1) or previous (-1) cell; from the last cell, forward adds a row. */
      goToNextCell: (direction: 1 | -1) => ReturnType;
    };
  }
}

/** Cells hold paragraphs and lists: what Word, LibreOffice and Google Docs tables hold in news copy. */
const cellContent = '(paragraph | bulletList | orderedList)+';

const spanAttributes = {
  colspan: {
    default: 1,
    parseHTML: (element: HTMLElement) => spanValue(element.getAttribute('colspan')),
    renderHTML: (attributes: Record<string, unknown>) => (attributes.colspan === 1 ? {} : { colspan: attributes.colspan }),
  },
  rowspan: {
    default: 1,
    parseHTML: (element: HTMLElement) => spanValue(element.getAttribute('rowspan')),
    renderHTML: (attributes: Record<string, unknown>) => (attributes.rowspan === 1 ? {} : { rowspan: attributes.rowspan }),
  },
  // prosemirror-tables reads and writes it; it is never parsed from pasted HTML nor rendered.
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
};


function spanValue(value: string | null): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isSafeInteger(number) && number >= 1 && number <= limits.tableCellSpan ? number : 1;
}

export const TableCell = Node.create({
  name: 'tableCell',
  content: cellContent,
  tableRole: 'cell',
  isolating: true,
  addAttributes: () => spanAttributes,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: ({ HTMLAttributes }) => ['td', HTMLAttributes, 0],
});

export const TableHeader = Node.create({
  name: 'tableHeader',
  content: cellContent,
  tableRole: 'header_cell',
  isolating: true,
  addAttributes: () => spanAttributes,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: ({ HTMLAttributes }) => ['th', HTMLAttributes, 0],
});

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)*',
  tableRole: 'row',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

function createTable(schema: Schema, rows: number, columns: number, withHeaderRow: boolean): ProseMirrorNode {
  const { table, tableRow, tableCell, tableHeader } = schema.nodes;
  const row = (type: typeof tableCell) => tableRow!.create(null, Array.from({ length: columns }, () => type!.createAndFill()!));
  return table!.create(null, Array.from({ length: rows }, (_, index) => row(withHeaderRow && index === 0 ? tableHeader : tableCell)));
}

function inTable(editor: Editor): boolean {
  return isInTable(editor.state);
}

export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  tableRole: 'table',
  isolating: true,
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: () => ['table', ['tbody', 0]],

  addCommands() {
    return {
      insertTable:
        ({ rows = 3, cols = 3, withHeaderRow = true } = {}) =>
        ({ tr, dispatch, editor }) => {
          const node = createTable(editor.schema, Math.max(1, rows), Math.max(1, cols), withHeaderRow);
          if (dispatch) {
            const offset = tr.selection.from + 1;
            tr.replaceSelectionWith(node).scrollIntoView();
            tr.setSelection(TextSelection.near(tr.doc.resolve(offset)));
          }
          return true;
        },
      addRowAfter:
        () =>
        ({ state, dispatch }) =>
          addRowAfter(state, dispatch),
      deleteRow:
        () =>
        ({ state, dispatch }) =>
          deleteRow(state, dispatch),
      addColumnAfter:
        () =>
        ({ state, dispatch }) =>
          addColumnAfter(state, dispatch),
      deleteColumn:
        () =>
        ({ state, dispatch }) =>
          deleteColumn(state, dispatch),
      deleteTable:
        () =>
        ({ state, dispatch }) =>
          deleteTable(state, dispatch),
      toggleHeaderRow:
        () =>
        ({ state, dispatch }) =>
          toggleHeaderRow(state, dispatch),
      goToNextCell:
        (direction) =>
        ({ state, dispatch }) =>
          goToNextCell(direction)(state, dispatch),
    };
  },

  addKeyboardShortcuts() {
    const deleteCells = () => this.editor.state.selection instanceof CellSelection && deleteCellSelection(this.editor.state, this.editor.view.dispatch);
    return {
      Tab: () => {
        if (!inTable(this.editor)) return false;
        if (this.editor.commands.goToNextCell(1)) return true;
        // From the last cell, Tab adds a row and moves into it, as in a word processor.
        return this.editor.chain().addRowAfter().goToNextCell(1).run();
      },
      'Shift-Tab': () => inTable(this.editor) && this.editor.commands.goToNextCell(-1),
      Backspace: deleteCells,
      'Mod-Backspace': deleteCells,
      Delete: deleteCells,
      'Mod-Delete': deleteCells,
    };
  },

  // Puts each node's `tableRole` into its ProseMirror node spec (for all node extensions, as TipTap's table does).
  extendNodeSchema(extension) {
    const context = { name: extension.name, options: extension.options, storage: extension.storage };
    return { tableRole: callOrReturn(getExtensionField<NodeConfig['tableRole']>(extension, 'tableRole', context)) };
  },

  addProseMirrorPlugins() {
    return [tableEditing({ allowTableNodeSelection: false })];
  },
});

/** Whether the selection is in a table whose first row is all header cells (for the "Hàng tiêu đề" button). */
export function selectionTableHasHeaderRow(state: EditorState): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name !== 'table') continue;
    const first = node.firstChild;
    return first !== null && first.childCount > 0 && Array.from({ length: first.childCount }, (_, index) => first.child(index)).every((cell) => cell.type.name === 'tableHeader');
  }
  return false;
}

/** The table nodes of the article schema. */
export const tableExtensions = [Table, TableRow, TableHeader, TableCell];
