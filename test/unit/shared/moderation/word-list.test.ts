import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { starterWordLists } from '../../../../shared/moderation/starter-word-lists';
import { compileWordLists, parseWordListFile, wordListEntryKey, type WordMatch } from '../../../../shared/moderation/word-list';
import { foldForSearch } from '../../../../shared/text/fold';
import { normalizeTonePlacement } from '../../../../shared/text/tone-placement';

/** The lists the table runs against: the starter lists and a few entries written for the tests. */
const lists = {
  banned: [...starterWordLists.banned, 'ngu', 'đù', 'thuỷ quái', 'ao'],
  suspect: [...starterWordLists.suspect, 'hòa hoãn', 'đục khoét'],
};
const matcher = compileWordLists(lists);

function matchOf(entry: string, text: string): WordMatch | undefined {
  return matcher.match(text).find((match) => match.entry === entry);
}

// [what the row shows, entry, comment, the substring matched or null for a non-hit]
const table: Array<[description: string, entry: string, text: string, expected: string | null]> = [
  // Plain hits, case, NFC/NFD, tone placement
  ['the entry as written, in a sentence', 'đồ ngu', 'Thằng này đúng là đồ ngu thật', 'đồ ngu'],
  ['upper case', 'đồ ngu', 'ĐỒ NGU', 'ĐỒ NGU'],
  ['title case', 'đồ ngu', 'Đồ Ngu quá', 'Đồ Ngu'],
  ['the comment in NFD', 'lừa đảo', 'trò lừa đảo'.normalize('NFD'), 'lừa đảo'.normalize('NFD')],
  ['a letter half decomposed (ô precomposed, grave combining)', 'đồ ngu', 'đô\u0300 ngu', 'đô\u0300 ngu'],
  ['old-style tone placement against a new-style entry (thủy = thuỷ)', 'thuỷ quái', 'con thủy quái', 'thủy quái'],
  ['new-style tone placement against an old-style entry (hoà = hòa)', 'hòa hoãn', 'chính sách hoà hoãn', 'hoà hoãn'],
  ['an entry of three syllables', 'ngu như bò', 'mày ngu như bò', 'ngu như bò'],
  ['a hit followed by punctuation', 'vcl', 'vcl!', 'vcl'],
  ['a hit inside parentheses', 'vcl', 'hay (vcl)', 'vcl'],
  ['a hit after an emoji: offsets in UTF-16', 'lừa đảo', '😡 lừa đảo', 'lừa đảo'],
  // Without accents, syllable by syllable
  ['typed without accents', 'đồ ngu', 'do ngu', 'do ngu'],
  ['typed without accents, two syllables', 'lừa đảo', 'bon lua dao', 'lua dao'],
  ['accents on the first syllable only', 'lừa đảo', 'lừa dao', 'lừa dao'],
  ['accents on the second syllable only', 'lừa đảo', 'lua đảo', 'lua đảo'],
  ['typed without accents, upper case', 'ngu như bò', 'NGU NHU BO', 'NGU NHU BO'],
  ['a one-syllable entry typed without accents in a comment typed without accents', 'lồn', 'thang nay lon that', 'lon'],
  ['"deo" for "đéo" in a comment typed without accents', 'đéo', 'deo biet gi het', 'deo'],
  ['"dm" for "đm"', 'đm', 'dm thằng này', 'dm'],
  ['"djt" (teencode j) for "địt"', 'địt', 'djt', 'djt'],
  // Separators between letters
  ['dots between letters', 'lừa đảo', 'l.ừ.a đ.ả.o', 'l.ừ.a đ.ả.o'],
  ['dashes between letters', 'lừa đảo', 'l-ừ-a đ-ả-o', 'l-ừ-a đ-ả-o'],
  ['underscores between letters', 'lừa đảo', 'l_ừ_a đ_ả_o', 'l_ừ_a đ_ả_o'],
  ['single spaces between every letter', 'lừa đảo', 'l ừ a đ ả o', 'l ừ a đ ả o'],
  ['single spaces between letters of a short form', 'vcl', 'hay v c l', 'v c l'],
  ['dots in a short form', 'vcl', 'v.c.l', 'v.c.l'],
  ['"d.m" for "đm"', 'đm', 'd.m', 'd.m'],
  ['"Đ.M" for "đm"', 'đm', 'Đ.M', 'Đ.M'],
  ['"đ m" for "đm"', 'đm', 'đ m', 'đ m'],
  ['several dots in a row', 'vcl', 'v..c...l', 'v..c...l'],
  // Invisible characters and inserted marks
  ['a zero-width space inside a word', 'lừa đảo', 'lừ\u200Ba đảo', 'lừ\u200Ba đảo'],
  ['zero-width (non-)joiners', 'vcl', 'v\u200Dc\u200Cl', 'v\u200Dc\u200Cl'],
  ['a word joiner and a BOM', 'vcl', 'v\u2060c\uFEFFl', 'v\u2060c\uFEFFl'],
  ['a soft hyphen', 'vcl', 'v\u00ADcl', 'v\u00ADcl'],
  ['a right-to-left mark', 'đồ ngu', 'đồ n\u200Fgu', 'đồ n\u200Fgu'],
  ['combining strokes on every letter (not Vietnamese marks)', 'vcl', 'v\u0336c\u0336l\u0336', 'v\u0336c\u0336l\u0336'],
  ['a diaeresis inserted', 'vcl', 'vc\u0308l', 'vc\u0308l'],
  // Repeated letters and spacing
  ['repeated letters', 'lừa đảo', 'lừaaa đảooo', 'lừaaa đảooo'],
  ['repeated final letter', 'vcl', 'vcllll', 'vcllll'],
  ['repeated letters in upper case', 'vcl', 'VCLLLL', 'VCLLLL'],
  ['a run of spaces between syllables', 'đồ ngu', 'đồ     ngu', 'đồ     ngu'],
  ['a line break between syllables', 'đồ ngu', 'đồ\nngu', 'đồ\nngu'],
  ['a tab and a space between syllables', 'đồ ngu', 'đồ\t ngu', 'đồ\t ngu'],
  ['a dot between syllables', 'lừa đảo', 'lừa.đảo', 'lừa.đảo'],
  ['the syllables written together', 'lừa đảo', 'lừađảo', 'lừađảo'],
  ['a repeated letter in a disguised one-syllable word', 'lồn', 'ăn nói như lonnn', 'lonnn'],
  // Leet and teencode
  ['leet 0 → o', 'lồn', 'l0n', 'l0n'],
  ['leet 1 → l', 'vcl', 'vc1', 'vc1'],
  ['leet 1 → i', 'kiếm tiền online', 'kiem tien onl1ne', 'kiem tien onl1ne'],
  ['leet 3 → e', 'đéo', 'bài này viết d3o hay', 'd3o'],
  ['leet 4 → a inside an accented syllable', 'lừa đảo', 'lừ4 đảo', 'lừ4 đảo'],
  ['leet 5 → s', 'súc vật', '5úc vật', '5úc vật'],
  ['leet 7 → t', 'mất dạy', 'mấ7 dạy', 'mấ7 dạy'],
  ['leet @ → a', 'lừa đảo', 'lừ@ đảo', 'lừ@ đảo'],
  ['leet $ → s', 'súc vật', '$úc vật', '$úc vật'],
  ['leet in a word with letters', 'ao', 'a0', 'a0'],
  ['a capital I for l in a word with lower-case letters', 'vcl', 'vcI', 'vcI'],
  ['a vertical bar for l', 'vcl', 'vc|', 'vc|'],
  ['teencode f → ph', 'phản động', 'bọn fản động', 'fản động'],
  ['teencode z → gi', 'giá rẻ', 'zá rẻ bất ngờ', 'zá rẻ'],
  ['teencode w → qu', 'ba que', 'ba we', 'ba we'],
  ['an entry with a digit', '3 que', 'bọn 3 que', '3 que'],
  // Look-alikes
  ['fullwidth letters', 'vcl', 'ｖｃｌ', 'ｖｃｌ'],
  ['small capitals', 'vcl', 'ᴠᴄʟ', 'ᴠᴄʟ'],
  ['a Cyrillic с among Latin letters', 'vcl', 'v\u0441l', 'v\u0441l'],
  ['mathematical bold letters (surrogate pairs)', 'vcl', '𝐯𝐜𝐥', '𝐯𝐜𝐥'],
  ['circled letters', 'vcl', 'ⓥⓒⓛ', 'ⓥⓒⓛ'],
  // Non-hits: accents that differ
  ['"đồ ngủ" is not "đồ ngu"', 'đồ ngu', 'mặc đồ ngủ', null],
  ['"ngủ" is not "ngu"', 'ngu', 'đi ngủ sớm', null],
  ['"ngũ" is not the unaccented entry "ngu"', 'ngu', 'đội ngũ', null],
  ['"ngư" is not the unaccented entry "ngu"', 'ngu', 'ngư dân', null],
  ['"các" is not "cặc"', 'cặc', 'các bạn ơi', null],
  ['"cắc" is not "cặc"', 'cặc', 'một cắc bạc', null],
  ['"đủ" is not "đù"', 'đù', 'đủ rồi', null],
  ['"lớn" is not "lồn"', 'lồn', 'rất lớn', null],
  ['"lộn" is not "lồn"', 'lồn', 'đi lộn đường', null],
  ['"lưa" (a missing tone) is not "lừa"', 'lừa đảo', 'lưa đảo', null],
  ['"đào" is not "đảo"', 'lừa đảo', 'lừa đào', null],
  ['"zálo" with an accent is not the unaccented entry "zalo"', 'zalo', 'zálo', null],
  ['"phản đòn" is not "phản động"', 'phản động', 'phản đòn', null],
  // Non-hits: plain words that fold to an entry, in accented comments
  ['"lon" (a can) in a comment typed with accents', 'lồn', 'uống một lon bia', null],
  ['"LON" in a comment typed with accents', 'lồn', 'mua thùng LON nước ngọt', null],
  ['"du lịch" is not "đù"', 'đù', 'đi du lịch Đà Lạt', null],
  ['"giáo dục" is not "đục khoét"', 'đục khoét', 'ngành giáo dục khoét sâu', null],
  ['"tham quan" holds no entry', 'đồ ngu', 'tham quan bảo tàng', null],
  ['"cac" among accented words is taken for "các"', 'cặc', 'bài này viết như cac', null],
  ['"buoi" among accented words is taken for "buổi"', 'buồi', 'hẹn buoi sáng mai', null],
  // Non-hits: whole syllables only
  ['"vlog" is not "vl"', 'vl', 'xem vlog mới', null],
  ['"ngung" is not "ngu"', 'ngu', 'ngung hoạt động', null],
  ['"ngừng" is not "ngu"', 'ngu', 'ngừng lại', null],
  ['"nguyên" is not "ngu"', 'ngu', 'nguyên nhân', null],
  ['"lồng" is not "lồn"', 'lồn', 'cái lồng chim', null],
  ['"zalopay" is not "zalo"', 'zalo', 'trả bằng zalopay', null],
  ['"dma" is not "đm"', 'đm', 'dma', null],
  ['"vui lòng" is not "vl"', 'vl', 'vui lòng chờ', null],
  ['"inboxx" is the entry with a repeated letter, "inboxes" is not', 'inbox', 'two inboxes', null],
  // Non-hits: separators and spacing that break a match
  ['a comma between syllables', 'đồ ngu', 'đồ, ngu', null],
  ['other syllables in between', 'lừa đảo', 'lừa gạt đảo', null],
  ['a single space inside a syllable whose letters do not stand alone', 'ngu', 'ng u', null],
  ['a single space splitting real syllables', 'lồn', 'lo n', null],
  ['a number is no leet word ("40" is not "ao")', 'ao', 'giá 40 nghìn', null],
  ['a lower-case i is not l', 'vcl', 'vci', null],
  ['a capital I in a word all in capitals is i ("VI" is not "vl")', 'vl', 'VI SAO VAY', null],
  ['a bar alone is no word', 'vl', 'v | l', null],
  ['teencode does not read k as c ("óc khó" is not "óc chó")', 'óc chó', 'óc khó', null],
  ['an email address: the letters after @ are inside a word', 'vl', 'abc@vl', null],
];

describe('compileWordLists: the matching table', () => {
  it('has at least 60 rows, hits and non-hits', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(table.filter((row) => row[3] === null).length).toBeGreaterThanOrEqual(25);
  });

  it.each(table)('%s (%s in %j)', (_description, entry, text, expected) => {
    const match = matchOf(entry, text);
    if (expected === null) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match).toBeDefined();
    expect(match!.match).toBe(expected);
    expect(text.slice(match!.start, match!.end)).toBe(expected);
  });
});

describe('compileWordLists', () => {
  it('names the list of each match and reports overlapping entries', () => {
    const matches = matcher.match('mày là đồ ngu, chuyên lừa đảo, zalo 0909');
    expect(matches.map((match) => [match.list, match.entry, match.match])).toEqual([
      ['banned', 'đồ ngu', 'đồ ngu'],
      ['banned', 'ngu', 'ngu'],
      ['banned', 'lừa đảo', 'lừa đảo'],
      ['suspect', 'zalo', 'zalo'],
    ]);
  });

  it('reports a banned one-syllable entry matched by an ordinary unaccented word as suspect only', () => {
    const ambiguousHits = (text: string) => matcher.match(text).map((match) => [match.list, match.entry, match.match]);
    expect(ambiguousHits('buoi sang nay')).toEqual([['suspect', 'buồi', 'buoi']]);
    expect(ambiguousHits('cac ban oi')).toEqual([['suspect', 'cặc', 'cac']]);
    expect(ambiguousHits('dit me')).toEqual([['suspect', 'địt', 'dit']]);
    // Disguised, or no ordinary word: banned as listed.
    expect(ambiguousHits('buoiii sang nay')).toEqual([['banned', 'buồi', 'buoiii']]);
    expect(ambiguousHits('dm may')).toEqual([['banned', 'đm', 'dm']]);
    // Several syllables in a row are no accident.
    expect(ambiguousHits('do ngu')).toEqual([['banned', 'đồ ngu', 'do ngu'], ['banned', 'ngu', 'ngu']]);
    // Among accented words the ordinary word is meant.
    expect(ambiguousHits('các bạn ơi, buoi sáng')).toEqual([]);
  });

  it('reports every place an entry occurs, once each', () => {
    const matches = compileWordLists({ banned: ['vcl'], suspect: [] }).match('vcl vcllll và v.c.l');
    expect(matches.map((match) => [match.match, match.start])).toEqual([
      ['vcl', 0],
      ['vcllll', 4],
      ['v.c.l', 14],
    ]);
  });

  it('reports an entry that is in both lists under each', () => {
    const matches = compileWordLists({ banned: ['lừa đảo'], suspect: ['lua dao', 'lừa đảo'] }).match('lừa đảo');
    expect(matches.map((match) => [match.list, match.entry])).toEqual([
      ['banned', 'lừa đảo'],
      ['suspect', 'lừa đảo'],
    ]);
  });

  it('matches nothing with empty lists, and skips entries that cannot be matched', () => {
    expect(compileWordLists({ banned: [], suspect: [] }).match('đồ ngu')).toEqual([]);
    const matcherWithJunk = compileWordLists({ banned: ['', '...', 'đồ, ngu', 'x'.repeat(101), 'vcl'], suspect: [] });
    expect(matcherWithJunk.match('đồ ngu vcl').map((match) => match.entry)).toEqual(['vcl']);
  });

  it('ignores the case, tone placement and form of the entries themselves', () => {
    const fromNfd = compileWordLists({ banned: ['LỪA ĐẢO'.normalize('NFD'), 'Thủy Quái'], suspect: [] });
    expect(fromNfd.match('lừa đảo, thuỷ quái').map((match) => match.match)).toEqual(['lừa đảo', 'thuỷ quái']);
  });

  it('stays fast on adversarial text: long runs of repeats and joiners', () => {
    const started = performance.now();
    const long = 'vc' + 'l'.repeat(100_000);
    expect(matcher.match(long).map((match) => [match.entry, match.end])).toEqual([['vcl', long.length]]);
    const doubled = compileWordLists({ banned: ['đmm', 'a'.repeat(40), 'a a a a a a'], suspect: [] });
    expect(doubled.match('đmmmmmmmmmm').map((match) => match.entry)).toEqual(['đmm']);
    doubled.match('a.'.repeat(1000));
    doubled.match('a '.repeat(5000));
    doubled.match('a'.repeat(5000));
    expect(compileWordLists({ banned: ['lil'], suspect: [] }).match('1'.repeat(30) + 'x').length).toBe(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reuses one matcher for many comments without mixing them up', () => {
    expect(matcher.match('x'.repeat(5000) + ' vcl').map((match) => match.start)).toEqual([5001]);
    expect(matcher.match('vcl').map((match) => match.start)).toEqual([0]);
    expect(matcher.match('')).toEqual([]);
  });
});

describe('parseWordListFile', () => {
  it('reads one entry a line, trimmed and in NFC, skipping blank lines and comments', () => {
    const text = '\uFEFF# Từ cấm\n  đồ ngu  \r\n\n' + 'lừa đảo'.normalize('NFD') + '\r\n\t# indented comment\nvcl';
    expect(parseWordListFile(text)).toEqual({ entries: ['đồ ngu', 'lừa đảo', 'vcl'], problems: [] });
  });

  it('drops duplicates with the same letters and accents, keeping the first, but keeps other accents', () => {
    const { entries } = parseWordListFile(['hòa hoãn', 'hoà hoãn', 'HÒA HOÃN', 'hòa hoãn'.normalize('NFD'), 'hoa hoan', 'đồ ngu', 'do ngu', 'đồ ngủ', 'd.m', 'dm', 'đm'].join('\n'));
    expect(entries).toEqual(['hòa hoãn', 'hoa hoan', 'đồ ngu', 'do ngu', 'đồ ngủ', 'd.m', 'đm']);
  });

  it('reports invalid lines with their line numbers and reasons', () => {
    const { entries, problems } = parseWordListFile(['vcl', 'x'.repeat(101), '...', '123', 'đồ, ngu', '😀', 'lừa đảo', 'ngú̀'].join('\n'));
    expect(entries).toEqual(['vcl', 'lừa đảo']);
    expect(problems).toEqual([
      { line: 2, reason: 'longer than 100 characters' },
      { line: 3, reason: 'has no letter' },
      { line: 4, reason: 'has no letter' },
      { line: 5, reason: 'holds ",", which is not a letter, a digit, a space, a dot, a dash or an underscore' },
      { line: 6, reason: 'holds "😀", which is not a letter, a digit, a space, a dot, a dash or an underscore' },
      { line: 8, reason: 'has a syllable with more than one tone mark' },
    ]);
  });

  it('accepts an entry of exactly 100 characters', () => {
    expect(parseWordListFile('a'.repeat(100)).entries).toHaveLength(1);
  });

  it('parses the starter lists without problems or duplicates', () => {
    for (const list of [starterWordLists.banned, starterWordLists.suspect]) {
      expect(parseWordListFile(list.join('\n'))).toEqual({ entries: list, problems: [] });
    }
    expect(wordListEntryKey('Hoà')).toBe(wordListEntryKey('hòa'));
    expect(wordListEntryKey('hoa')).not.toBe(wordListEntryKey('hòa'));
    expect(wordListEntryKey('...')).toBeNull();
  });
});

/** Words of ordinary news prose, none of them an entry's syllable once folded. */
const proseSyllables = (() => {
  const prose =
    'Sáng ngày tháng Ban Thường vụ Thành ủy phố Hồ Chí Minh tổ chức hội nghị sơ kết công tác quý và triển khai nhiệm trọng tâm năm ' +
    'Phát biểu tại đồng chí Phó Bí thư trực nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ ở cơ sở Theo báo cáo trong các quận huyện đã hoàn thành việc rà soát ' +
    'Người dân phấn khởi khi tuyến đường mới được cấp giảm hẳn tình trạng ngập úng mỗi mùa mưa hòa khỏe thủy ủy Hòa Bình Thủy lợi du lịch giáo dục tham quan ngủ đủ lon bia';
  const entrySyllables = new Set(
    [...lists.banned, ...lists.suspect].flatMap((entry) => foldForSearch(entry).split(/\s+/)),
  );
  return [...new Set(prose.split(' '))].filter((word) => !entrySyllables.has(foldForSearch(word)));
})();

describe('compileWordLists: properties', () => {
  const hits = table.filter((row): row is [string, string, string, string] => row[3] !== null).map(([, entry, text, expected]) => ({ entry, text, expected }));

  it('a hit still hits in NFC, NFD and either tone placement', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hits), fc.constantFrom('NFC', 'NFD', 'old', 'new'), ({ entry, text, expected }, form) => {
        const variant = form === 'NFC' || form === 'NFD' ? text.normalize(form) : normalizeTonePlacement(text, form);
        const match = matchOf(entry, variant);
        expect(match, `${entry} in ${variant}`).toBeDefined();
        expect(variant.slice(match!.start, match!.end)).toBe(match!.match);
        expect(foldForSearch(match!.match)).toBe(foldForSearch(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('Vietnamese prose without an entry syllable never hits, whatever the case, form and spacing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...proseSyllables), fc.constantFrom(' ', '  ', ', ', '. ', '\n', ' – ')), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('NFC', 'NFD'),
        fc.boolean(),
        (words, form, upper) => {
          let text = words.map(([word, separator]) => word + separator).join('').normalize(form);
          if (upper) text = text.toUpperCase();
          expect(matcher.match(text)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every match is the exact substring between its offsets, for any text', () => {
    const pieces = ['l', 'ừ', 'a', ' ', '.', 'đ', 'ả', 'o', 'v', 'c', '\u200B', '\u0301', '\u0336', '0', '1', '@', 'ｖ', '𝐜', '😀', '\n', 'n', 'g', 'u', 'ồ'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        for (const match of matcher.match(text)) {
          expect(match.start).toBeLessThan(match.end);
          expect(text.slice(match.start, match.end)).toBe(match.match);
        }
      }),
      { numRuns: 500 },
    );
  });
});
