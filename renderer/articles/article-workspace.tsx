import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Article, ArticleSummary } from '../../shared/model/article';
import type { ToneStyle } from '../../shared/model/settings';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { loadArticle } from './article-prefetch';
import { ArticleSession, type ArticleSessionHandle, type ArticleStatusReport } from './article-session';

function summaryOf(article: Article): ArticleSummary {
  const { id, headline, status, version, wordCount, createdAt, updatedAt, trashedAt } = article;
  return { id, headline, status, version, wordCount, createdAt, updatedAt, trashedAt };
}

interface ArticleWorkspaceProps {
  articleId: number;
  sessionRef: RefObject<ArticleSessionHandle | null>;
  focusHeadline: boolean;
  toneStyle: ToneStyle;
  maxImageMegabytes: number;
  onSaved: (summary: ArticleSummary) => void;
  onStatus: (report: ArticleStatusReport | null) => void;
  onTrash: () => void;
}

/** Loads an article and shows it for editing; loads it again when the session asks (conflict, restore). */
export function ArticleWorkspace({ articleId, sessionRef, focusHeadline, toneStyle, maxImageMegabytes, onSaved, onStatus, onTrash }: ArticleWorkspaceProps) {
  const t = useT();
  const [loaded, setLoaded] = useState<{ article: Article; generation: number } | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [historyNotice, setHistoryNotice] = useState<string | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const generation = useRef(0);
  const firstGeneration = useRef(1);
  const currentArticleId = useRef(articleId);
  currentArticleId.current = articleId;
  // The same function on every render, so that the open session is not drawn again when the app is (after each save).
  const latestTrash = useRef(onTrash);
  latestTrash.current = onTrash;
  const trash = useCallback(() => latestTrash.current(), []);

  const load = useCallback(async (): Promise<Article | null> => {
    try {
      const article = await loadArticle(articleId);
      if (currentArticleId.current !== articleId) return null;
      generation.current += 1;
      setLoaded({ article, generation: generation.current });
      setLoadError(null);
      return article;
    } catch (error) {
      if (currentArticleId.current === articleId) setLoadError(error);
      return null;
    }
  }, [articleId]);

  useEffect(() => {
    setLoaded(null);
    setLoadError(null);
    setHistoryNotice(null);
    firstGeneration.current = generation.current + 1;
    void load();
  }, [load]);

  useEffect(() => () => onStatus(null), [onStatus]);

  const changeHistoryOpen = useCallback((open: boolean) => {
    setHistoryOpen(open);
    setHistoryNotice(null);
  }, []);

  const reload = useCallback(async () => {
    const article = await load();
    if (article) onSaved(summaryOf(article));
  }, [load, onSaved]);

  if (loadError !== null && loaded === null) {
    return (
      <div className="workspace-message" role="alert">
        <p>{t.articleLoadFailed(describeError(loadError, t))}</p>
        <button type="button" className="button" onClick={() => void load()}>{t.retry}</button>
      </div>
    );
  }
  if (loaded === null || loaded.article.id !== articleId) return <p className="workspace-message">{t.loading}</p>;

  return (
    <ArticleSession
      key={loaded.generation}
      article={loaded.article}
      sessionRef={sessionRef}
      focusHeadline={focusHeadline && loaded.generation === firstGeneration.current}
      historyOpen={historyOpen}
      previewOpen={previewOpen}
      toneStyle={toneStyle}
      maxImageMegabytes={maxImageMegabytes}
      historyNotice={historyNotice}
      onHistoryNotice={setHistoryNotice}
      onHistoryOpenChange={changeHistoryOpen}
      onPreviewOpenChange={setPreviewOpen}
      onReload={reload}
      onSaved={onSaved}
      onStatus={onStatus}
      onTrash={trash}
    />
  );
}
