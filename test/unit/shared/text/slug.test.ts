import { describe, expect, it } from 'vitest';
import { defaultSlugMaxLength, slugify } from '../../../../shared/text/slug';

describe('slugify', () => {
  it.each([
    ['Quận ủy Quận 3', 'quan-uy-quan-3'],
    ['Quận uỷ Quận 3', 'quan-uy-quan-3'],
    ['Đảng bộ TP.HCM', 'dang-bo-tp-hcm'],
    ['  Cần đầu tư, quan tâm hơn nữa!  ', 'can-dau-tu-quan-tam-hon-nua'],
    ['Vie\u0302\u0323t Nam', 'viet-nam'],
    ['Chỉ thị số 17-CT/TW', 'chi-thi-so-17-ct-tw'],
    ['---a---b---', 'a-b'],
    ['Straße & Ærø', 'strasse-aero'],
    ['“Ngọc” — 😀 ©', 'ngoc'],
    ['!!!', ''],
    ['', ''],
  ])('%j → %j', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it('cuts a long slug at the last hyphen that fits', () => {
    const title = 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương';
    expect(slugify(title, 30)).toBe('can-dau-tu-quan-tam-hon-nua-de');
    expect(slugify(title, 29)).toBe('can-dau-tu-quan-tam-hon-nua');
    const full = slugify(title);
    expect(full.length).toBeLessThanOrEqual(defaultSlugMaxLength);
    expect(full).toBe('can-dau-tu-quan-tam-hon-nua-de-ho-tro-cac-hoi-quan-chung-hoat-dong-tot-hon-tai');
  });

  it('cuts a single overlong word hard', () => {
    expect(slugify('a'.repeat(100), 10)).toBe('a'.repeat(10));
  });
});
