import { describe, expect, it } from 'vitest';
import * as legacyEncodings from '../../../../shared/text/legacy-encodings';

describe('shared/text/legacy-encodings, the public entry', () => {
  it('offers detection, conversion, byte decoding and the paste suggestion', () => {
    expect(Object.keys(legacyEncodings).sort()).toEqual([
      'convertLegacy',
      'countForeignCharacters',
      'decodeLegacyBytes',
      'decodeTcvn3',
      'decodeTextBytes',
      'decodeViqr',
      'decodeVni',
      'detectLegacyEncoding',
      'detectionSampleLength',
      'isLegacySource',
      'legacyEncodingNames',
      'legacyEncodings',
      'legacyPasteSuggestion',
      'pastePreviewLength',
      'repairUtf8Mojibake',
    ]);
  });

  it.each([
    ['TCVN3', 'QuËn ñy QuËn 3', 'tcvn3'],
    ['VNI', 'Quaän uûy Quaän 3', 'vni'],
    ['VIQR', 'Qua^.n u?y Qua^.n 3 to^? chu+\'c', 'viqr'],
    ['misread UTF-8', 'Quáº­n á»§y', 'cp1252'],
  ] as const)('converts %s pasted text to "Quận ủy …"', (_name, pasted, encoding) => {
    const suggestion = legacyEncodings.legacyPasteSuggestion(pasted);
    expect(suggestion?.encoding).toBe(encoding);
    expect(suggestion?.converted.startsWith('Quận ủy')).toBe(true);
    expect(legacyEncodings.convertLegacy(pasted, 'auto').text).toBe(suggestion?.converted);
  });
});
