/** The twelve Vietnamese vowel letters before a tone mark is added. */
export const vowelBases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof vowelBases)[number];

/** The six tones in dictionary order: ngang (no mark), huyền, hỏi, ngã, sắc, nặng. */
export const tones = ['none', 'grave', 'hook', 'tilde', 'acute', 'dot'] as const;
export type Tone = (typeof tones)[number];

/** The combining character of each tone mark. */
export const toneMarks: Readonly<Record<Exclude<Tone, 'none'>, string>> = {
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
};

/** A vowel letter taken apart: its base, its tone and whether it is upper case. */
export interface VowelParts {
  base: VowelBase;
  tone: Tone;
  upperCase: boolean;
}

const vowelPartsByLetter = new Map<string, VowelParts>();
const letterByParts = new Map<string, string>();

for (const base of vowelBases) {
  for (const tone of tones) {
    const lower = (tone === 'none' ? base : base + toneMarks[tone]).normalize('NFC');
    const upper = lower.toUpperCase();
    vowelPartsByLetter.set(lower, { base, tone, upperCase: false });
    vowelPartsByLetter.set(upper, { base, tone, upperCase: true });
    letterByParts.set(`${base}|${tone}|false`, lower);
    letterByParts.set(`${base}|${tone}|true`, upper);
  }
}

/** Takes a single NFC vowel letter apart; undefined for anything else. */
export function splitVowel(letter: string): VowelParts | undefined {
  return vowelPartsByLetter.get(letter);
}

/** Builds the NFC vowel letter with the given base, tone and case. */
export function composeVowel(base: VowelBase, tone: Tone, upperCase = false): string {
  return letterByParts.get(`${base}|${tone}|${upperCase}`)!;
}

/**
 * The 134 letters of Vietnamese outside ASCII, in NFC: 66 toned or modified vowels and đ, in lower
 * and upper case. Lower case first (vowels in dictionary order, then đ), then upper case.
 */
export const vietnameseLetters: readonly string[] = (() => {
  const lower: string[] = [];
  for (const base of vowelBases) {
    for (const tone of tones) {
      const letter = composeVowel(base, tone);
      if (letter.charCodeAt(0) > 0x7f) lower.push(letter);
    }
  }
  lower.push('đ');
  return [...lower, ...lower.map((letter) => letter.toUpperCase())];
})();

const vietnameseLetterSet = new Set(vietnameseLetters);

/** Whether a single character is one of the 134 Vietnamese letters outside ASCII. */
export function isVietnameseLetter(character: string): boolean {
  return vietnameseLetterSet.has(character);
}
