import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../shared/model/article';
import { defaultSettings, type Settings } from '../shared/model/settings';
import { api, onEvent } from './api/client';
import { ArticleList, type ListView, type StatusFilter } from './articles/article-list';
import type { ArticleSessionHandle } from './articles/article-session';
import { defaultListOrder, type ListOrder } from './articles/list-order';
import { ArticleWorkspace } from './articles/article-workspace';
import { dropPrefetchedArticle, prefetchArticle } from './articles/article-prefetch';
import { EditorShortcutsDialog } from './articles/editor-shortcuts-dialog';
import { useShortcutsKey } from './articles/editor-shortcuts';
import { CommentsView } from './comments/comments-view';
import { I18nProvider, messagesFor } from './i18n/i18n';
import { SettingsChangeContext, SettingsContext } from './settings/settings-context';
import { ArticleImport, type ArticleImportHandle } from './import/article-import';
import { ExportDialog } from './export/export-dialog';
import { SettingsDialog } from './settings/settings-dialog';
import { articleIdFromFragment, rememberArticleInAddress } from './shell/article-in-address';
import { describeError } from './shell/describe-error';
import { StatusBar } from './shell/status-bar';
import { StatusReportStore } from './shell/status-report-store';
import { useAppShortcuts } from './shell/use-app-shortcuts';

/** The `articles.list` arguments of the list's category, author and order choices. */
function listOrderArguments(order: ListOrder) {
  return {
    sort: order.sort,
    ...(order.categoryId === null ? {} : { categoryId: order.categoryId }),
    ...(order.authorId === null ? {} : { authorId: order.authorId }),
  };
}

/** Whether a list row shows the same for both summaries: headline, status, trash and the minute of the last change. */
function sameInList(shown: ArticleSummary, saved: ArticleSummary): boolean {
  return shown.headline === saved.headline && shown.status === saved.status && shown.trashedAt === saved.trashedAt && shown.updatedAt.slice(0, 16) === saved.updatedAt.slice(0, 16);
}

function sortByUpdated(articles: ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((first, second) => second.updatedAt.localeCompare(first.updatedAt));
}

/** Newsdesk: the article list on the left, the open article on the right, the status bar below. */
export function App() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [view, setView] = useState<ListView>('articles');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');
  const [listOrder, setListOrder] = useState<ListOrder>(defaultListOrder);
  const [query, setQuery] = useState('');
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [selectedId, setSelectedId] = useState<number | null>(() => articleIdFromFragment(window.location.hash));
  const [newArticleId, setNewArticleId] = useState<number | null>(null);
  const [statusReports] = useState(() => new StatusReportStore());
  const [notice, setNotice] = useState<unknown>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  /** Tin bài (the list and the editor) or Bình luận (the comment queues); the article stays open behind the queues. */
  const [screen, setScreen] = useState<'articles' | 'comments'>('articles');
  const [wordListsVersion, setWordListsVersion] = useState(0);
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<number>>(() => new Set());
  const sessionRef = useRef<ArticleSessionHandle | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const commentSearchRef = useRef<HTMLInputElement>(null);
  const importRef = useRef<ArticleImportHandle>(null);
  const t = messagesFor(settings.language);

  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);

  useEffect(() => {
    rememberArticleInAddress(selectedId);
  }, [selectedId]);

  useEffect(() => {
    api['settings.get']({}).then(setSettings, (error: unknown) => setSettingsError(error));
  }, []);

  const refreshList = useCallback(async () => {
    try {
      const listed = await api['articles.list']({
        trashed: view === 'trash',
        ...(statusFilter === 'all' ? {} : { status: statusFilter }),
        ...(view === 'trash' ? {} : listOrderArguments(listOrder)),
      });
      setArticles(listed.filter((article) => (article.trashedAt !== null) === (view === 'trash')));
      setListError(null);
    } catch (error) {
      setListError(error);
    }
  }, [view, statusFilter, listOrder]);

  useEffect(() => {
    setArticles(null);
    void refreshList();
  }, [refreshList]);

  /**
   * Closes the open article only once its text is saved, and says so when it cannot be: 'blocked'.
   * A new draft left without anything written in it is not kept: 'discarded'.
   */
  const leaveOpenArticle = useCallback(async (): Promise<'left' | 'discarded' | 'blocked'> => {
    const session = sessionRef.current;
    if (!session) return 'left';
    const saved = await session.flush();
    setNotice(saved ? null : new Error(t.leaveBlocked));
    if (!saved) return 'blocked';
    if (!session.mayBeUntouchedDraft()) return 'left';
    try {
      const { discarded } = await api['articles.discardEmptyDraft']({ id: session.articleId });
      if (!discarded) return 'left';
      setArticles((current) => current?.filter((article) => article.id !== session.articleId) ?? current);
      return 'discarded';
    } catch {
      // Keeping an empty draft is harmless: the article stays as it was.
      return 'left';
    }
  }, [t]);

  const openArticle = useCallback(
    async (id: number) => {
      if (id === selectedId) return;
      prefetchArticle(id);
      if ((await leaveOpenArticle()) === 'blocked') {
        dropPrefetchedArticle();
        return;
      }
      setNewArticleId(null);
      setSelectedId(id);
    },
    [leaveOpenArticle, selectedId],
  );

  const createArticle = useCallback(async () => {
    if ((await leaveOpenArticle()) === 'blocked') return;
    try {
      const article = await api['articles.create']({});
      setView('articles');
      setStatusFilter('all');
      setQuery('');
      setNewArticleId(article.id);
      setSelectedId(article.id);
      setNotice(null);
      await refreshList();
    } catch (error) {
      setNotice(error);
    }
  }, [leaveOpenArticle, refreshList]);

  const trashArticle = useCallback(
    async (id: number) => {
      const left = id === selectedId ? await leaveOpenArticle() : 'left';
      if (left === 'blocked') return;
      try {
        // An untouched new draft was deleted on leaving it: there is nothing left to trash.
        if (left !== 'discarded') await api['articles.trash']({ id });
        if (id === selectedId) setSelectedId(null);
        setNotice(null);
      } catch (error) {
        setNotice(error);
      }
      await refreshList();
    },
    [leaveOpenArticle, refreshList, selectedId],
  );

  const untrashArticle = useCallback(
    async (id: number) => {
      try {
        await api['articles.untrash']({ id });
        setNotice(null);
      } catch (error) {
        setNotice(error);
      }
      await refreshList();
    },
    [refreshList],
  );

  const articleSaved = useCallback(
    (summary: ArticleSummary) => {
      setArticles((current) => {
        if (current === null || !current.some((article) => article.id === summary.id)) return current;
        // An autosave that changes nothing the list shows leaves it as it is: drawing the app again
        // while the writer types would delay keys (React then also measures the selection in the body).
        const index = current.findIndex((article) => article.id === summary.id);
        const shown = current[index]!;
        const staysFirst = listOrder.sort !== 'updated-desc' || index === 0;
        if (staysFirst && sameInList(shown, summary)) return current;
        const updated = current.map((article) => (article.id === summary.id ? summary : article));
        // Newest first moves the saved article up; other orders change on the next refresh of the list.
        return listOrder.sort === 'updated-desc' ? sortByUpdated(updated) : updated;
      });
    },
    [listOrder.sort],
  );

  const changeSettings = useCallback(
    async (changes: Partial<Settings>) => {
      const previous = settings;
      setSettings({ ...settings, ...changes });
      try {
        setSettings(await api['settings.update']({ changes }));
        setSettingsError(null);
      } catch (error) {
        setSettings(previous);
        setSettingsError(error);
      }
    },
    [settings],
  );

  /**
   * Cài đặt › "Chuyển các tin bài hiện có sang kiểu này". The open article is saved first, so that
   * the conversion includes what was just typed, and reloaded after, so that its next save starts
   * from the converted version rather than meeting a version conflict.
   */
  const convertToneStyle = useCallback(async (): Promise<number> => {
    const session = sessionRef.current;
    if (session && !(await session.flush())) throw new Error(t.toneStyleConvertBlocked);
    const result = await api['articles.applyToneStyle']({ style: settings.toneStyle });
    const open = sessionRef.current;
    if (open && result.articleIds.includes(open.articleId)) await open.reload();
    await refreshList();
    return result.changed;
  }, [refreshList, settings.toneStyle, t]);

  const checkArticle = useCallback((id: number, checked: boolean) => {
    setCheckedIds((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  /** Xuất HTML: the open article is saved first, so that what was just typed is exported. */
  const prepareExport = useCallback(async () => (sessionRef.current ? sessionRef.current.flush() : true), []);

  /**
   * After Xuất HTML: the exported articles are "Đã xuất" in a new version. The open one is loaded
   * again, so that its status shows it and its next save starts from that version (no conflict).
   */
  const articlesExported = useCallback(
    async (writtenIds: number[]) => {
      const open = sessionRef.current;
      if (open && writtenIds.includes(open.articleId)) await open.reload();
      await refreshList();
    },
    [refreshList],
  );

  const commands = {
    newArticle: () => void createArticle(),
    save: () => sessionRef.current?.saveExplicitly(),
    find: () => (screen === 'comments' ? commentSearchRef : searchRef).current?.focus(),
    findReplace: () => {
      if (screen === 'articles') sessionRef.current?.findReplace();
    },
    settings: () => setSettingsOpen(true),
    insertImage: () => sessionRef.current?.insertImage(),
    exportHtml: () => setExportOpen(true),
  };
  useAppShortcuts(commands);
  // The comment queues have their own "?" (renderer/comments/shortcuts-dialog.tsx).
  useShortcutsKey(screen === 'articles' && !shortcutsOpen, () => setShortcutsOpen(true));

  const latestCommands = useRef(commands);
  latestCommands.current = commands;
  useEffect(
    () =>
      onEvent('menu.command', ({ command }) => {
        if (command === 'new-article') latestCommands.current.newArticle();
        else if (command === 'save') latestCommands.current.save();
        else if (command === 'find') latestCommands.current.find();
        else if (command === 'settings') latestCommands.current.settings();
        else if (command === 'insert-image') latestCommands.current.insertImage();
        else if (command === 'export-html') latestCommands.current.exportHtml();
        else if (command === 'version-history') sessionRef.current?.openHistory();
        else if (command === 'find-replace') latestCommands.current.findReplace();
        // File › Nhập opens a native dialog in the main process (ArticleImport shows the report):
        // the page cannot open its file picker without a click in it.
      }),
    [],
  );

  return (
    <I18nProvider language={settings.language}>
      <SettingsContext.Provider value={settings}>
      <SettingsChangeContext.Provider value={changeSettings}>
        <div className="app">
          <header className="app-header">
            <h1 className="app-name">{t.appName}</h1>
            <div className="app-header-actions">
              {screen === 'articles' ? (
                <button type="button" className="button" onClick={() => setScreen('comments')}>
                  {t.comments}
                </button>
              ) : (
                <button type="button" className="button" onClick={() => setScreen('articles')}>
                  {t.articles}
                </button>
              )}
              <button type="button" className="button" onClick={() => setExportOpen(true)}>
                {t.exportHtml}
              </button>
              {screen === 'articles' && (
                <button type="button" className="button button-quiet" aria-label={t.editorShortcuts} title={t.editorShortcutsButton} onClick={() => setShortcutsOpen(true)}>
                  ?
                </button>
              )}
              <button type="button" className="button button-quiet" onClick={() => setSettingsOpen(true)}>
                {t.settings}
              </button>
            </div>
          </header>
          {screen === 'comments' && <CommentsView refreshKey={wordListsVersion} searchRef={commentSearchRef} />}
          <div className="articles-screen" hidden={screen !== 'articles'}>
            <ArticleList
              view={view}
              statusFilter={statusFilter}
              order={listOrder}
              onOrderChange={setListOrder}
              query={query}
              articles={articles}
              loadError={listError === null ? null : describeError(listError, t)}
              selectedId={selectedId}
              searchRef={searchRef}
              onViewChange={setView}
              onStatusFilterChange={setStatusFilter}
              onQueryChange={setQuery}
              onNewArticle={() => void createArticle()}
              onOpen={(id) => void openArticle(id)}
              onTrash={(article) => void trashArticle(article.id)}
              onUntrash={(article) => void untrashArticle(article.id)}
              onRetry={() => void refreshList()}
              onImport={() => importRef.current?.openPicker()}
              checkedIds={checkedIds}
              onCheckedChange={checkArticle}
            />
            <main className="editor-pane">
              {notice !== null && (
                <div className="app-notice" role="alert">
                  <p>{describeError(notice, t)}</p>
                  <button type="button" className="button button-quiet" aria-label={t.close} onClick={() => setNotice(null)}>
                    ×
                  </button>
                </div>
              )}
              {selectedId === null ? (
                <p className="workspace-message">{t.chooseArticle}</p>
              ) : (
                <ArticleWorkspace
                  key={selectedId}
                  articleId={selectedId}
                  sessionRef={sessionRef}
                  focusHeadline={newArticleId === selectedId}
                  toneStyle={settings.toneStyle}
                  maxImageMegabytes={settings.maxImageMegabytes}
                  onSaved={articleSaved}
                  onStatus={statusReports.set}
                  onTrash={() => void trashArticle(selectedId)}
                />
              )}
            </main>
          </div>
          <StatusBar reports={statusReports} />
          <ArticleImport ref={importRef} onImported={() => void refreshList()} onOpenArticle={(id) => void openArticle(id)} />
          {exportOpen && (
            <ExportDialog
              openArticleId={selectedId}
              checkedIds={[...checkedIds]}
              settings={settings}
              onSettingsChange={(changes) => void changeSettings(changes)}
              prepare={prepareExport}
              onExported={(ids) => void articlesExported(ids)}
              onClose={() => setExportOpen(false)}
            />
          )}
          {settingsOpen && (
            <SettingsDialog
              settings={settings}
              error={settingsError === null ? null : t.settingsSaveFailed(describeError(settingsError, t))}
              onChange={(changes) => void changeSettings(changes)}
              onConvertToneStyle={convertToneStyle}
              onWordListsChanged={() => setWordListsVersion((version) => version + 1)}
              onClose={() => setSettingsOpen(false)}
            />
          )}
          {shortcutsOpen && <EditorShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
        </div>
      </SettingsChangeContext.Provider>
      </SettingsContext.Provider>
    </I18nProvider>
  );
}
