/**
 * How the word-list matcher reads each character of a comment: as a letter (with its Vietnamese
 * modifier and tone), a combining mark, an invisible character, a separator, or something else.
 * One packed integer per code point, computed once and cached.
 *
 * Look-alikes read as the letter they imitate: fullwidth and other compatibility forms (through
 * NFKC: ｖｃｌ, 𝐯𝐜𝐥, ⓥ), small capitals (ᴠᴄʟ) and the Cyrillic letters that look Latin (а е о р с у х і).
 * Marks that are not Vietnamese (ñ ü ç, a tone mark on a consonant, a circumflex on an i) are dropped,
 * so they disguise nothing; Vietnamese marks on a letter that cannot carry them are dropped too.
 */

export const kindLetter = 1;
/** A digit: a letter of its own, and a leet letter inside a word that has real letters. */
export const kindDigit = 2;
/** A letter that matches nothing (ø, CJK, …): it only keeps a neighbour from being a word edge. */
export const kindBlocking = 3;
export const kindMark = 4;
export const kindInvisible = 5;
/** Dots, dashes and underscores between the letters of a disguised word. */
export const kindJoiner = 6;
export const kindSpace = 7;
export const kindNewline = 8;
export const kindHard = 9;
/** @ and $: leet letters inside a word that has real letters, otherwise nothing. */
export const kindLeetSymbol = 10;

/** Symbols of the matcher: a–z are 0–25, digits 26–35. */
export const symbolCount = 36;
export const noSymbol = 255;

/** Vietnamese modifiers: ă; â ê ô; ơ ư; đ. */
export const modBreve = 1;
export const modCircumflex = 2;
export const modHorn = 3;
export const modStroke = 4;

/** Tones: 0 ngang, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng; 7 marks two different tones on one letter. */
export const toneConflict = 7;

const toneByMark = new Map<number, number>([
  [0x300, 1], [0x340, 1], [0x309, 2], [0x303, 3], [0x301, 4], [0x341, 4], [0x323, 5],
]);
const modByMark = new Map<number, number>([[0x306, modBreve], [0x302, modCircumflex], [0x31b, modHorn]]);

const vowelSymbols = new Set('aeiouy'.split('').map(symbolOf));
const validMods = new Map<number, readonly number[]>([
  [symbolOf('a'), [modBreve, modCircumflex]],
  [symbolOf('e'), [modCircumflex]],
  [symbolOf('o'), [modCircumflex, modHorn]],
  [symbolOf('u'), [modHorn]],
  [symbolOf('d'), [modStroke]],
]);

export function symbolOf(character: string): number {
  const code = character.charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return noSymbol;
}

export function isVowelSymbol(symbol: number): boolean {
  return vowelSymbols.has(symbol);
}

export function modAllowed(symbol: number, mod: number): boolean {
  return validMods.get(symbol)?.includes(mod) ?? false;
}

/**
 * Letters that stand for other letters (each a list of symbol sequences to try besides the letter
 * itself). Leet only counts inside a word that also has real letters ("l0n", not "100"); a capital I
 * and a vertical bar may stand for l ("vcI", "vc|"). Teencode is
 * limited to letters outside the Vietnamese alphabet, so no Vietnamese word is read as another:
 * f → ph, j → gi or i, w → qu, z → d, gi or v. (k → c is left out: it would read "khó" as "chó".)
 */
export const alternativeSpellings: ReadonlyArray<readonly (readonly number[])[]> = [
  [],
  ...[
    ['0', ['o']],
    ['1', ['i', 'l']],
    ['3', ['e']],
    ['4', ['a']],
    ['5', ['s']],
    ['7', ['t']],
    ['@', ['a']],
    ['$', ['s']],
    ['f', ['ph']],
    ['j', ['gi', 'i']],
    ['w', ['qu']],
    ['z', ['d', 'gi', 'v']],
    ['I', ['l']],
    ['|', ['l']],
  ].map(([, spellings]) => (spellings as string[]).map((spelling) => [...spelling].map(symbolOf))),
];
const alternativeIndex = new Map<string, number>(
  ['0', '1', '3', '4', '5', '7', '@', '$', 'f', 'j', 'w', 'z', 'I', '|'].map((character, index) => [character, index + 1]),
);

/** The index in `alternativeSpellings` of a leet or teencode character's spellings. */
export function alternativeIndexOf(character: string): number {
  return alternativeIndex.get(character) ?? 0;
}

/** Packing: kind (4 bits) | symbol << 4 (8 bits) | mod << 12 (3 bits) | tone << 15 (3 bits) | alternative << 18. */
export function packed(kind: number, symbol = noSymbol, mod = 0, tone = 0, alternative = 0): number {
  return kind | (symbol << 4) | (mod << 12) | (tone << 15) | (alternative << 18);
}
export const kindOf = (info: number) => info & 15;
export const symbolIn = (info: number) => (info >> 4) & 255;
export const modIn = (info: number) => (info >> 12) & 7;
export const toneIn = (info: number) => (info >> 15) & 7;
export const alternativeIn = (info: number) => info >>> 18;

const smallCapitals = 'ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzıi';
const cyrillicLookAlikes = 'аaеeоoрpсcуyхxіiАaЕeОoРpСcУyХxІiԁdһhјjѕsԛqԝw';
const joiners = '.-_·•‧‐‑‒–—・･';
const newlines = '\n\r\u000b\u000c\u0085\u2028\u2029';

const overrides = new Map<number, number>();
for (const table of [smallCapitals, cyrillicLookAlikes]) {
  for (let index = 0; index < table.length; index += 2) {
    const letter = table[index + 1]!;
    overrides.set(table.codePointAt(index)!, letterInfo(symbolOf(letter), 0, 0, letter));
  }
}
for (const character of joiners) overrides.set(character.codePointAt(0)!, packed(kindJoiner));
for (const character of newlines) overrides.set(character.codePointAt(0)!, packed(kindNewline));
overrides.set(0x40, packed(kindLeetSymbol, noSymbol, 0, 0, alternativeIndex.get('@')));
overrides.set(0x24, packed(kindLeetSymbol, noSymbol, 0, 0, alternativeIndex.get('$')));
overrides.set(0x7c, packed(kindLeetSymbol, noSymbol, 0, 0, alternativeIndex.get('|')));
// Invisible: zero-width space/joiners, direction marks, word joiner and friends, BOM, soft hyphen
// (comments are converted from legacy encodings on import, so a soft hyphen here is only a disguise).
for (const code of [0xad, 0x34f, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]) {
  overrides.set(code, packed(kindInvisible));
}

function letterInfo(symbol: number, mod: number, tone: number, letter: string): number {
  return packed(kindLetter, symbol, mod, tone, alternativeIndex.get(letter) ?? 0);
}

/** Reads one code point (uncached; see `characterInfo`). */
export function classifyCodePoint(codePoint: number): number {
  const override = overrides.get(codePoint);
  if (override !== undefined) return override;
  const character = String.fromCodePoint(codePoint);
  if (/\p{M}/u.test(character)) return packed(kindMark, noSymbol, modByMark.get(codePoint) ?? 0, toneByMark.get(codePoint) ?? 0);
  if (/\p{Cf}/u.test(character)) return packed(kindInvisible);
  if (/\s/u.test(character)) return packed(kindSpace);
  const decomposed = character.normalize('NFKC').normalize('NFD');
  let base = decomposed[0] ?? '';
  let mod = 0;
  if (base === 'đ' || base === 'Đ') {
    base = 'd';
    mod = modStroke;
  }
  base = base.toLowerCase();
  const symbol = symbolOf(base);
  const rest = decomposed.slice(1);
  if (symbol !== noSymbol && symbol < 26 && /^\p{M}*$/u.test(rest)) {
    let tone = 0;
    for (const mark of rest) {
      const markCode = mark.codePointAt(0)!;
      const markTone = toneByMark.get(markCode);
      const markMod = modByMark.get(markCode);
      if (markTone !== undefined && isVowelSymbol(symbol)) tone = tone === 0 || tone === markTone ? markTone : toneConflict;
      else if (markMod !== undefined && mod === 0 && modAllowed(symbol, markMod)) mod = markMod;
    }
    return letterInfo(symbol, mod, tone, decomposed[0] === 'I' ? 'I' : base);
  }
  if (symbol !== noSymbol && decomposed.length === 1) return packed(kindDigit, symbol, 0, 0, alternativeIndex.get(base) ?? 0);
  if (/[\p{L}\p{N}]/u.test(character)) return packed(kindBlocking);
  return packed(kindHard);
}

const basicTable = new Int32Array(0x10000).fill(-1);
const astralTable = new Map<number, number>();

/** `classifyCodePoint`, cached. */
export function characterInfo(codePoint: number): number {
  if (codePoint < 0x10000) {
    const cached = basicTable[codePoint]!;
    if (cached !== -1) return cached;
    const info = classifyCodePoint(codePoint);
    basicTable[codePoint] = info;
    return info;
  }
  let info = astralTable.get(codePoint);
  if (info === undefined) {
    info = classifyCodePoint(codePoint);
    astralTable.set(codePoint, info);
  }
  return info;
}
