import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { Figure } from '../../shared/schema/figure';
import { vi } from '../i18n/vi';
import type { FigureEditingOptions } from './figure-editing-options';
import { FigureView, refreshFigureViews } from './figure-view';

export { isInsideFigureControl } from './figure-view';

/** The image files among `files` (by their declared type; the media store checks the bytes). */
export function imageFiles(files: FileList | File[] | null | undefined): File[] {
  return Array.from(files ?? []).filter((file) => file.type.startsWith('image/'));
}

function selectedFigure(view: EditorView): boolean {
  const { selection } = view.state;
  return selection instanceof NodeSelection && selection.node.type.name === 'figure';
}

/**
 * The figure as the editor shows it: a plain-DOM node view with the image and its three fields
 * (caption, credit, alt text), keyboard moves and deletion of a selected figure, and images
 * dropped or pasted into the body inserted as figures where they land.
 */
export const FigureEditing = Figure.extend<FigureEditingOptions>({
  addOptions() {
    return {
      ...this.parent!(),
      uploadImage: () => Promise.resolve(null),
      toneStyle: () => null,
      messages: () => vi,
    };
  },

  addNodeView() {
    return ({ editor, view, node, getPos }) => new FigureView({ editor, view, node, getPos, options: this.options });
  },

  addKeyboardShortcuts() {
    // A figure is deleted only when it is itself selected: Backspace or Delete next to it selects it first.
    const deleteOrSelect = (direction: 'backward' | 'forward') => () => {
      const { view } = this.editor;
      if (selectedFigure(view)) return this.editor.commands.deleteSelection();
      const { selection } = view.state;
      const { $from } = selection;
      if (!selection.empty || !$from.parent.isTextblock) return false;
      if (direction === 'backward') {
        if ($from.parentOffset !== 0) return false;
        const before = view.state.doc.resolve($from.before()).nodeBefore;
        return before?.type.name === this.name && this.editor.commands.setNodeSelection($from.before() - before.nodeSize);
      }
      if ($from.parentOffset !== $from.parent.content.size) return false;
      const after = view.state.doc.resolve($from.after()).nodeAfter;
      return after?.type.name === this.name && this.editor.commands.setNodeSelection($from.after());
    };
    return {
      'Alt-ArrowUp': () => this.editor.commands.moveFigure('up'),
      'Alt-ArrowDown': () => this.editor.commands.moveFigure('down'),
      Backspace: deleteOrSelect('backward'),
      Delete: deleteOrSelect('forward'),
    };
  },

  addProseMirrorPlugins() {
    const insertFiles = (files: File[], at: () => number) => {
      for (const file of files) {
        void this.options.uploadImage(file).then((hash) => {
          if (hash === null || this.editor.isDestroyed) return;
          const position = Math.min(at(), this.editor.state.doc.content.size);
          this.editor.chain().insertContentAt(position, { type: this.name, attrs: { hash } }).run();
        });
      }
    };
    return [
      // Each figure shows whether it is the featured one, and its controls follow editability and language.
      new Plugin({
        key: new PluginKey('figureViews'),
        view: () => ({ update: (view) => refreshFigureViews(view) }),
      }),
      new Plugin({
        key: new PluginKey('figureFiles'),
        props: {
          handleDrop: (view, event, _slice, moved) => {
            const files = moved ? [] : imageFiles(event.dataTransfer?.files);
            if (files.length === 0 || !view.editable) return false;
            const dropped = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.to;
            insertFiles(files, () => dropped);
            return true;
          },
          handlePaste: (view, event) => {
            const files = imageFiles(event.clipboardData?.files);
            // With HTML beside the files (text and images copied together), the structured paste stores them in place.
            if (files.length === 0 || !view.editable || (event.clipboardData?.getData('text/html') ?? '') !== '') return false;
            insertFiles(files, () => this.editor.state.selection.to);
            return true;
          },
        },
      }),
    ];
  },
});
