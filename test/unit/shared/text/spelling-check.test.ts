import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpellingChecker } from '../../../../shared/text/spelling-check';
import { normalizeTonePlacement } from '../../../../shared/text/tone-placement';

const fixture = (path: string) => fs.readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8').normalize('NFC');

/** The seed article's text without the page around it: from the headline to the author's name. */
function seedArticleBody(): string {
  const lines = fixture('import/seed-article.txt').split('\n');
  const start = lines.findIndex((line) => line.startsWith('Cần đầu tư'));
  const end = lines.findIndex((line) => line.trim() === 'Hồng Ngọc');
  return lines.slice(start, end + 1).join('\n');
}

const corpus = ['1', '2', '3', '4', '5'].map((part) => fixture(`spelling/news-corpus-${part}.txt`)).join('\n\n');
const wordCount = (text: string) => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
const flagged = (checker: SpellingChecker, text: string) => checker.check(text).map((issue) => `${issue.kind}: ${issue.word}`);

describe('SpellingChecker', () => {
  const checker = new SpellingChecker({ style: 'old' });

  it.each([
    ['nguời', 'spelling'], ['Nguời', 'spelling'], ['NGUỜI', 'spelling'], ['đươc', 'spelling'], ['Đươc', 'spelling'],
    ['tóan', 'spelling'], ['qúa', 'spelling'], ['gìa', 'spelling'], ['ghà', 'spelling'], ['nghành', 'spelling'],
    ['ngừơi', 'spelling'], ['càc', 'spelling'], ['ddi', 'spelling'], ['ddaau', null], ['ci', 'spelling'], ['nge', 'spelling'],
    ['hoà', 'style'], ['thuỷ', 'style'], ['Uỷ', 'style'], ['khoẻ', 'style'],
    ['hòa', null], ['thủy', null], ['quý', null], ['giữa', null], ['người', null], ['được', null],
    ['online', null], ['Facebook', null], ['UBND', null], ['HĐND', null], ['COVID', null], ['iPhone', null], ['startup', null],
    ['khong', null], ['nguoi', null], ['cac', null], ['gen', null], ['café', null], ['Pelé', null], ['Mbappé', null],
    ['Đắk', null], ['Lắk', null], ['Kạn', null], ['Krông', null], ['Zürich', null], ['señor', null], ['Ðức', null],
  ] as const)('%s → %s', (word, verdict) => {
    expect(checker.judge(word)).toBe(verdict);
  });

  it('finds the words in running text, with their offsets, and leaves numbers, addresses and abbreviations alone', () => {
    const text = 'Ông nguời đươc TP.HCM, (Thanhuytphcm.vn) 3/6 COVID-19 17-CT/TW a@b.vn https://x.vn/nguời www.hoà.vn 9h30 hoà.';
    expect(checker.check(text)).toEqual([
      { from: 4, to: 9, kind: 'spelling', word: 'nguời' },
      { from: 10, to: 14, kind: 'spelling', word: 'đươc' },
      { from: text.length - 4, to: text.length - 1, kind: 'style', word: 'hoà' },
    ]);
  });

  it('accepts rare but correct spellings, place names of the highlands and the north, loan words and abbreviations', () => {
    const text =
      `xoong boong quạ quẹo quèn quỳnh quýt quyển khuya nguệch ngoạc huơ thuở giặt gìn giêng kềnh ễnh bệch oẳn ọe uống ưỡn ươm yểng xuềnh xoàng huỵch khuỳnh tuếch toác ngoẹo ngoằn ngoèo loắt choắt ạ à ừ ờ ừm ồ ấy gì kẻng kiểng kênh kính kỹ ký kĩ ghẻ ghềnh ghim nghĩ nghẹn nghề cưỡng cuốc cừu cửu Óc Eo Ê-đê Ba Bể Pác Bó Mường Tè Sa Pa Mù Cang Chải Xín Mần Lũng Cú Mèo Vạc Kon Plông Ia H'Drai Đắk Glei Krông Nô Buôn Ma Thuột Chư Păh xì-tin phở ô-tô ti-vi xúc-xích pa-nô cà-vạt a-xít ki-lô-mét oát ghi-đông pê-đan xăng Pa-ri Xô-viết rô-bốt boong-ke ĐH ĐBQH NĐ-CP BĐS GD&ĐT ĐHQG-HCM TƯ BCĐ NGƯỜI DÂN Thủ tướng Phạm Minh Chính Lào Cai Điện Biên Nậm Nhùn Mường Nhé Tủa Chùa Quản Bạ Yên Minh Bắc Kạn Ba Bể Chợ Đồn Kỳ Sơn Tương Dương Quế Phong Sìn Hồ Phong Thổ Ea Súp Cư Jút Đắk R'lấp Lạng Sơn Cao Bằng Quảng Ninh Móng Cái uyển chuyển khuỷu tay huých ngoáy ngoảy khoắng hoắt quằn quại giường giọng giữ giếng dưa ưa ừa quờ quạng thuồng luồng`;
    expect(flagged(checker, text)).toEqual([]);
  });

  it('judges the syllables of a hyphenated name as names, and those of a lowercase compound as words', () => {
    expect(flagged(checker, 'thủ đô Mát-xcơ-va của Liên bang Nga, nước Ốt-xtrây-li-a, ô-tô, ki-lô-mét')).toEqual([]);
    expect(flagged(checker, 'mát-xcơ-va, ô-tô-nguời')).toEqual(['spelling: xcơ', 'spelling: nguời']);
  });

  it('splits words at white space of every kind, punctuation and symbols, and keeps letters beyond the BMP in their word', () => {
    expect(flagged(checker, 'nguời\u00a0đươc\u2003“qúa”\u2028(tóan)\ufffcgìa—ghà…')).toEqual(['spelling: nguời', 'spelling: đươc', 'spelling: qúa', 'spelling: tóan', 'spelling: gìa', 'spelling: ghà']);
    expect(flagged(checker, 'nguời𝐀 𝐀nguời nguời😀')).toEqual(['spelling: nguời']);
  });

  it('judges decomposed (NFD) text as its NFC form', () => {
    expect(flagged(checker, 'người nguời hoà'.normalize('NFD'))).toEqual(['spelling: nguời'.normalize('NFD'), 'style: hoà'.normalize('NFD')]);
  });

  it('never flags a word of the ignore list, in any case', () => {
    const ignoring = new SpellingChecker({ style: 'old', ignored: ['Nguời'] });
    expect(flagged(ignoring, 'nguời NGUỜI đươc')).toEqual(['spelling: đươc']);
    ignoring.ignore('ĐƯƠC');
    expect(flagged(ignoring, 'nguời NGUỜI đươc')).toEqual([]);
  });

  it('flags the other tone style according to the setting', () => {
    const newStyle = new SpellingChecker({ style: 'new' });
    expect(flagged(newStyle, 'hòa hoà thủy thuỷ quý hoàng')).toEqual(['style: hòa', 'style: thủy']);
  });

  it('flags nothing in the seed article (false positives: 0)', () => {
    const body = seedArticleBody();
    expect(wordCount(body)).toBeGreaterThan(600);
    expect(flagged(checker, body)).toEqual([]);
  });

  it('flags nothing in 5,000 words of clean news text with names, places, numbers, abbreviations and foreign words (false positives: 0)', () => {
    expect(wordCount(corpus)).toBeGreaterThanOrEqual(5000);
    expect(flagged(checker, corpus)).toEqual([]);
  });

  it('flags in the same text, in the new style, only its old-style oa, oe and uy words', () => {
    const issues = new SpellingChecker({ style: 'new' }).check(corpus);
    expect(issues.length).toBeGreaterThan(10);
    expect(issues.filter((issue) => issue.kind !== 'style' || normalizeTonePlacement(issue.word, 'new') === issue.word)).toEqual([]);
  });

  it('finds every slip planted in the clean text', () => {
    const planted = corpus.replace('người dân', 'nguời dân').replace('được', 'đươc').replace('quá trình', 'qúa trình').replace('ngành', 'nghành');
    expect(flagged(checker, planted)).toEqual(['spelling: nguời', 'spelling: đươc', 'spelling: qúa', 'spelling: nghành'].sort((a, b) => planted.indexOf(a.split(': ')[1]!) - planted.indexOf(b.split(': ')[1]!)));
  });
});
