import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { EditorContent, type Editor } from '@tiptap/react';
import type { Article, ArticleFields, ArticleSummary } from '../../shared/model/article';
import { type DocNode, isBlankBody } from '../../shared/model/document';
import type { RevisionSummary } from '../../shared/model/revision';
import type { ToneStyle } from '../../shared/model/settings';
import { documentPlainText } from '../../shared/render/plain-text';
import { articleWordCount, countWords } from '../../shared/text/word-count';
import { api } from '../api/client';
import { EditorToolbar } from '../editor/editor-toolbar';
import { ImagePicker, ImageUploadNotice, insertImageFiles, useImageUpload } from '../editor/image-upload';
import { LegacyPasteBar } from '../editor/legacy-paste/legacy-paste-bar';
import { PasteWarningsBar } from '../editor/paste/paste-warnings-bar';
import { BodySnapshots } from '../editor/body-snapshots';
import { useArticleEditor } from '../editor/use-article-editor';
import { ArticleFieldStep } from '../editor/find-replace/article-field-step';
import { FindReplacePanel, type FieldFindMarks } from '../editor/find-replace/find-replace-panel';
import { useT } from '../i18n/i18n';
import { CopyHtmlButton } from '../export/copy-html-button';
import { EditSignal } from '../export/edit-signal';
import type { EditedArticle } from '../export/edited-article';
import { MediaImages } from '../export/media-images';
import { PreviewPane } from '../export/preview-pane';
import { ArticleSaveController, type SaveState } from './article-save-controller';
import { bylinesField } from './byline-model';
import { ConflictBanner } from './conflict-banner';
import { HistoryPanel } from './history-panel';
import { MetadataPanel, type MetadataFields } from './metadata-panel';
import type { CurrentText } from './version-compare-dialog';

/** What the rest of the app may ask of the open article. */
export interface ArticleSessionHandle {
  articleId: number;
  /** Saves pending edits and waits: true when everything is saved, so the article may be closed. */
  flush: () => Promise<boolean>;
  /**
   * False when the article holds something written (a headline, lead, source or body): it cannot be
   * an untouched new draft, and leaving it need not ask the backend whether to discard it.
   */
  mayBeUntouchedDraft: () => boolean;
  /** Ctrl+S and the menu's Lưu: a save kept as its own version. */
  saveExplicitly: () => void;
  /** Loads the stored article again, replacing the session (after the article was changed elsewhere, e.g. converted). */
  reload: () => Promise<void>;
  /** "Chèn ảnh" (toolbar and menu): opens the image file picker. */
  insertImage: () => void;
  /** Xem › Lịch sử phiên bản (menu): opens the version history beside the article. */
  openHistory: () => void;
  /** Ctrl+H and the menu's Tìm và thay thế: opens the panel, or moves focus to its "Tìm" box. */
  findReplace: () => void;
}

/** What the status bar shows for the open article. */
export interface ArticleStatusReport {
  saveState: SaveState;
  wordCount: number;
}

interface ArticleSessionProps {
  article: Article;
  sessionRef: RefObject<ArticleSessionHandle | null>;
  focusHeadline: boolean;
  historyOpen: boolean;
  /** What the last restore did, shown in the history panel; null for nothing. */
  historyNotice: string | null;
  onHistoryNotice: (notice: string) => void;
  /** Xem trước: the exported HTML beside the editor. */
  previewOpen: boolean;
  /** The house tone style (Cài đặt): the body and the text fields write completed words in it. */
  toneStyle: ToneStyle;
  /** Cài đặt › "Dung lượng ảnh tối đa (MB)": larger images are refused before they are sent. */
  maxImageMegabytes: number;
  onHistoryOpenChange: (open: boolean) => void;
  onPreviewOpenChange: (open: boolean) => void;
  /** Loads the stored article again, replacing this session (after "load the other version" or a restore). */
  onReload: () => Promise<void>;
  onSaved: (summary: ArticleSummary) => void;
  onStatus: (report: ArticleStatusReport) => void;
  onTrash: () => void;
}

function metadataOf(article: Article): MetadataFields {
  return {
    headline: article.headline,
    sourcePrefix: article.sourcePrefix,
    sapo: article.sapo,
    status: article.status,
    categoryId: article.categoryId,
    bylines: article.bylines,
    date: article.date,
    datelinePlace: article.datelinePlace,
    tags: article.tags,
    related: article.related,
  };
}

/** The body as the editor holds it now (JSON reused block by block), or as loaded while there is no editor. */
function currentBody(editor: Editor | null, snapshots: BodySnapshots, fallbackBody: DocNode): DocNode {
  return editor && !editor.isDestroyed ? snapshots.json(editor.state.doc) : fallbackBody;
}

/** The word count is taken once typing has paused this long… */
const wordCountPauseMs = 300;
/**
 * …or this long after the first change it has not counted yet. Each update draws the status bar;
 * measured in the typing bench, an update every second while typing went on made the key that
 * followed it wait (it set the p95), one every five seconds does not.
 */
const wordCountMaxWaitMs = 5_000;

function wordCountOf(fields: MetadataFields, editor: Editor | null, snapshots: BodySnapshots, fallbackBody: DocNode): number {
  const bodyWords = editor && !editor.isDestroyed ? snapshots.wordCount(editor.state.doc) : countWords(documentPlainText(fallbackBody));
  return articleWordCount(fields.headline, fields.sapo, bodyWords);
}

/**
 * One open article: its fields, the body editor and its toolbar, the save controller that autosaves
 * them, the conflict choice and the version history. Mounted afresh for each loaded version.
 * Typing draws nothing here again: the save state and word count go straight to `onStatus`.
 */
export const ArticleSession = memo(function ArticleSession(props: ArticleSessionProps) {
  const { article, sessionRef, focusHeadline, historyOpen, historyNotice, onHistoryNotice, previewOpen, toneStyle, maxImageMegabytes, onHistoryOpenChange, onPreviewOpenChange, onReload, onSaved, onStatus, onTrash } =
    props;
  const t = useT();
  const readOnly = article.trashedAt !== null;
  const [fields, setFields] = useState<MetadataFields>(() => metadataOf(article));
  const fieldsRef = useRef(fields);
  const controllerRef = useRef<ArticleSaveController | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const imageInputRef = useRef<HTMLInputElement>(null);
  const imageUpload = useImageUpload(maxImageMegabytes);
  // Only a conflict changes what the session draws; the status bar hears of every state and count (`reportStatus`).
  const [inConflict, setInConflict] = useState(false);
  const saveStateRef = useRef<SaveState>({ kind: 'clean' });
  // The stored version, which the history panel marks as current: a save draws the session again only while that panel is open.
  const versionRef = useRef(article.version);
  const [, setVersionShown] = useState(article.version);
  const historyOpenRef = useRef(historyOpen);
  historyOpenRef.current = historyOpen;
  const wordCountRef = useRef(article.wordCount);
  const [resolvingConflict, setResolvingConflict] = useState(false);
  const wordCountTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Xem trước and Sao chép HTML: told of every edit, and the images they render, read once per session.
  const [editSignal] = useState(() => new EditSignal());
  const [mediaImages] = useState(() => new MediaImages());
  // The body's JSON and word count, kept per top-level block: a save or a count redoes only what changed.
  const [bodySnapshots] = useState(() => new BodySnapshots());
  const latestCallbacks = useRef({ onSaved, onReload, onHistoryOpenChange, onStatus });
  latestCallbacks.current = { onSaved, onReload, onHistoryOpenChange, onStatus };
  const [findOpen, setFindOpen] = useState(false);
  const [findFocusRequest, setFindFocusRequest] = useState(0);
  const [findMarks, setFindMarks] = useState<FieldFindMarks | null>(null);

  const reportStatus = useCallback(() => {
    latestCallbacks.current.onStatus({ saveState: saveStateRef.current, wordCount: wordCountRef.current });
  }, []);

  // The count in the status bar follows typing when it pauses, and at least every five seconds while
  // it goes on: each update draws the status bar, a frame that a key typed meanwhile would wait for.
  const countPending = useRef({ first: 0, last: 0 });
  const scheduleWordCount = useCallback(() => {
    const now = performance.now();
    countPending.current.last = now;
    if (wordCountTimer.current !== undefined) return;
    countPending.current.first = now;
    const count = () => {
      const { first, last } = countPending.current;
      const at = performance.now();
      const wait = Math.min(last + wordCountPauseMs - at, first + wordCountMaxWaitMs - at);
      if (wait > 1) {
        wordCountTimer.current = setTimeout(count, wait);
        return;
      }
      wordCountTimer.current = undefined;
      wordCountRef.current = wordCountOf(fieldsRef.current, editorRef.current, bodySnapshots, article.body);
      reportStatus();
    };
    wordCountTimer.current = setTimeout(count, wordCountPauseMs);
  }, [article.body, bodySnapshots, reportStatus]);

  const editor = useArticleEditor({
    content: article.body,
    label: t.body,
    placeholder: t.bodyPlaceholder,
    editable: !readOnly,
    toneStyle,
    onChange: () => {
      controllerRef.current?.markChanged();
      scheduleWordCount();
      editSignal.notify();
    },
    onBlur: () => controllerRef.current?.requestSave('autosave'),
    uploadImage: imageUpload.uploadImage,
  });
  editorRef.current = editor;

  // The body stays out of layout while TipTap mounts it: it moves the editor's DOM into the page,
  // then draws the document again with the node views, and reads the selection in between, which
  // would lay out all of a long article each time. Shown before the first paint; hidden again before
  // TipTap takes the views down when the session ends, for the same reason.
  const [bodyShown, setBodyShown] = useState(false);
  const bodyFrameRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    setBodyShown(true);
    const frame = bodyFrameRef.current;
    return () => {
      if (frame) frame.hidden = true;
    };
  }, []);

  const readEdited = useCallback((): EditedArticle => {
    const current = editorRef.current;
    return { stored: article, fields: fieldsRef.current, body: currentBody(current, bodySnapshots, article.body) };
  }, [article, bodySnapshots]);

  useEffect(() => {
    const controller = new ArticleSaveController({
      articleId: article.id,
      version: article.version,
      readFields: (): ArticleFields => {
        const current = editorRef.current;
        const body = current && !current.isDestroyed ? bodySnapshots.json(current.state.doc) : undefined;
        const { bylines, related, ...fields } = fieldsRef.current;
        return { ...fields, bylines: bylinesField(bylines), related: related.map((article) => article.id), ...(body ? { body } : {}) };
      },
      save: (request) => api['articles.save'](request),
      loadCurrentVersion: async () => (await api['articles.get']({ id: article.id })).version,
      onStateChange: (state) => {
        saveStateRef.current = state;
        setInConflict(state.kind === 'conflict');
        reportStatus();
      },
      onSaved: (summary) => {
        versionRef.current = summary.version;
        if (historyOpenRef.current) setVersionShown(summary.version);
        latestCallbacks.current.onSaved(summary);
      },
    });
    controllerRef.current = controller;
    return () => {
      controller.dispose();
      if (controllerRef.current === controller) controllerRef.current = null;
    };
  }, [article, bodySnapshots, reportStatus]);

  useEffect(() => {
    sessionRef.current = {
      articleId: article.id,
      flush: async () => (controllerRef.current ? controllerRef.current.flush() : true),
      mayBeUntouchedDraft: () => {
        const { headline, sapo, sourcePrefix } = fieldsRef.current;
        return `${headline}${sapo}${sourcePrefix}`.trim() === '' && isBlankBody(currentBody(editorRef.current, bodySnapshots, article.body));
      },
      saveExplicitly: () => controllerRef.current?.requestSave('explicit'),
      reload: () => latestCallbacks.current.onReload(),
      insertImage: () => {
        if (!readOnly) imageInputRef.current?.click();
      },
      openHistory: () => latestCallbacks.current.onHistoryOpenChange(true),
      findReplace: () => {
        setFindOpen(true);
        setFindFocusRequest((request) => request + 1);
      },
    };
    return () => {
      if (sessionRef.current?.articleId === article.id) sessionRef.current = null;
    };
  }, [article.id, readOnly, sessionRef]);

  useEffect(() => {
    reportStatus();
  }, [onStatus, reportStatus]);

  useEffect(() => () => clearTimeout(wordCountTimer.current), []);

  useEffect(() => {
    if (focusHeadline) headlineRef.current?.focus();
  }, [focusHeadline]);

  // Leaving the page, hiding it or coming back online: save what is pending (best effort on unload).
  useEffect(() => {
    const saveNow = () => controllerRef.current?.requestSave('autosave');
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      saveNow();
      if (controllerRef.current?.hasUnsavedChanges) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('pagehide', saveNow);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('online', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', saveNow);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('online', saveNow);
    };
  }, []);

  const changeFields = (changes: Partial<MetadataFields>, settled = false) => {
    const next = { ...fieldsRef.current, ...changes };
    fieldsRef.current = next;
    setFields(next);
    controllerRef.current?.markChanged();
    scheduleWordCount();
    editSignal.notify();
    // A status or a byline choice is a decision, not typing: save it at once.
    if (changes.status !== undefined || settled) controllerRef.current?.requestSave('autosave');
  };

  // "Thay" and "Thay tất cả" change the headline and the sapo through the editor's transactions, so
  // that its undo and redo take them back with the body; a field typed in since is left as it is.
  const changeFieldsRef = useRef(changeFields);
  changeFieldsRef.current = changeFields;
  // The fields whose last change came through the editor: their Ctrl+Z is the editor's undo.
  const editorChangedFields = useRef(new Set<'headline' | 'sapo'>());
  useEffect(() => {
    if (!editor) return;
    const onTransaction = ({ transaction }: { transaction: { steps: readonly unknown[] } }) => {
      const changes: Partial<MetadataFields> = {};
      for (const step of transaction.steps) {
        if (step instanceof ArticleFieldStep && fieldsRef.current[step.field] === step.before) changes[step.field] = step.after;
      }
      if (Object.keys(changes).length > 0) changeFieldsRef.current(changes);
      for (const field of ['headline', 'sapo'] as const) if (field in changes) editorChangedFields.current.add(field);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);

  const closeFind = useCallback(() => {
    setFindOpen(false);
    editorRef.current?.commands.focus();
  }, []);

  const keepMine = async () => {
    setResolvingConflict(true);
    try {
      await controllerRef.current?.keepMine();
    } finally {
      setResolvingConflict(false);
    }
  };

  const loadTheirs = async () => {
    setResolvingConflict(true);
    try {
      await onReload();
    } finally {
      setResolvingConflict(false);
    }
  };

  const readCurrentText = useCallback((): CurrentText => {
    const { fields: current, body } = readEdited();
    return { headline: current.headline, sourcePrefix: current.sourcePrefix, sapo: current.sapo, body, bylines: current.bylines };
  }, [readEdited]);

  const restoreRevision = async (revision: RevisionSummary) => {
    const controller = controllerRef.current;
    if (!controller) return;
    if (!(await controller.flush())) throw new Error(t.leaveBlocked);
    await api['revisions.restore']({ id: revision.id, expectedVersion: controller.currentVersion });
    // The restore is the newest version; if the list cannot be read the notice says "a new version".
    const restoredAs = await api['revisions.list']({ articleId: article.id }).then((list) => list[0]?.number ?? null, () => null);
    await onReload();
    onHistoryNotice(t.revisionRestored(revision.number, t.dateTime(revision.updatedAt), restoredAs));
  };

  return (
    <div className={`article-session${historyOpen ? ' with-history' : ''}${previewOpen ? ' with-preview' : ''}`}>
      <div className="article-main">
        <div className="article-header">
        <div className="article-actions">
          <button type="button" className="button" aria-expanded={findOpen} title={t.findReplaceShortcut}
            onClick={() => (findOpen ? closeFind() : sessionRef.current?.findReplace())}>
            {t.findReplace}
          </button>
          <CopyHtmlButton read={readEdited} images={mediaImages} />
          <button type="button" className="button" aria-pressed={previewOpen} onClick={() => onPreviewOpenChange(!previewOpen)}>
            {t.preview}
          </button>
          <button type="button" className="button" aria-expanded={historyOpen} onClick={() => onHistoryOpenChange(!historyOpen)}>
            {t.history}
          </button>
          {!readOnly && (
            <button type="button" className="button button-quiet" onClick={onTrash}>
              {t.moveToTrash}
            </button>
          )}
          {!readOnly && (
            <button type="button" className="button" title={`${t.save} (Ctrl+S)`} onClick={() => controllerRef.current?.requestSave('explicit')}>
              {t.save}
            </button>
          )}
        </div>
        {findOpen && editor && (
          <FindReplacePanel
            editor={editor}
            headline={fields.headline}
            sapo={fields.sapo}
            readOnly={readOnly}
            toneStyle={toneStyle}
            focusRequest={findFocusRequest}
            onMarksChange={setFindMarks}
            onClose={closeFind}
          />
        )}
        </div>
        {readOnly && <p className="trashed-notice" role="note">{t.trashedNotice}</p>}
        {inConflict && (
          <ConflictBanner busy={resolvingConflict} onKeepMine={() => void keepMine()} onLoadTheirs={() => void loadTheirs()} />
        )}
        <MetadataPanel
          articleId={article.id}
          fields={fields}
          readOnly={readOnly}
          toneStyle={toneStyle}
          headlineRef={headlineRef}
          exportedAt={article.exportedAt}
          findMarks={findMarks}
          onFieldUndo={(field, redo) => {
            const current = editorRef.current;
            if (!current || !editorChangedFields.current.has(field)) return false;
            if (redo) current.commands.redo();
            else current.commands.undo();
            return true;
          }}
          onChange={(changes, settled) => {
            if ('headline' in changes) editorChangedFields.current.delete('headline');
            if ('sapo' in changes) editorChangedFields.current.delete('sapo');
            changeFields(changes, settled);
          }}
          onBlur={() => controllerRef.current?.requestSave('autosave')}
        />
        <div className="body-editor">
          <span className="field-label" aria-hidden="true">{t.body}</span>
          {editor && <LegacyPasteBar editor={editor} />}
          {editor && <PasteWarningsBar editor={editor} />}
          {editor && <EditorToolbar editor={editor} onInsertImage={() => imageInputRef.current?.click()} />}
          <ImagePicker inputRef={imageInputRef} onFiles={(files) => editor && void insertImageFiles(editor, files, imageUpload.uploadImage)} />
          <ImageUploadNotice upload={imageUpload} />
          <EditorContent editor={editor} className="body-editor-content" ref={bodyFrameRef} hidden={!bodyShown} />
        </div>
      </div>
      {previewOpen && <PreviewPane read={readEdited} signal={editSignal} images={mediaImages} />}
      {historyOpen && (
        <HistoryPanel
          articleId={article.id}
          articleVersion={versionRef.current}
          readCurrent={readCurrentText}
          onRestore={restoreRevision}
          notice={historyNotice}
          onClose={() => onHistoryOpenChange(false)}
        />
      )}
    </div>
  );
});
