import { useId, type Ref } from 'react';
import { articleStatuses, type ArticleStatus, type ArticleSummary } from '../../shared/model/article';
import { foldForSearch } from '../../shared/text/fold';
import { useT } from '../i18n/i18n';
import { TrashIcon } from '../shell/icons';
import { RovingList } from '../shell/roving-list';
import { type ListOrder, ListOrderTools } from './list-order';
import { SearchBox, SearchResults, useArticleSearch } from './search-box';

export type ListView = 'articles' | 'trash';
export type StatusFilter = ArticleStatus | 'all';

interface ArticleListProps {
  view: ListView;
  statusFilter: StatusFilter;
  query: string;
  articles: ArticleSummary[] | null;
  loadError: string | null;
  selectedId: number | null;
  searchRef?: Ref<HTMLInputElement>;
  onViewChange: (view: ListView) => void;
  onStatusFilterChange: (filter: StatusFilter) => void;
  /** Chuyên mục, Tác giả and Sắp xếp of the article view. */
  order: ListOrder;
  onOrderChange: (order: ListOrder) => void;
  onQueryChange: (query: string) => void;
  onNewArticle: () => void;
  /** Nhập: opens the import file picker (renderer/import/). */
  onImport?: () => void;
  onOpen: (id: number) => void;
  onTrash: (article: ArticleSummary) => void;
  onUntrash: (article: ArticleSummary) => void;
  onRetry: () => void;
  /** The articles ticked for Xuất HTML (the article view only). */
  checkedIds?: ReadonlySet<number>;
  onCheckedChange?: (id: number, checked: boolean) => void;
}

/** Articles that match the search box, compared without accents ("dang uy" finds "Đảng ủy"). */
export function matchingArticles(articles: ArticleSummary[], query: string): ArticleSummary[] {
  const folded = foldForSearch(query.trim());
  if (folded === '') return articles;
  return articles.filter((article) => foldForSearch(article.headline).includes(folded));
}

/** Tin bài: the article list with Bài mới, search, status filter and the Thùng rác view. */
export function ArticleList(props: ArticleListProps) {
  const { view, statusFilter, query, articles, loadError, selectedId } = props;
  const t = useT();
  const titleId = useId();
  const filterId = useId();
  // The article view searches the backend (full text, with snippets); the trash filters headlines here.
  const searching = view === 'articles' && query.trim() !== '';
  const search = useArticleSearch(searching ? query : '', statusFilter === 'all' ? undefined : statusFilter, articles);
  const shown = searching || articles === null ? null : matchingArticles(articles, query);

  return (
    <nav className="article-list-pane" aria-labelledby={titleId}>
      <div className="list-header">
        <h2 id={titleId} className="list-title">{view === 'trash' ? t.trash : t.articles}</h2>
        <button type="button" className="button button-primary" onClick={props.onNewArticle} title={`${t.newArticle} (Ctrl+N)`}>
          {t.newArticle}
        </button>
        {props.onImport && (
          <button type="button" className="button" onClick={props.onImport} title={t.importFilesHint}>
            {t.importFiles}
          </button>
        )}
      </div>
      <div className="list-tools">
        <SearchBox query={query} onQueryChange={props.onQueryChange} inputRef={props.searchRef} />
        <div className="view-switch" role="group" aria-label={`${t.articles} / ${t.trash}`}>
          <button type="button" className="switch-button" aria-pressed={view === 'articles'} onClick={() => props.onViewChange('articles')}>
            {t.articles}
          </button>
          <button type="button" className="switch-button" aria-pressed={view === 'trash'} onClick={() => props.onViewChange('trash')}>
            {t.trash}
          </button>
        </div>
        <label htmlFor={filterId} className="visually-hidden">{t.statusFilter}</label>
        <select
          id={filterId}
          className="select-input"
          value={statusFilter}
          onChange={(event) => props.onStatusFilterChange(event.target.value as StatusFilter)}
        >
          <option value="all">{t.allStatuses}</option>
          {articleStatuses.map((status) => (
            <option key={status} value={status}>{t.statuses[status]}</option>
          ))}
        </select>
      </div>
      {view === 'articles' && !searching && <ListOrderTools order={props.order} onChange={props.onOrderChange} />}
      {loadError !== null && (
        <div className="list-error" role="alert">
          <p>{t.listLoadFailed(loadError)}</p>
          <button type="button" className="button" onClick={props.onRetry}>{t.retry}</button>
        </div>
      )}
      {searching && <SearchResults state={search} selectedId={selectedId} onOpen={props.onOpen} />}
      {shown === null && !searching && loadError === null && <p className="list-note">{t.loading}</p>}
      {shown !== null && shown.length === 0 && (
        <p className="list-note">{query.trim() !== '' ? t.noSearchResults : view === 'trash' ? t.noTrashedArticles : t.noArticles}</p>
      )}
      {shown !== null && shown.length > 0 && (
        <RovingList className="article-rows" primary={view === 'trash' ? '.row-action' : '.row-open'} preferred=".is-selected">
          {shown.map((article) => {
            const headline = article.headline.trim() === '' ? t.untitled : article.headline;
            const meta = `${t.statuses[article.status]} · ${t.updatedAt(t.dateTime(article.updatedAt))}`;
            const metaId = `article-${article.id}-meta`;
            return (
              <li key={article.id} className={`article-row${article.id === selectedId ? ' is-selected' : ''}`}>
                {view === 'articles' && props.checkedIds && props.onCheckedChange && (
                  <input
                    type="checkbox"
                    className="row-check"
                    aria-label={t.checkArticle(headline)}
                    checked={props.checkedIds.has(article.id)}
                    onChange={(event) => props.onCheckedChange?.(article.id, event.target.checked)}
                  />
                )}
                <div className="row-summary">
                  {view === 'trash' ? (
                    <span className="row-headline" lang="vi">{headline}</span>
                  ) : (
                    <button
                      type="button"
                      className="row-open row-headline"
                      lang="vi"
                      aria-current={article.id === selectedId ? 'true' : undefined}
                      aria-describedby={metaId}
                      onClick={() => props.onOpen(article.id)}
                    >
                      {headline}
                    </button>
                  )}
                  <span id={metaId} className="row-meta">{meta}</span>
                </div>
                {view === 'trash' ? (
                  <button type="button" className="button row-action" aria-label={t.untrashNamed(headline)} title={t.untrash}
                    onClick={() => props.onUntrash(article)}>
                    {t.untrash}
                  </button>
                ) : (
                  <button type="button" className="button button-quiet row-action" aria-label={t.moveToTrashNamed(headline)}
                    title={t.moveToTrash} onClick={() => props.onTrash(article)}>
                    <TrashIcon />
                  </button>
                )}
              </li>
            );
          })}
        </RovingList>
      )}
    </nav>
  );
}
