/**
 * Legacy Vietnamese encodings still met in old documents: detection, conversion to NFC Unicode,
 * and the editor's paste suggestion. See design/vietnamese.md, "Legacy encodings".
 */
export { legacyEncodings, legacyEncodingNames, isLegacySource, type LegacyEncoding, type LegacySource } from './legacy/legacy-encoding';
export { detectLegacyEncoding, detectionSampleLength, countForeignCharacters, type LegacyDetection } from './legacy/detect-legacy-encoding';
export { convertLegacy, decodeLegacyBytes, decodeTextBytes, type LegacyConversion } from './legacy/convert-legacy';
export { legacyPasteSuggestion, pastePreviewLength, type LegacyPasteSuggestion } from './legacy/paste-suggestion';
export { decodeTcvn3 } from './legacy/tcvn3';
export { decodeVni } from './legacy/vni';
export { decodeViqr } from './legacy/viqr';
export { repairUtf8Mojibake } from './legacy/utf8-mojibake';
