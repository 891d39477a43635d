import { useEffect, useId, useState } from 'react';
import { limits } from '../../shared/api/limits';
import type { RelatedArticle } from '../../shared/model/article-metadata';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';

interface RelatedFieldProps {
  /** The open article, never offered as its own related article. */
  articleId: number;
  related: RelatedArticle[];
  readOnly: boolean;
  onChange: (related: RelatedArticle[]) => void;
}

/**
 * Tin khác: other local articles shown as related. Typing searches the articles (accents
 * optional) and offers the matches; picking one adds it; each chosen article can be removed.
 */
export function RelatedField({ articleId, related, readOnly, onChange }: RelatedFieldProps) {
  const t = useT();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<RelatedArticle[]>([]);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api['search.articles']({ query: text, limit: 8 }).then(
        (result) => {
          if (current) setMatches(result.results.map((hit) => ({ id: hit.id, headline: hit.headline })));
        },
        () => {
          if (current) setMatches([]);
        },
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const offered = matches.filter((match) => match.id !== articleId && !related.some((chosen) => chosen.id === match.id));
  const full = related.length >= limits.related;
  const add = (article: RelatedArticle) => {
    onChange([...related, article]);
    setQuery('');
    setMatches([]);
  };

  return (
    <div className="field field-related">
      <label htmlFor={inputId} className="field-label">{t.relatedArticles}</label>
      {related.length > 0 && (
        <ol className="related-list">
          {related.map((article) => (
            <li key={article.id} className="related-item" lang="vi">
              <span>{article.headline.trim() === '' ? t.untitled : article.headline}</span>
              {!readOnly && (
                <button type="button" className="button button-quiet" aria-label={t.removeRelated(article.headline)}
                  onClick={() => onChange(related.filter((chosen) => chosen.id !== article.id))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && !full && (
        <>
          <input
            id={inputId}
            className="text-input"
            type="search"
            lang="vi"
            value={query}
            placeholder={t.relatedSearchHint}
            aria-controls={listId}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && offered[0]) {
                event.preventDefault();
                add(offered[0]);
              }
            }}
          />
          <ul id={listId} className="related-matches" aria-label={t.relatedMatches}>
            {offered.map((match) => (
              <li key={match.id}>
                <button type="button" className="button button-quiet" lang="vi" onClick={() => add(match)}>
                  {t.addRelated(match.headline.trim() === '' ? t.untitled : match.headline)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
