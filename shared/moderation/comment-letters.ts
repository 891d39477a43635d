import {
  characterInfo,
  isVowelSymbol,
  kindBlocking,
  kindDigit,
  kindHard,
  kindInvisible,
  kindJoiner,
  kindLeetSymbol,
  kindLetter,
  kindMark,
  kindNewline,
  kindOf,
  kindSpace,
  alternativeIn,
  alternativeIndexOf,
  modAllowed,
  modIn,
  symbolIn,
  toneConflict,
  toneIn,
} from './comment-characters';

const capitalI = alternativeIndexOf('I');

/** What lies between two letters: nothing (or only invisible characters), … */
export const gapNone = 0;
/** … dots, dashes or underscores, … */
export const gapJoiner = 1;
/** … one space (with or without joiners), … */
export const gapSingleSpace = 2;
/** … several spaces or a line break, … */
export const gapSpaces = 3;
/** … anything else (punctuation, emoji), or the start of the text. */
export const gapHard = 4;

/**
 * A comment read as letters ("units"), each with its symbol (a–z, 0–9, or none), Vietnamese
 * modifier and tone, the leet or teencode spellings it may stand for, the gap before it, and where
 * it is in the original text (UTF-16 offsets; `end` includes the combining marks that follow it).
 * The arrays are reused from one comment to the next: read them before tokenising another.
 */
export class CommentLetters {
  count = 0;
  symbol = new Uint8Array(1024);
  mod = new Uint8Array(1024);
  tone = new Uint8Array(1024);
  alternative = new Uint8Array(1024);
  gap = new Uint8Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** Words made of real letters, and those of them with a Vietnamese accent on any letter. */
  words = 0;
  accentedWords = 0;

  read(text: string): void {
    this.count = 0;
    this.words = 0;
    this.accentedWords = 0;
    let joined = false;
    let spaces = 0;
    let broken = false;
    let hard = true;
    let canTakeMark = false;
    let wordStart = 0;
    let wordHasLetter = false;
    let wordAccented = false;
    let wordHasLowerCase = false;
    const length = text.length;
    for (let index = 0; index < length; ) {
      let codePoint = text.charCodeAt(index);
      let size = 1;
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
        const low = text.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = ((codePoint - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          size = 2;
        }
      }
      const info = characterInfo(codePoint);
      const kind = kindOf(info);
      if (kind === kindLetter || kind === kindDigit || kind === kindBlocking || kind === kindLeetSymbol) {
        const gap = hard ? gapHard : broken || spaces > 1 ? gapSpaces : spaces === 1 ? gapSingleSpace : joined ? gapJoiner : gapNone;
        if (gap >= gapSingleSpace && this.count > 0) {
          this.endWord(wordStart, wordHasLetter, wordAccented, wordHasLowerCase);
          wordStart = this.count;
          wordHasLetter = false;
          wordAccented = false;
          wordHasLowerCase = false;
        }
        if (this.count === this.symbol.length) this.grow();
        const unit = this.count;
        this.symbol[unit] = symbolIn(info);
        this.mod[unit] = modIn(info);
        this.tone[unit] = toneIn(info);
        this.alternative[unit] = alternativeIn(info);
        this.gap[unit] = gap;
        this.start[unit] = index;
        this.end[unit] = index + size;
        this.count = unit + 1;
        if (kind === kindLetter) {
          wordHasLetter = true;
          if (codePoint >= 0x61 && codePoint <= 0x7a) wordHasLowerCase = true;
          if (this.mod[unit] !== 0 || this.tone[unit] !== 0) wordAccented = true;
        }
        joined = false;
        spaces = 0;
        broken = false;
        hard = false;
        canTakeMark = kind === kindLetter;
      } else if (kind === kindMark) {
        if (canTakeMark) {
          const unit = this.count - 1;
          this.end[unit] = index + size;
          if (this.applyMark(unit, modIn(info), toneIn(info))) wordAccented = true;
        }
      } else if (kind === kindInvisible) {
        // Ignored: letters either side stay together.
      } else {
        canTakeMark = false;
        if (kind === kindJoiner) joined = true;
        else if (kind === kindSpace) spaces += 1;
        else if (kind === kindNewline) broken = true;
        else if (kind === kindHard) hard = true;
      }
      index += size;
    }
    if (this.count > 0) this.endWord(wordStart, wordHasLetter, wordAccented, wordHasLowerCase);
  }

  /** Adds a combining Vietnamese mark to a letter; other marks, and marks the letter cannot carry, are dropped. */
  private applyMark(unit: number, mod: number, tone: number): boolean {
    const symbol = this.symbol[unit]!;
    if (tone !== 0 && isVowelSymbol(symbol)) {
      const current = this.tone[unit]!;
      this.tone[unit] = current === 0 || current === tone ? tone : toneConflict;
      return true;
    }
    if (mod !== 0 && this.mod[unit] === 0 && modAllowed(symbol, mod)) {
      this.mod[unit] = mod;
      return true;
    }
    return false;
  }

  /**
   * Leet counts only in a word with real letters: "100" is a number, "l0n" a word. A capital I
   * stands for l only in a word with lower-case letters ("vcI"): in capitals, "VI" is "vi", not "vl".
   */
  private endWord(start: number, hasLetter: boolean, accented: boolean, hasLowerCase: boolean): void {
    if (!hasLetter) {
      for (let unit = start; unit < this.count; unit += 1) this.alternative[unit] = 0;
      return;
    }
    if (!hasLowerCase) {
      for (let unit = start; unit < this.count; unit += 1) if (this.alternative[unit] === capitalI) this.alternative[unit] = 0;
    }
    this.words += 1;
    if (accented) this.accentedWords += 1;
  }

  private grow(): void {
    const size = this.symbol.length * 2;
    const grown = <T extends Uint8Array | Int32Array>(array: T, make: (size: number) => T): T => {
      const copy = make(size);
      copy.set(array);
      return copy;
    };
    this.symbol = grown(this.symbol, (n) => new Uint8Array(n));
    this.mod = grown(this.mod, (n) => new Uint8Array(n));
    this.tone = grown(this.tone, (n) => new Uint8Array(n));
    this.alternative = grown(this.alternative, (n) => new Uint8Array(n));
    this.gap = grown(this.gap, (n) => new Uint8Array(n));
    this.start = grown(this.start, (n) => new Int32Array(n));
    this.end = grown(this.end, (n) => new Int32Array(n));
  }
}
