import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { ArticleStatus } from '../../shared/model/article';
import { searchLimits, type SearchResult, type SnippetPart } from '../../shared/model/search';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { RovingList } from '../shell/roving-list';

/** Milliseconds of quiet typing before the search runs. */
export const searchDebounceMilliseconds = 150;

interface SearchBoxProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** The input, so that Ctrl+F and the menu's Find can focus it. */
  inputRef?: Ref<HTMLInputElement> | undefined;
}

/** Tìm kiếm: the search box above the article list. Esc clears it. */
export function SearchBox({ query, onQueryChange, inputRef }: SearchBoxProps) {
  const t = useT();
  const inputId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQueryChange('');
    }
  };
  return (
    <>
      <label htmlFor={inputId} className="visually-hidden">{t.search}</label>
      <input
        id={inputId}
        ref={inputRef}
        className="text-input search-input"
        type="search"
        lang="vi"
        autoComplete="off"
        spellCheck={false}
        maxLength={searchLimits.query}
        placeholder={`${t.search}…`}
        title={`${t.search} (Ctrl+F)`}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </>
  );
}

/** Where a search of the article list stands. */
export type ArticleSearchState =
  | { phase: 'idle' }
  /** `previous`: the last results, shown until the new ones arrive. */
  | { phase: 'searching'; query: string; previous: SearchResult | null }
  | { phase: 'done'; query: string; result: SearchResult }
  | { phase: 'failed'; query: string; error: unknown };

/**
 * Searches the articles (backend `search.articles`) for `query`, `searchDebounceMilliseconds`
 * after it last changed; idle for an empty query. An answer to an older query is dropped.
 * A new `refreshKey` (the article list after a save, trash or restore) searches again.
 */
export function useArticleSearch(query: string, status: ArticleStatus | undefined, refreshKey: unknown): ArticleSearchState {
  const [state, setState] = useState<ArticleSearchState>({ phase: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setState({ phase: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({
      phase: 'searching',
      query: trimmed,
      previous: previous.phase === 'done' ? previous.result : previous.phase === 'searching' ? previous.previous : null,
    }));
    const timer = window.setTimeout(() => {
      api['search.articles']({ query: trimmed, ...(status === undefined ? {} : { status }) }).then(
        (result) => current && setState({ phase: 'done', query: trimmed, result }),
        (error: unknown) => current && setState({ phase: 'failed', query: trimmed, error }),
      );
    }, searchDebounceMilliseconds);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [trimmed, status, refreshKey]);

  return state;
}

/** Text with its matches in `<mark>` elements, built as text nodes (never as HTML). */
export function HighlightedText({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

interface SearchResultsProps {
  state: ArticleSearchState;
  selectedId: number | null;
  onOpen: (id: number) => void;
}

/** The search results in place of the article list: headline and snippet, matches highlighted. */
export function SearchResults({ state, selectedId, onOpen }: SearchResultsProps) {
  const t = useT();
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') {
    return (
      <div className="list-error" role="alert">
        <p>{t.searchFailed(describeError(state.error, t))}</p>
      </div>
    );
  }
  const shown = state.phase === 'done' ? state.result : state.previous;
  if (shown === null) return <p className="list-note" role="status">{t.searching}</p>;
  const { results, total } = shown;
  return (
    <div className="search-results" aria-busy={state.phase === 'searching'}>
      <p className="list-note search-count" role="status">
        {results.length === 0 ? t.noSearchResults : total === null ? t.searchResultsMany(results.length) : t.searchResultCount(total)}
      </p>
      {results.length > 0 && (
        <RovingList className="article-rows" aria-label={t.searchResults} primary=".row-open" preferred=".is-selected">
          {results.map((hit) => {
            const metaId = `search-hit-${hit.id}-meta`;
            const snippetId = `search-hit-${hit.id}-snippet`;
            const headlineParts = hit.headline.trim() === '' ? [{ text: t.untitled, match: false }] : hit.headlineParts;
            return (
              <li key={hit.id} className={`article-row${hit.id === selectedId ? ' is-selected' : ''}`}>
                <div className="row-summary">
                  <button
                    type="button"
                    className="row-open row-headline"
                    lang="vi"
                    aria-current={hit.id === selectedId ? 'true' : undefined}
                    aria-describedby={`${metaId} ${snippetId}`}
                    onClick={() => onOpen(hit.id)}
                  >
                    <HighlightedText parts={headlineParts} />
                  </button>
                  <span id={metaId} className="row-meta">
                    {`${t.statuses[hit.status]} · ${t.updatedAt(t.dateTime(hit.updatedAt))}`}
                  </span>
                  <p id={snippetId} className="row-snippet" lang="vi">
                    <HighlightedText parts={hit.snippet} />
                  </p>
                </div>
              </li>
            );
          })}
        </RovingList>
      )}
    </div>
  );
}
