import { useEffect, useId, useState, type Ref } from 'react';
import type { CommentFilter } from '../../shared/model/comment';
import { useT } from '../i18n/i18n';

/** The filters of the queues view; the article is chosen from a card and shown by its headline. */
export interface QueueFilters {
  article: { id: number; headline: string } | null;
  author: string;
  from: string;
  to: string;
  query: string;
}

export const noFilters: QueueFilters = { article: null, author: '', from: '', to: '', query: '' };

export function toCommentFilter(filters: QueueFilters): CommentFilter {
  return {
    ...(filters.article === null ? {} : { articleId: filters.article.id }),
    ...(filters.author.trim() === '' ? {} : { author: filters.author.trim() }),
    ...(filters.from === '' ? {} : { from: filters.from }),
    ...(filters.to === '' ? {} : { to: filters.to }),
    ...(filters.query.trim() === '' ? {} : { query: filters.query.trim() }),
  };
}

const typingDelayMilliseconds = 250;

/** Tác giả, Từ ngày, Đến ngày, Tìm bình luận (accents, tone style and case ignored), and the article chosen from a card. */
interface CommentFiltersProps {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  /** Tìm bình luận, for Ctrl+F. */
  searchRef?: Ref<HTMLInputElement> | undefined;
}

export function CommentFilters({ filters, onChange, searchRef }: CommentFiltersProps) {
  const t = useT();
  const authorId = useId();
  const fromId = useId();
  const toId = useId();
  const queryId = useId();
  const [author, setAuthor] = useState(filters.author);
  const [query, setQuery] = useState(filters.query);

  useEffect(() => {
    if (author === filters.author && query === filters.query) return;
    const timer = window.setTimeout(() => onChange({ ...filters, author, query }), typingDelayMilliseconds);
    return () => window.clearTimeout(timer);
  }, [author, query, filters, onChange]);

  return (
    <div className="comment-filters" role="search" aria-label={t.commentFiltersLabel}>
      <label htmlFor={queryId} className="visually-hidden">{t.commentSearch}</label>
      <input id={queryId} ref={searchRef} className="text-input search-input" type="search" lang="vi" autoComplete="off" spellCheck={false}
        maxLength={200} placeholder={`${t.commentSearch}…`} value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            setQuery('');
          }
        }} />
      <label htmlFor={authorId} className="comment-filter-label">{t.commentAuthorFilter}</label>
      <input id={authorId} className="text-input comment-author-filter" type="text" lang="vi" autoComplete="off" maxLength={200}
        value={author} onChange={(event) => setAuthor(event.target.value)} />
      <label htmlFor={fromId} className="comment-filter-label">{t.commentFrom}</label>
      <input id={fromId} className="text-input date-input" type="date" value={filters.from}
        onChange={(event) => onChange({ ...filters, from: event.target.value })} />
      <label htmlFor={toId} className="comment-filter-label">{t.commentTo}</label>
      <input id={toId} className="text-input date-input" type="date" value={filters.to}
        onChange={(event) => onChange({ ...filters, to: event.target.value })} />
      {filters.article !== null && (
        <span className="comment-article-filter">
          <span lang="vi">{t.commentArticleFilter(filters.article.headline)}</span>
          <button type="button" className="button button-quiet" aria-label={t.commentClearArticleFilter(filters.article.headline)}
            onClick={() => onChange({ ...filters, article: null })}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
