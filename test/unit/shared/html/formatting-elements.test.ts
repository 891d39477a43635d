// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inlineStylesToElements, stripAttributes, styleDeclarations } from '../../../../shared/html/formatting-elements';

function cleaned(html: string, styleAttribute?: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  inlineStylesToElements(root, styleAttribute);
  stripAttributes(root);
  return root.innerHTML;
}

describe('inlineStylesToElements', () => {
  it('keeps bold, italic and underline carried by styles, and drops a normal-weight <b> wrapper', () => {
    expect(cleaned('<b style="font-weight:normal"><span style="font-weight:700">đậm</span> <span style="font-style:italic">nghiêng</span></b>')).toBe(
      '<span><strong>đậm</strong></span> <span><em>nghiêng</em></span>',
    );
  });

  it('reads the style text from another attribute, as a paste keeps it', () => {
    expect(cleaned('<span data-s="font-weight: bold !important; text-decoration: underline">x</span>', 'data-s')).toBe('<span><u><strong>x</strong></u></span>');
  });
});

describe('styleDeclarations', () => {
  it('reads property names in lower case, values trimmed', () => {
    expect([...styleDeclarations('FONT-WEIGHT : 700 ;mso-list:l0 level1 lfo1;;bad')]).toEqual([
      ['font-weight', '700'],
      ['mso-list', 'l0 level1 lfo1'],
    ]);
  });
});

describe('stripAttributes', () => {
  it('keeps only what the article schema reads, table spans included, and the names asked for', () => {
    const root = document.createElement('div');
    root.innerHTML = '<a href="https://a.vn" target="_blank" rel="opener" class="x">a</a><table><tr><td colspan="2" style="width:1px" data-pm-slice="1">b</td></tr></table>';
    stripAttributes(root, ['data-pm-slice']);
    expect(root.innerHTML).toBe('<a href="https://a.vn">a</a><table><tbody><tr><td colspan="2" data-pm-slice="1">b</td></tr></tbody></table>');
  });
});
