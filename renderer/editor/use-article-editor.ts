import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import type { DocNode } from '../../shared/model/document';
import type { ToneStyle } from '../../shared/model/settings';
import { articleExtensions } from '../../shared/schema/article-extensions';
import { mediaUrl } from '../api/media-url';
import { useT } from '../i18n/i18n';
import { FigureEditing } from './figure-editing-extension';
import { LegacyPaste } from './legacy-paste/legacy-paste-extension';
import { TonePlacement } from './tone-placement-extension';

export interface ArticleEditorOptions {
  content: DocNode;
  /** Accessible name of the editable area ("Nội dung"). */
  label: string;
  placeholder: string;
  editable: boolean;
  /** The house tone style: completed words and pasted text are written in it. */
  toneStyle: ToneStyle;
  onChange: (editor: Editor) => void;
  onBlur: () => void;
  /** Stores an image file for a figure: resolves to its hash, or null when refused (and reported). */
  uploadImage: (file: File) => Promise<string | null>;
}

function editableAttributes(label: string): Record<string, string> {
  return { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'article-body', spellcheck: 'true', lang: 'vi' };
}

/**
 * TipTap's 'delete' extension reports every deletion as events after each edit, walking the old
 * document (tens of milliseconds per key in a 20,000-word article); nothing here listens to them.
 */
const enableCoreExtensions = { delete: false } as const;

/**
 * The TipTap editor of an article body: the shared article schema plus editor-only extensions.
 * The editor's own CSS is in styles.css, because the CSP allows no injected <style> elements.
 */
export function useArticleEditor(options: ArticleEditorOptions): Editor | null {
  const latest = useRef(options);
  latest.current = options;
  const t = useT();
  const messages = useRef(t);
  messages.current = t;

  // The same extension array and props on every render: TipTap's useEditor compares them after each
  // render and, when they differ, sets the options again, which makes ProseMirror update the whole view.
  const [extensions] = useState(() => [
    ...articleExtensions({
      figure: FigureEditing.configure({
        mediaUrl,
        uploadImage: (file) => latest.current.uploadImage(file),
        toneStyle: () => latest.current.toneStyle,
        messages: () => messages.current,
      }),
    }),
    Placeholder.configure({ placeholder: () => latest.current.placeholder }),
    LegacyPaste,
    TonePlacement.configure({ style: () => latest.current.toneStyle }),
  ]);
  const editorProps = useMemo(() => ({ attributes: editableAttributes(options.label) }), [options.label]);

  const editor = useEditor({
    extensions,
    content: options.content,
    editable: options.editable,
    injectCSS: false,
    enableCoreExtensions,
    editorProps,
    onUpdate: ({ editor: updated }) => latest.current.onChange(updated),
    onBlur: () => latest.current.onBlur(),
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(options.editable, false);
  }, [editor, options.editable]);

  // The figures' fields and buttons are plain DOM, named in the interface language: a transaction
  // that changes nothing makes them read it again.
  const shownMessages = useRef(t);
  useEffect(() => {
    if (!editor || editor.isDestroyed || shownMessages.current === t) return;
    shownMessages.current = t;
    editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
  }, [editor, t]);

  return editor;
}
