import { describe, expect, it } from 'vitest';
import { articleIdFromFragment, fragmentWithArticle } from '../../../../renderer/shell/article-in-address';

describe('articleIdFromFragment', () => {
  it.each([
    ['#article=12', 12],
    ['#token=abc&article=3', 3],
    ['#article=3&token=abc', 3],
    ['', null],
    ['#token=abc', null],
    ['#article=0', null],
    ['#article=-1', null],
    ['#article=1e3', null],
    ['#article=12abc', null],
  ])('%s gives %s', (hash, expected) => {
    expect(articleIdFromFragment(hash)).toBe(expected);
  });
});

describe('fragmentWithArticle', () => {
  it('sets, replaces and removes the article part and keeps the token part', () => {
    expect(fragmentWithArticle('', 5)).toBe('#article=5');
    expect(fragmentWithArticle('#token=abc', 5)).toBe('#token=abc&article=5');
    expect(fragmentWithArticle('#token=abc&article=4', 5)).toBe('#token=abc&article=5');
    expect(fragmentWithArticle('#article=4', null)).toBe('');
    expect(fragmentWithArticle('#token=abc&article=4', null)).toBe('#token=abc');
  });
});
