import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countForeignCharacters, detectLegacyEncoding, detectionSampleLength } from '../../../../../shared/text/legacy/detect-legacy-encoding';
import { vietnameseLetters } from '../../../../../shared/text/vietnamese-letters';
import { encodeTcvn3, encodeUtf8ReadAsLatin1, encodeUtf8ReadAsWindows1252, encodeViqr, encodeVni } from './legacy-test-encoders';
import { quanUySentence, seedArticle, seedLead } from './seed-text';

describe('detectLegacyEncoding finds', () => {
  it.each([
    ['TCVN3: the sentence', encodeTcvn3(quanUySentence), 'tcvn3'],
    ['TCVN3: the lead', encodeTcvn3(seedLead), 'tcvn3'],
    ['TCVN3: the seed article', encodeTcvn3(seedArticle), 'tcvn3'],
    ['TCVN3: a heading in an H font', encodeTcvn3('QUẬN ỦY QUẬN 3 TỔ CHỨC HỘI NGHỊ'), 'tcvn3'],
    ['TCVN3: the design notes example', 'Qu©n ñy', 'tcvn3'],
    ['TCVN3: two words', 'QuËn ñy', 'tcvn3'],
    ['VNI: the sentence', encodeVni(quanUySentence), 'vni'],
    ['VNI: the lead', encodeVni(seedLead), 'vni'],
    ['VNI: the seed article', encodeVni(seedArticle), 'vni'],
    ['VNI: two words', 'Quaän uûy', 'vni'],
    ['VIQR: the sentence', encodeViqr(quanUySentence), 'viqr'],
    ['VIQR: the lead', encodeViqr(seedLead), 'viqr'],
    ['VIQR: the seed article', encodeViqr(seedArticle), 'viqr'],
    ['VIQR: four words', 'To^i ye^u Vie^.t Nam', 'viqr'],
    ['cp1252: the sentence', encodeUtf8ReadAsWindows1252(quanUySentence), 'cp1252'],
    ['cp1252: the seed article', encodeUtf8ReadAsWindows1252(seedArticle), 'cp1252'],
    ['cp1252: read as Latin-1', encodeUtf8ReadAsLatin1(seedLead), 'cp1252'],
    ['cp1252: the design notes example', 'Viá»‡t', 'cp1252'],
    ['cp1252: all 134 letters', encodeUtf8ReadAsWindows1252(vietnameseLetters.join(' ')), 'cp1252'],
  ])('%s', (_name, text, expected) => {
    const detection = detectLegacyEncoding(text);
    expect(detection.encoding).toBe(expected);
    expect(detection.confidence).toBeGreaterThan(0);
    expect(detection.confidence).toBeLessThanOrEqual(1);
    expect(detection.evidence).toMatch(/\d/);
  });

  it('is more confident with more evidence', () => {
    expect(detectLegacyEncoding(encodeTcvn3(seedArticle)).confidence).toBe(1);
    expect(detectLegacyEncoding('Qu©n ñy').confidence).toBeLessThan(0.5);
  });
});

/** Clean text that must never be offered a conversion. */
const cleanTexts: ReadonlyArray<readonly [string, string]> = [
  ['empty', ''],
  ['English', 'The quick brown fox jumps over the lazy dog. What? Yes, e.g. this one; i.e. that one.'],
  ['English with contractions', "I'm sure it's fine, isn't it? I'll go. You're right, we'd better."],
  ['English with a question', 'Who are you? Do you know? So do I. To be or not to be.'],
  ['code', 'if (a^2 + b^2 == c^2) { x(y); i++; c += 1; } // C++ and a.b.c'],
  ['a URL and an address', 'https://thanhuytphcm.vn/tin-tuc/a.b?x=1&y=2 mail me at ho.ten@example.com'],
  ['Vietnamese NFC: the seed article', seedArticle],
  ['Vietnamese NFD', seedArticle.normalize('NFD')],
  ['Vietnamese, new tone style', 'Quận uỷ, Thành uỷ, hoà giải, khoẻ mạnh, thuỷ lợi'],
  ['Vietnamese without accents', 'Quan uy Quan 3 to chuc hoi nghi tong ket 10 nam thuc hien Chi thi so 17'],
  ['all 134 Vietnamese letters', vietnameseLetters.join(' ')],
  ['©, ®, ™, €', '© 2024 Báo Thanh niên®. Giá 100 € — Newsdesk™'],
  ['emoji', 'Chúc mừng năm mới 🎉🧧😀 👍🏽 🇻🇳'],
  ['smart quotes and dashes', '“Ngọc” nói: ‘được’ — và… «vâng» – ‹ok›'],
  ['French', 'Le café est très naïve; à la façade, où était l’élève? Noël, Zoë, cœur, œuvre, déjà vu, garçon.'],
  ['German', 'Über die Straße gehen Müller und Schäfer; Größe, Fußgänger, schön, Mädchen, Äpfel, Öl.'],
  ['Spanish and Portuguese', '¿Qué tal, señor Muñoz? ¡Mañana! España, niño, año; São Paulo, ação, coração.'],
  ['Scandinavian', 'Ærø, Øresund, Åland, smørrebrød, blåbær'],
  ['Latin-1 symbols', '½ cup, 25 °C, 10 µg, ±5, ¼, ¾, § 3, ¶ 2, × 2, ÷ 4, ¬a, ª, º, ¹²³, ¢, £, ¥, ¤, ¦, ¨, ¯, ´, ¸'],
  ['Vietnamese quoting French', 'Ông nói “c’est la vie”, rồi uống cà phê ở quán Café Über.'],
  ['a soft hyphen in clean text', 'Viet\u00adnam\u00adese in\u00adfor\u00adma\u00adtion'],
  ['Vietnamese with a few accented names', 'Đoàn đại biểu gặp ông François Müller và bà Zoë Ñúñez tại Hà Nội.'],
  ['one VIQR-looking word', 'Vie^.t Nam'],
  ['one TCVN3-looking word', 'ViÖt'],
  ['one mojibake-looking pair', 'Ã©'],
  ['Greek and Cyrillic', 'Αθήνα, Ελλάδα; Москва, Россия'],
  ['CJK', '越南 中文 日本語 한국어'],
];

describe('detectLegacyEncoding stays silent on', () => {
  it.each(cleanTexts)('%s', (_name, text) => {
    expect(detectLegacyEncoding(text)).toEqual({ encoding: null, confidence: 0 });
  });

  it('all the clean texts together', () => {
    expect(detectLegacyEncoding(cleanTexts.map(([, text]) => text).join('\n')).encoding).toBeNull();
  });
});

describe('detectLegacyEncoding stays silent on the Big List of Naughty Strings', () => {
  const naughtyStrings = JSON.parse(fs.readFileSync(new URL('../../../../fixtures/blns/blns.json', import.meta.url), 'utf8')) as string[];

  it('has the list', () => {
    expect(naughtyStrings.length).toBeGreaterThan(500);
  });

  it('on every string alone', () => {
    const detected = naughtyStrings.filter((text) => detectLegacyEncoding(text).encoding !== null);
    expect(detected).toEqual([]);
  });

  it('on all of them together', () => {
    expect(detectLegacyEncoding(naughtyStrings.join('\n')).encoding).toBeNull();
  });
});

describe('detectLegacyEncoding reads only the first 64 KB', () => {
  it('does not see TCVN3 that starts after the sample', () => {
    const text = `${'plain English text. '.repeat(Math.ceil(detectionSampleLength / 20))}${encodeTcvn3(seedArticle)}`;
    expect(detectLegacyEncoding(text).encoding).toBeNull();
  });

  it('sees TCVN3 at the start of a long text', () => {
    const text = `${encodeTcvn3(seedArticle)}${'plain English text. '.repeat(10_000)}`;
    expect(detectLegacyEncoding(text).encoding).toBe('tcvn3');
  });
});

describe('countForeignCharacters', () => {
  it.each([
    ['clean Vietnamese scores 0', seedLead, 0],
    ['the seed article: only its ellipsis counts', seedArticle, 1],
    ['ASCII scores 0', 'Hello, world!', 0],
    ['white space does not count', '\u00a0\u2003', 0],
    ['TCVN3 scores high', 'QuËn ñy Qu©n', 3],
    ['symbols count', '© € 😀', 3],
  ])('%s', (_name, text, expected) => {
    expect(countForeignCharacters(text)).toBe(expected);
  });
});
