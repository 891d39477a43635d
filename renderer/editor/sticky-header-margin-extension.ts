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

const stickyHeaderMarginKey = new PluginKey<boolean>('stickyHeaderMargin');

/**
 * Keeps the caret clear of the article's sticky header: ProseMirror scrolls the selection into
 * view when it comes within the header's height of the pane's top (its `scrollThreshold` and
 * `scrollMargin`), not only when it leaves the pane.
 *
 * A caret moved by the browser (arrow keys, Page Up) reaches ProseMirror through `selectionchange`,
 * and ProseMirror scrolls it into view only when that comes within 50 ms of the key; on a busy
 * machine it can come later, and the browser itself knows nothing of the header. So a selection
 * change the user made without the mouse, that nothing scrolled into view, is scrolled into view
 * just after (which moves nothing when the caret is clear of the header already).
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
      new Plugin<boolean>({
        key: stickyHeaderMarginKey,
        state: {
          init: () => false,
          // Whether the last transaction moved the selection, not by the mouse, without scrolling to it.
          apply: (transaction) => transaction.selectionSet && !transaction.docChanged && !transaction.scrolledIntoView && !transaction.getMeta('pointer'),
        },
        view: (editorView) => {
          view = editorView;
          let pending: ReturnType<typeof setTimeout> | undefined;
          return {
            update: (current) => {
              if (!stickyHeaderMarginKey.getState(current.state) || pending !== undefined || !current.hasFocus()) return;
              pending = setTimeout(() => {
                pending = undefined;
                if (!current.isDestroyed && current.hasFocus()) current.dispatch(current.state.tr.scrollIntoView().setMeta('addToHistory', false));
              }, 0);
            },
            destroy: () => {
              clearTimeout(pending);
              view = null;
            },
          };
        },
        props: { scrollThreshold: margin, scrollMargin: margin },
      }),
    ];
  },
});
