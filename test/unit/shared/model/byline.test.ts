import { describe, expect, it } from 'vitest';
import { bylineLine, type BylineLineAuthor } from '../../../../shared/model/byline';

const writer = (name: string, penName: string | null = null): BylineLineAuthor => ({ name, penName, role: 'writer' });
const photographer = (name: string, penName: string | null = null): BylineLineAuthor => ({ name, penName, role: 'photographer' });

describe('bylineLine', () => {
  it.each([
    ['no bylines', { authors: [], team: false, source: '' }, ''],
    ['one writer', { authors: [writer('Hồng Ngọc')], team: false, source: '' }, 'Hồng Ngọc'],
    ['writers in order, joined with " - "', { authors: [writer('Minh Anh'), writer('Hồng Ngọc')], team: false, source: '' }, 'Minh Anh - Hồng Ngọc'],
    ['the pen name when there is one', { authors: [writer('Nguyễn Thị Hồng Ngọc', 'Hồng Ngọc')], team: false, source: '' }, 'Hồng Ngọc'],
    ['the reporting team alone', { authors: [], team: true, source: '' }, 'Nhóm PV'],
    ['writers then the team', { authors: [writer('Hồng Ngọc')], team: true, source: '' }, 'Hồng Ngọc - Nhóm PV'],
    ['photographers after the writers', { authors: [photographer('Quang Huy'), writer('Hồng Ngọc'), photographer('Thành Nam')], team: false, source: '' }, 'Hồng Ngọc - Ảnh: Quang Huy, Thành Nam'],
    ['the source alone, trimmed', { authors: [], team: false, source: ' TTXVN ' }, 'Theo TTXVN'],
    ['everything', { authors: [writer('Hồng Ngọc'), photographer('Quang Huy', 'Q.Huy')], team: true, source: 'TTXVN' }, 'Hồng Ngọc - Nhóm PV - Ảnh: Q.Huy - Theo TTXVN'],
    ['a blank pen name falls back to the name', { authors: [writer('Minh Anh', '  ')], team: false, source: '' }, 'Minh Anh'],
  ])('%s', (_case, bylines, expected) => {
    expect(bylineLine(bylines)).toBe(expected);
  });
});
