import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { useEditorStateAfterPaint } from './use-editor-state-after-paint';
import { useT } from '../i18n/i18n';
import {
  AddColumnIcon,
  AddRowIcon,
  BulletListIcon,
  DeleteColumnIcon,
  DeleteRowIcon,
  HeaderRowIcon,
  HeadingIcon,
  ImageIcon,
  LinkIcon,
  OrderedListIcon,
  QuoteIcon,
  RedoIcon,
  TableIcon,
  UndoIcon,
} from '../shell/icons';
import { selectionTableHasHeaderRow } from '../../shared/schema/table';
import { LinkDialog } from './link-dialog';

type HeadingLevel = 2 | 3 | 4;
const headingLevels: HeadingLevel[] = [2, 3, 4];

interface ToolbarButtonProps {
  label: string;
  glyph: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  className?: string;
}

function ToolbarButton({ label, glyph, pressed, disabled, onPress, className }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`toolbar-button${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the editor's selection: a click on the toolbar must not move focus out of the text.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {glyph}
    </button>
  );
}

interface EditorToolbarProps {
  editor: Editor;
  /** "Chèn ảnh": opens the image file picker (the figure is inserted at the selection). */
  onInsertImage: () => void;
}

/** Formatting buttons for the body: marks, headings H2–H4, lists, quote, link, image, undo and redo. */
export function EditorToolbar({ editor, onInsertImage }: EditorToolbarProps) {
  const t = useT();
  const [linkDialogOpen, setLinkDialogOpen] = useState(false);
  const active = useEditorStateAfterPaint(editor, (current) => ({
    bold: current.isActive('bold'),
    italic: current.isActive('italic'),
    underline: current.isActive('underline'),
    heading2: current.isActive('heading', { level: 2 }),
    heading3: current.isActive('heading', { level: 3 }),
    heading4: current.isActive('heading', { level: 4 }),
    bulletList: current.isActive('bulletList'),
    orderedList: current.isActive('orderedList'),
    blockquote: current.isActive('blockquote'),
    link: current.isActive('link'),
    inTable: current.isActive('table'),
    headerRow: selectionTableHasHeaderRow(current.state),
    canUndo: current.can().undo(),
    canRedo: current.can().redo(),
    editable: current.isEditable,
  }));
  const disabled = !active.editable;
  const headingActive: Record<HeadingLevel, boolean> = { 2: active.heading2, 3: active.heading3, 4: active.heading4 };

  return (
    <>
      <div className="editor-toolbar" role="toolbar" aria-label={t.formatting}>
        <div className="toolbar-group">
          <ToolbarButton label={t.bold} glyph="B" className="toolbar-bold" pressed={active.bold} disabled={disabled}
            onPress={() => editor.chain().focus().toggleBold().run()} />
          <ToolbarButton label={t.italic} glyph="I" className="toolbar-italic" pressed={active.italic} disabled={disabled}
            onPress={() => editor.chain().focus().toggleItalic().run()} />
          <ToolbarButton label={t.underline} glyph="U" className="toolbar-underline" pressed={active.underline} disabled={disabled}
            onPress={() => editor.chain().focus().toggleUnderline().run()} />
        </div>
        <div className="toolbar-group">
          {headingLevels.map((level) => (
            <ToolbarButton key={level} label={t.heading(level)} glyph={<HeadingIcon level={level} />} pressed={headingActive[level]} disabled={disabled}
              onPress={() => editor.chain().focus().toggleHeading({ level }).run()} />
          ))}
        </div>
        <div className="toolbar-group">
          <ToolbarButton label={t.bulletList} glyph={<BulletListIcon />} pressed={active.bulletList} disabled={disabled}
            onPress={() => editor.chain().focus().toggleBulletList().run()} />
          <ToolbarButton label={t.orderedList} glyph={<OrderedListIcon />} pressed={active.orderedList} disabled={disabled}
            onPress={() => editor.chain().focus().toggleOrderedList().run()} />
          <ToolbarButton label={t.blockquote} glyph={<QuoteIcon />} pressed={active.blockquote} disabled={disabled}
            onPress={() => editor.chain().focus().toggleBlockquote().run()} />
          <ToolbarButton label={t.link} glyph={<LinkIcon />} pressed={active.link} disabled={disabled}
            onPress={() => setLinkDialogOpen(true)} />
          <ToolbarButton label={t.insertImage} glyph={<ImageIcon />} disabled={disabled} onPress={onInsertImage} />
        </div>
        <div className="toolbar-group">
          <ToolbarButton label={t.insertTable} glyph={<TableIcon />} disabled={disabled || active.inTable}
            onPress={() => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} />
          <ToolbarButton label={t.addTableRow} glyph={<AddRowIcon />} disabled={disabled || !active.inTable}
            onPress={() => editor.chain().focus().addRowAfter().run()} />
          <ToolbarButton label={t.deleteTableRow} glyph={<DeleteRowIcon />} disabled={disabled || !active.inTable}
            onPress={() => editor.chain().focus().deleteRow().run()} />
          <ToolbarButton label={t.addTableColumn} glyph={<AddColumnIcon />} disabled={disabled || !active.inTable}
            onPress={() => editor.chain().focus().addColumnAfter().run()} />
          <ToolbarButton label={t.deleteTableColumn} glyph={<DeleteColumnIcon />} disabled={disabled || !active.inTable}
            onPress={() => editor.chain().focus().deleteColumn().run()} />
          <ToolbarButton label={t.tableHeaderRow} glyph={<HeaderRowIcon />} pressed={active.inTable ? active.headerRow : undefined} disabled={disabled || !active.inTable}
            onPress={() => editor.chain().focus().toggleHeaderRow().run()} />
        </div>
        <div className="toolbar-group">
          <ToolbarButton label={t.undo} glyph={<UndoIcon />} disabled={disabled || !active.canUndo}
            onPress={() => editor.chain().focus().undo().run()} />
          <ToolbarButton label={t.redo} glyph={<RedoIcon />} disabled={disabled || !active.canRedo}
            onPress={() => editor.chain().focus().redo().run()} />
        </div>
      </div>
      {linkDialogOpen && (
        <LinkDialog
          initialUrl={String(editor.getAttributes('link').href ?? '')}
          hasLink={active.link}
          onApply={(url) => {
            setLinkDialogOpen(false);
            editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
          }}
          onRemove={() => {
            setLinkDialogOpen(false);
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
          }}
          onCancel={() => {
            setLinkDialogOpen(false);
            editor.commands.focus();
          }}
        />
      )}
    </>
  );
}
