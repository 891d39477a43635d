import { describe, expect, it } from 'vitest';
import { hasStyledTone, parseSyllable } from '../../../../shared/text/syllable-rules';

describe('parseSyllable', () => {
  it.each([
    'a', 'ăn', 'ấy', 'quận', 'ủy', 'uỷ', 'người', 'nghiêng', 'nghe', 'ghi', 'ghế', 'kỹ', 'kìa', 'khuya', 'khuỷu', 'chuyện',
    'quốc', 'quý', 'quí', 'quở', 'giữa', 'gì', 'gìn', 'giếng', 'giường', 'già', 'hoàng', 'hoạch', 'khoẻ', 'khỏe', 'thuở',
    'xoong', 'oái', 'yêu', 'yến', 'đạo', 'đảng', 'thích', 'bệnh', 'huỳnh', 'hạt', 'tuần', 'huýt', 'ngoáo', 'thuế', 'xoăn',
    'ươn', 'ở', 'ý', 'của', 'cuộc', 'cười', 'rượu', 'tuổi', 'hiểu', 'gửi', 'nguyễn', 'khuyến', 'ngoài', 'được', 'pin',
  ])('accepts %s', (word) => {
    expect(parseSyllable(word)).not.toBeNull();
  });

  it.each([
    ['nguời', 'no nucleus "uơi"'], ['đươc', 'stop final without sắc or nặng'], ['càc', 'huyền with a stop final'],
    ['ci', 'k before i'], ['ke', 'valid: k before e'], ['ge', 'gh before e'], ['nge', 'ngh before e'], ['ghà', 'g before a'],
    ['nghành', 'ng before a'], ['ka', 'c before a'], ['qa', 'q without u'], ['qúa', 'the tone belongs on a'],
    ['gìa', 'the i belongs to gi-'], ['tóan', 'the tone of a closed oa sits on a'], ['ngừơi', 'the tone of ươ sits on ơ'],
    ['mùă', 'no nucleus "uă"'], ['ăc', 'stop final without sắc or nặng'], ['coa', 'qu before oa'], ['ăch', 'ch only after a, ê, i, y'],
    ['tíng', 'ng never after a lone i'], ['hoáà', 'two tones'], ['đđa', 'no such onset'], ['tiê', 'iê needs a final'],
  ])('judges %j (%s)', (word, reason) => {
    expect(parseSyllable(word) !== null).toBe(reason.startsWith('valid'));
  });

  it('waives only the onset spelling pairs when asked (names such as Bắc Kạn, Kon Tum)', () => {
    expect(parseSyllable('kạn')).toBeNull();
    expect(parseSyllable('kạn', true)).not.toBeNull();
    expect(parseSyllable('nguời', true)).toBeNull();
  });

  it('knows which syllables the house tone style places', () => {
    expect(['hòa', 'hoà', 'khỏe', 'thủy', 'uỷ'].map((word) => hasStyledTone(parseSyllable(word)!))).toEqual([true, true, true, true, true]);
    expect(['hoàng', 'quý', 'quả', 'gìa', 'hoa', 'toán'].map((word) => parseSyllable(word) !== null && hasStyledTone(parseSyllable(word)!))).toEqual([
      false, false, false, false, false, false,
    ]);
  });
});
