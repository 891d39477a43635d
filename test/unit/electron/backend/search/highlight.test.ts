import { describe, expect, it } from 'vitest';
import { bestPassage, buildSnippet, highlightText } from '../../../../../electron/backend/search/highlight';
import { parseSearchQuery } from '../../../../../electron/backend/search/search-query';
import { markSnippetText } from '../../../../../shared/model/search';

const marked = (parts: Array<{ text: string; match: boolean }>) => markSnippetText(parts, '[', ']');

describe('highlightText', () => {
  it('marks the accented words the folded query matched, as written', () => {
    const parts = highlightText('Hỗ trợ các hội quần chúng hoạt động', parseSearchQuery('hoi quan chung'));
    expect(marked(parts)).toBe('Hỗ trợ các [hội quần chúng] hoạt động');
  });

  it('matches đ and either tone style', () => {
    expect(marked(highlightText('Đảng ủy và Thành uỷ', parseSearchQuery('dang "thành ủy"')))).toBe('[Đảng] ủy và [Thành uỷ]');
  });

  it('marks only words of a phrase that appear in order', () => {
    const parts = highlightText('Quận 3 và Quận ủy Quận 3', parseSearchQuery('"quận ủy quận 3"'));
    expect(marked(parts)).toBe('Quận 3 và [Quận ủy Quận 3]');
  });

  it('marks prefixes and dotted abbreviations', () => {
    expect(marked(highlightText('Nguyễn Thành Nam ở TP.HCM', parseSearchQuery('nguy* tp.hcm')))).toBe('[Nguyễn] Thành Nam ở [TP.HCM]');
  });

  it('finds words written decomposed (NFD)', () => {
    const decomposed = 'Hội nghị'.normalize('NFD');
    expect(marked(highlightText(decomposed, parseSearchQuery('hoi')))).toBe('[Hội] nghị'.normalize('NFD'));
  });

  it('returns the whole text unmarked when nothing matches', () => {
    expect(highlightText('Tin khác', parseSearchQuery('zzz'))).toEqual([{ text: 'Tin khác', match: false }]);
  });
});

describe('bestPassage', () => {
  const words = Array.from({ length: 200 }, (_, index) => `từ${index}`);

  it('cuts a window around the matches with ellipses', () => {
    const text = [...words.slice(0, 100), 'Thành ủy', ...words.slice(100)].join(' ');
    const passage = bestPassage(text, parseSearchQuery('thanh uy'), 10);
    expect(marked(passage.parts)).toBe('… từ97 từ98 từ99 [Thành ủy] từ100 từ101 từ102 từ103 từ104 …');
  });

  it('prefers a passage with every phrase over one with many matches of one phrase', () => {
    const text = ['hội hội hội hội', ...words.slice(0, 50), 'hội nghị Quận ủy', ...words.slice(50)].join(' ');
    expect(marked(bestPassage(text, parseSearchQuery('hội quận'), 8).parts)).toContain('[hội] nghị [Quận] ủy');
  });

  it('collapses line breaks into spaces', () => {
    expect(marked(bestPassage('Dòng một\n\nhội nghị', parseSearchQuery('hoi')).parts)).toBe('Dòng một [hội] nghị');
  });
});

describe('buildSnippet', () => {
  it('takes the body passage when only the body matches', () => {
    expect(marked(buildSnippet(['Sapo không khớp.', 'Thân bài nói về Đảng ủy.'], parseSearchQuery('dang uy')))).toBe('Thân bài nói về [Đảng ủy].');
  });

  it('starts the lead when nothing matches (the match was in the headline)', () => {
    expect(buildSnippet(['', 'Sapo không khớp.', 'Thân bài.'], parseSearchQuery('zzz'))).toEqual([{ text: 'Sapo không khớp.', match: false }]);
  });

  it('is empty for an empty article', () => {
    expect(buildSnippet(['', ' '], parseSearchQuery('a'))).toEqual([]);
  });
});
