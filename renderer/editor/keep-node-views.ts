import type { Editor } from '@tiptap/core';

const kept = new WeakSet<Editor>();

/**
 * Stops TipTap's React content from drawing the whole document again to swap node views that do
 * not change. `EditorContent` sets the node views once more when it takes the editor into the page,
 * so that React node views get their portal, and sets none when it lets it go; each set makes
 * ProseMirror rebuild the DOM of every block, twice per article opened (for a 20,000-word article,
 * tens of milliseconds and a read of the selection over the whole body). The body editor's only
 * node view, the figure's, is plain DOM and already in place from the editor's creation, so both
 * sets are left out. Call once per editor, before it is rendered in `EditorContent`.
 */
export function keepNodeViews(editor: Editor): void {
  if (kept.has(editor) || editor.isDestroyed) return;
  kept.add(editor);
  editor.createNodeViews = () => undefined;
  const view = editor.view;
  const setProps = view.setProps.bind(view);
  view.setProps = (props) => {
    const onlyClearsNodeViews = Object.keys(props).length === 1 && props.nodeViews !== undefined && Object.keys(props.nodeViews).length === 0;
    if (!onlyClearsNodeViews) setProps(props);
  };
}
