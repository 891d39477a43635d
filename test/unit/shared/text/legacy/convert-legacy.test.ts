import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertLegacy, decodeLegacyBytes, decodeTextBytes } from '../../../../../shared/text/legacy/convert-legacy';
import { isLegacySource, legacyEncodingNames, legacyEncodings } from '../../../../../shared/text/legacy/legacy-encoding';
import { encodeTcvn3, encodeUtf8ReadAsWindows1252, encodeViqr, encodeVni, latin1Bytes } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('convertLegacy', () => {
  const sentence = `${quanUySentence}.`;
  it.each([
    ['tcvn3', encodeTcvn3(sentence)],
    ['vni', encodeVni(sentence)],
    ['viqr', encodeViqr(sentence)],
    ['cp1252', encodeUtf8ReadAsWindows1252(sentence)],
  ] as const)('converts from %s when told and when detecting', (encoding, text) => {
    expect(convertLegacy(text, encoding)).toEqual({ text: sentence, encoding });
    expect(convertLegacy(text, 'auto')).toEqual({ text: sentence, encoding });
  });

  it('with auto, passes clean text through normalised to NFC', () => {
    expect(convertLegacy(seedArticle.normalize('NFD'), 'auto')).toEqual({ text: seedArticle, encoding: null });
    expect(convertLegacy('naïve © 😀', 'auto')).toEqual({ text: 'naïve © 😀', encoding: null });
  });

  it('never strips soft hyphens before converting: in TCVN3 they are ư', () => {
    expect(convertLegacy('ng\u00adêi d©n', 'tcvn3').text).toBe('người dân');
    expect(convertLegacy(`${encodeTcvn3(seedLead)} ng\u00adêi`, 'auto').text).toContain('người');
  });

  it('returns NFC', () => {
    for (const encoding of legacyEncodings) {
      const { text } = convertLegacy(`Vie\u0302\u0323t ${encodeTcvn3('x')}`, encoding);
      expect(text.normalize('NFC')).toBe(text);
    }
  });
});

describe('decodeTextBytes', () => {
  it.each([
    ['valid UTF-8 as UTF-8', utf8(quanUySentence), quanUySentence],
    ['a UTF-8 byte-order mark is dropped', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Việt')), 'Việt'],
    ['invalid UTF-8 as Windows-1252', Uint8Array.of(0x51, 0x75, 0xcb, 0x6e, 0x80, 0x93), 'QuËn€“'],
    ['TCVN3 bytes one character per byte', new Uint8Array(iconv.encode('người', 'tcvn')), 'ng\u00adêi'],
    ['UTF-16LE by its byte-order mark', Uint8Array.of(0xff, 0xfe, ...Buffer.from('Việt', 'utf16le')), 'Việt'],
    ['UTF-16BE by its byte-order mark', Uint8Array.of(0xfe, 0xff, ...Buffer.from('Việt', 'utf16le').swap16()), 'Việt'],
    ['empty', new Uint8Array(), ''],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeTextBytes(bytes)).toBe(expected);
  });
});

describe('decodeLegacyBytes', () => {
  it.each([
    ['tcvn3', new Uint8Array(iconv.encode(seedLead.toLowerCase(), 'tcvn')), seedLead.toLowerCase()],
    ['vni', latin1Bytes(encodeVni(seedLead)), seedLead],
    ['viqr', utf8(encodeViqr(seedLead)), seedLead],
    ['cp1252', utf8(encodeUtf8ReadAsWindows1252(seedLead)), seedLead],
  ] as const)('reads a %s file', (encoding, bytes, expected) => {
    expect(decodeLegacyBytes(bytes, encoding)).toEqual({ text: expected, encoding });
    expect(decodeLegacyBytes(bytes, 'auto')).toEqual({ text: expected, encoding });
  });

  it('reads legacy text that was saved again as UTF-8', () => {
    expect(decodeLegacyBytes(utf8(encodeTcvn3(seedLead)), 'tcvn3').text).toBe(seedLead.replace('Ủy viên', 'ủy viên'));
    expect(decodeLegacyBytes(utf8(encodeVni(seedLead)), 'auto')).toEqual({ text: seedLead, encoding: 'vni' });
  });

  it('with auto, reads a clean UTF-8 file as it is', () => {
    expect(decodeLegacyBytes(utf8(seedArticle), 'auto')).toEqual({ text: seedArticle, encoding: null });
  });
});

describe('isLegacySource and legacyEncodingNames', () => {
  it.each([
    ['auto', true], ['tcvn3', true], ['vni', true], ['viqr', true], ['cp1252', true],
    ['TCVN3', false], ['utf8', false], ['', false], ['windows-1252', false],
  ])('%j → %s', (value, expected) => {
    expect(isLegacySource(value)).toBe(expected);
  });

  it('names every encoding for people', () => {
    expect(legacyEncodingNames).toEqual({ tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', viqr: 'VIQR', cp1252: 'UTF-8 read as Windows-1252' });
  });
});
