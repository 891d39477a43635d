import { describe, expect, it } from 'vitest';
import { convertFieldRange } from '../../../../renderer/articles/field-legacy-paste';
import { encodeTcvn3, encodeVni } from '../../shared/text/legacy/legacy-test-encoders';

describe('convertFieldRange', () => {
  it('converts only the pasted range of a headline or sapo', () => {
    const pasted = encodeTcvn3('Quận ủy Quận 3');
    const text = `Tin: ${pasted} họp`;
    expect(convertFieldRange(text, { from: 5, to: 5 + pasted.length, encoding: 'tcvn3' })).toBe('Tin: Quận ủy Quận 3 họp');
    const vni = encodeVni('Hội nghị');
    expect(convertFieldRange(vni, { from: 0, to: vni.length, encoding: 'vni' })).toBe('Hội nghị');
  });

  it('keeps a range that the text no longer reaches within the text', () => {
    expect(convertFieldRange('ngắn', { from: 2, to: 99, encoding: 'tcvn3' }).startsWith('ng')).toBe(true);
    expect(convertFieldRange('ngắn', { from: 50, to: 99, encoding: 'tcvn3' })).toBe('ngắn');
  });
});
