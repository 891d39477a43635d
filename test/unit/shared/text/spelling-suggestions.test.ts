import { describe, expect, it } from 'vitest';
import { suggestCorrections } from '../../../../shared/text/spelling-suggestions';
import { parseSyllable } from '../../../../shared/text/syllable-rules';

describe('suggestCorrections', () => {
  it.each([
    ['nguời', 'người', 'missing horn on u'],
    ['Nguời', 'Người', 'capital kept'],
    ['NGUỜI', 'NGƯỜI', 'all capitals kept'],
    ['đươc', 'được', 'stop final without a tone: the common word first'],
    ['đuợc', 'được', 'missing horn on u'],
    ['ngừơi', 'người', 'tone moved to ơ'],
    ['tóan', 'toán', 'tone moved to a'],
    ['qúa', 'quá', 'tone moved off the u of qu-'],
    ['gìa', 'già', 'tone moved off the i of gi-'],
    ['gỉai', 'giải', 'tone moved'],
    ['ddi', 'đi', 'dd for đ'],
    ['ghà', 'gà', 'gh before a'],
    ['nghành', 'ngành', 'ngh before a'],
    ['nge', 'nghe', 'ng before e'],
    ['ci', 'ki', 'c before i'],
    ['càc', 'các', 'huyền on a stop final'],
    ['tiêp', 'tiếp', 'stop final without a tone'],
  ])('%s → %s first (%s)', (word, best) => {
    expect(suggestCorrections(word, 'old')[0]).toBe(best);
  });

  it('offers only well-formed syllables, in the house style, never the word itself', () => {
    for (const word of ['nguời', 'đươc', 'tóan', 'hoạc', 'khoẻo', 'uyêc']) {
      const suggestions = suggestCorrections(word, 'old');
      expect(suggestions).not.toContain(word);
      for (const suggestion of suggestions) expect(parseSyllable(suggestion.toLowerCase())).not.toBeNull();
    }
    expect(suggestCorrections('hóac', 'new')).toContain('hoác');
  });

  it('offers nothing for words no usual slip explains', () => {
    expect(suggestCorrections('Krông', 'old')).toEqual([]);
    expect(suggestCorrections('Mbappé', 'old')).toEqual([]);
  });
});
