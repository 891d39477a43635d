import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../shared/model/article';
import { matchingArticles } from '../../../../renderer/articles/article-list';

function article(id: number, headline: string): ArticleSummary {
  const at = '2024-03-29T03:00:00.000Z';
  return { id, headline, status: 'draft', version: 1, wordCount: 0, createdAt: at, updatedAt: at, trashedAt: null };
}

describe('matchingArticles', () => {
  const articles = [article(1, 'Đảng ủy phường họp'), article(2, 'Hội quần chúng hoạt động tốt'), article(3, '')];

  it('matches headlines with or without accents, in any case', () => {
    expect(matchingArticles(articles, 'dang uy').map((found) => found.id)).toEqual([1]);
    expect(matchingArticles(articles, 'HỘI QUẦN').map((found) => found.id)).toEqual([2]);
    expect(matchingArticles(articles, 'hoi quan chung'.normalize('NFD')).map((found) => found.id)).toEqual([2]);
  });

  it('an empty query keeps every article', () => {
    expect(matchingArticles(articles, '  ')).toHaveLength(3);
  });
});
