import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/text/word-count';

describe('countWords', () => {
  it.each([
    ['empty', '', 0],
    ['white space only', ' \n\t\u00a0 ', 0],
    ['one syllable', 'Việt', 1],
    ['syllables are words', 'Quận ủy Quận 3 tổ chức hội nghị', 8],
    ['decomposed text counts as composed', 'Vie\u0302\u0323t Nam', 2],
    ['punctuation attached to a word', '(Thanhuytphcm.vn) - Chiều 3/6, Quận ủy', 5],
    ['a lone dash or ellipsis is not a word', 'a — b … c - d', 4],
    ['codes and numbers count once', '17-CT/TW 2024 TP.HCM', 3],
    ['tabs, line breaks and no-break spaces separate', 'một\thai\nba\u00a0bốn', 4],
    ['letters Latin-1 counters miss', 'ư ơ đ ữ ậ', 5],
    ['emoji alone is not a word', 'vui 😀 quá', 2],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts the seed article body as a newsroom would', () => {
    const seed = fs.readFileSync(new URL('../../../fixtures/import/seed-article.txt', import.meta.url), 'utf8');
    const headline = 'Cần đầu tư, quan tâm hơn nữa để hỗ trợ các hội quần chúng hoạt động tốt hơn tại địa phương';
    expect(seed).toContain(headline);
    expect(countWords(headline)).toBe(21);
  });
});
