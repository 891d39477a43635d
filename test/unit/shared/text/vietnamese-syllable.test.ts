import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../../../shared/text/vietnamese-syllable';

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'ăn', 'ấy', 'Quận', 'ủy', 'uỷ', 'người', 'NGƯỜI', 'nghiêng', 'khuya', 'khuỷu', 'chuyện', 'quốc', 'quý', 'giữa', 'gì',
    'gìn', 'giường', 'hoàng', 'khoẻ', 'khỏe', 'thuở', 'xoong', 'oái', 'yêu', 'đạo', 'Đảng', 'thích', 'hạt', 'tuần', 'huýt',
    'huỳnh', 'ngoáo', 'thuế', 'xoăn', 'ươn', 'ở', 'ý',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['', 'empty'], ['b', 'no vowel'], ['naùve', 'coda ve'], ['Über', 'ü is not a Vietnamese vowel'], ['café', 'coda f'],
    ['ă', 'ă needs a final consonant'], ['tiê', 'iê needs a final consonant'], ['taip', 'ai takes no final consonant'],
    ['cat', 'a stop final needs sắc or nặng'], ['càc', 'huyền with a stop final'], ['hoáà', 'two tones'], ['straße', 'ß'],
    ['ưê', 'no such nucleus'], ['đđa', 'no such onset'], ['xyz', 'no vowel nucleus'], ['hello', 'll'],
  ])('rejects %j (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('accepts every word of the seed article that holds a Vietnamese letter', () => {
    const seed = fs.readFileSync(new URL('../../../fixtures/import/seed-article.txt', import.meta.url), 'utf8');
    const words = (seed.normalize('NFC').match(/\p{L}+/gu) ?? []).filter((word) => /[^\p{ASCII}]/u.test(word));
    expect(words.length).toBeGreaterThan(300);
    expect(words.filter((word) => !isVietnameseSyllable(word))).toEqual([]);
  });
});
