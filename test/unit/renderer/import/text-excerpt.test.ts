import { describe, expect, it } from 'vitest';
import { textExcerpt } from '../../../../renderer/import/text-excerpt';

describe('textExcerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(textExcerpt('Chiều 3/6,\n  Quận ủy Quận 3 tổ chức hội nghị.')).toBe('Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị.');
  });

  it('cuts a long text at a word and marks the cut', () => {
    const excerpt = textExcerpt('Quận ủy Quận 3 tổ chức hội nghị tổng kết', 20);
    expect(excerpt).toBe('Quận ủy Quận 3 tổ…');
  });

  it('cuts inside a word too long to cut at a space', () => {
    expect(textExcerpt('a'.repeat(50), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});
