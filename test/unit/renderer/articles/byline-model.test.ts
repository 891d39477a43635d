import { describe, expect, it } from 'vitest';
import type { Author } from '../../../../shared/model/author';
import { authorNamed, authorSuggestions, bylinesField, maxAuthorSuggestions } from '../../../../renderer/articles/byline-model';

const at = '2024-03-29T08:00:00.000Z';
const author = (id: number, name: string, penName: string | null = null): Author => ({
  id,
  name,
  penName,
  role: 'reporter',
  active: true,
  createdAt: at,
  updatedAt: at,
});

const directory = [author(1, 'Đỗ Hùng'), author(2, 'Hồng Ngọc', 'H.Ngọc'), author(3, 'Minh Anh'), author(4, 'Nguyễn Văn Ngọc')];

describe('authorSuggestions', () => {
  it('matches the name or pen name anywhere, with or without accents, in directory order', () => {
    expect(authorSuggestions(directory, 'ngoc', new Set()).map((a) => a.id)).toEqual([2, 4]);
    expect(authorSuggestions(directory, 'Ngọc', new Set()).map((a) => a.id)).toEqual([2, 4]);
    expect(authorSuggestions(directory, 'do hung', new Set()).map((a) => a.id)).toEqual([1]);
    expect(authorSuggestions(directory, 'h.ng', new Set()).map((a) => a.id)).toEqual([2]);
  });

  it('leaves out the authors already chosen, and suggests nothing for blank input', () => {
    expect(authorSuggestions(directory, 'ngoc', new Set([2])).map((a) => a.id)).toEqual([4]);
    expect(authorSuggestions(directory, '  ', new Set())).toEqual([]);
  });

  it(`offers at most ${maxAuthorSuggestions}`, () => {
    const many = Array.from({ length: 20 }, (_, index) => author(index + 1, `Tác giả ${index + 1}`));
    expect(authorSuggestions(many, 'tac gia', new Set())).toHaveLength(maxAuthorSuggestions);
  });
});

describe('authorNamed', () => {
  it('finds an author by exact name or pen name, without regard to case', () => {
    expect(authorNamed(directory, ' hồng ngọc ')?.id).toBe(2);
    expect(authorNamed(directory, 'H.NGỌC')?.id).toBe(2);
    expect(authorNamed(directory, 'Hong Ngoc')).toBeUndefined();
  });
});

describe('bylinesField', () => {
  it('keeps ids and roles in order, without the names', () => {
    expect(
      bylinesField({
        authors: [
          { authorId: 3, role: 'photographer', name: 'Minh Anh', penName: null },
          { authorId: 2, role: 'writer', name: 'Hồng Ngọc', penName: 'H.Ngọc' },
        ],
        team: true,
        source: 'TTXVN',
      }),
    ).toEqual({
      authors: [
        { authorId: 3, role: 'photographer' },
        { authorId: 2, role: 'writer' },
      ],
      team: true,
      source: 'TTXVN',
    });
  });
});
