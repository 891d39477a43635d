import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import type { DocNode } from '../../shared/model/document';
import { spellCheckIgnoredMax, spellCheckWordMaxLength, type ToneStyle } from '../../shared/model/settings';
import { articleExtensions } from '../../shared/schema/article-extensions';
import { mediaUrl } from '../api/media-url';
import { useT } from '../i18n/i18n';
import { useChangeSettings, useSettings } from '../settings/settings-context';
import { FigureEditing } from './figure-editing-extension';
import { FindReplace } from './find-replace/find-replace-extension';
import { keepNodeViews } from './keep-node-views';
import { StickyHeaderMargin } from './sticky-header-margin-extension';
import { LegacyPaste } from './legacy-paste/legacy-paste-extension';
import { refreshSpellCheck, SpellCheck } from './spell-check-extension';
import { StructuredPaste } from './paste/structured-paste-extension';
import { mediaExists } from './paste/media-exists';
import { TonePlacement } from './tone-placement-extension';
import { TypedTextAfterPaint } from './typed-text-after-paint';

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

/** The browser's own spell checker (its dictionaries seldom know Vietnamese) is off while Kiểm tra chính tả is on. */
function editableAttributes(label: string, ownSpellCheck: boolean): Record<string, string> {
  return { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'article-body', spellcheck: ownSpellCheck ? 'false' : 'true', lang: 'vi' };
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
  const spelling = useSpellCheckSettings();
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
    StructuredPaste.configure({ uploadImage: (file) => latest.current.uploadImage(file), mediaExists }),
    TonePlacement.configure({ style: () => latest.current.toneStyle }),
    SpellCheck.configure({
      enabled: () => spelling.current.enabled,
      style: () => latest.current.toneStyle,
      ignored: () => spelling.current.ignored,
      labels: () => spelling.current.labels,
      onIgnore: (word) => spelling.current.ignore(word),
    }),
    FindReplace,
    StickyHeaderMargin,
    TypedTextAfterPaint,
  ]);
  const ownSpellCheck = spelling.current.enabled;
  const editorProps = useMemo(() => ({ attributes: editableAttributes(options.label, ownSpellCheck) }), [options.label, ownSpellCheck]);

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

  if (editor) keepNodeViews(editor);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(options.editable, false);
  }, [editor, options.editable]);

  // A change of Kiểm tra chính tả, of its ignore list or of the tone style checks the body again.
  const { enabled, ignored } = spelling.current;
  const checkedWith = useRef({ enabled, ignored, toneStyle: options.toneStyle });
  useEffect(() => {
    const previous = checkedWith.current;
    if (previous.enabled === enabled && previous.ignored === ignored && previous.toneStyle === options.toneStyle) return;
    checkedWith.current = { enabled, ignored, toneStyle: options.toneStyle };
    if (editor && !editor.isDestroyed) editor.view.dispatch(refreshSpellCheck(editor.state));
  }, [editor, enabled, ignored, options.toneStyle]);
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

interface SpellCheckSettings {
  enabled: boolean;
  ignored: readonly string[];
  labels: { menu: string; ignore: string; noSuggestions: string; styleIssue: string };
  /** Adds a word to the stored ignore list (Bỏ qua từ này). */
  ignore: (word: string) => void;
}

/** Kiểm tra chính tả's settings and words, current at every render, for the editor's plugin to read. */
function useSpellCheckSettings(): { current: SpellCheckSettings } {
  const t = useT();
  const settings = useSettings();
  const changeSettings = useChangeSettings();
  const current: SpellCheckSettings = {
    enabled: settings.spellCheck,
    ignored: settings.spellCheckIgnored,
    labels: { menu: t.spellSuggestions, ignore: t.spellIgnoreWord, noSuggestions: t.spellNoSuggestions, styleIssue: t.spellStyleIssue },
    ignore: (word) => {
      const list = settings.spellCheckIgnored;
      if (list.includes(word) || word.length > spellCheckWordMaxLength) return;
      void changeSettings({ spellCheckIgnored: [...list, word].slice(-spellCheckIgnoredMax) });
    },
  };
  const ref = useRef(current);
  ref.current = current;
  return ref;
}
