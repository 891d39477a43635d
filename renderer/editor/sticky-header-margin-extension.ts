import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export interface StickyHeaderMarginOptions {
  /**
   * The element around the editor that holds the sticky header.
   * @default '.article-main'
   */
  container: string;
  /**
   * The sticky element above the body in the same scrolling pane.
   * @default '.article-header'
   */
  header: string;
}

const edge = 8;

/**
 * Keeps the caret clear of the article's sticky header: ProseMirror scrolls the selection into
 * view when it comes within the header's height of the pane's top (its `scrollThreshold` and
 * `scrollMargin`), not only when it leaves the pane.
 */
export const StickyHeaderMargin = Extension.create<StickyHeaderMarginOptions>({
  name: 'stickyHeaderMargin',

  addOptions() {
    return { container: '.article-main', header: '.article-header' };
  },

  addProseMirrorPlugins() {
    let view: EditorView | null = null;
    const headerHeight = () => {
      const header = view?.dom.closest(this.options.container)?.querySelector<HTMLElement>(this.options.header);
      return header?.offsetHeight ?? 0;
    };
    const margin = {
      get top() {
        return headerHeight() + edge;
      },
      bottom: edge,
      left: edge,
      right: edge,
    };
    return [
      new Plugin({
        key: new PluginKey('stickyHeaderMargin'),
        view: (editorView) => {
          view = editorView;
          return { destroy: () => (view = null) };
        },
        props: { scrollThreshold: margin, scrollMargin: margin },
      }),
    ];
  },
});
