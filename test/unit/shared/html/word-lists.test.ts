// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nestStrayLists, wordListParagraphsToLists } from '../../../../shared/html/word-lists';

function listParagraph(level: number, marker: string, text: string): string {
  return `<p class=MsoListParagraph style='text-indent:-.25in;mso-list:l0 level${level} lfo1'><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span>${text}</p>`;
}

function converted(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  wordListParagraphsToLists(root);
  return root.innerHTML;
}

describe('wordListParagraphsToLists', () => {
  it('nests by level, tells numbers from bullets by the marker, and removes the marker', () => {
    expect(converted(listParagraph(1, '1.', 'Một') + listParagraph(2, '·', 'Một a') + listParagraph(3, 'o', 'Sâu') + listParagraph(1, '2.', 'Hai'))).toBe(
      '<ol><li><p>Một</p><ul><li><p>Một a</p><ul><li><p>Sâu</p></li></ul></li></ul></li><li><p>Hai</p></li></ol>',
    );
  });

  it('starts a new list when the kind changes at the same level, and ends the run at a plain paragraph', () => {
    expect(converted(listParagraph(1, '·', 'Chấm') + listParagraph(1, 'a)', 'Chữ') + '<p>Đoạn</p>' + listParagraph(1, '·', 'Lại'))).toBe(
      '<ul><li><p>Chấm</p></li></ul><ol><li><p>Chữ</p></li></ol><p>Đoạn</p><ul><li><p>Lại</p></li></ul>',
    );
  });

  it('reads the style text from another attribute when told', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p data-s="mso-list:l1 level1 lfo2"><span data-s="mso-list:Ignore">(1)</span>Mục</p>`;
    wordListParagraphsToLists(root, 'data-s');
    expect(root.innerHTML).toBe('<ol><li><p>Mục</p></li></ol>');
  });
});

describe('nestStrayLists', () => {
  it('moves a list written beside an item (as Google Docs does) into that item', () => {
    const root = document.createElement('div');
    root.innerHTML = '<ul><li>Một</li><ul><li>Một a</li></ul><li>Hai</li></ul>';
    nestStrayLists(root);
    expect(root.innerHTML).toBe('<ul><li>Một<ul><li>Một a</li></ul></li><li>Hai</li></ul>');
  });
});
