/** The closed sets a Vietnamese syllable is built from: onsets, vowel nuclei and finals. */

/** The onsets, longest first within each first letter, so that "ngh" is tried before "ng" and "n". */
export const onsets = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
export const codas = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
export const stopCodas = new Set(['c', 'ch', 'p', 't']);

export type CodaRule = 'open' | 'closed' | 'either';

/**
 * Vowel nuclei of Vietnamese and whether they take a final consonant. The onsets qu- and gi- keep
 * their u and i, so "quý" is qu + y and "gìn" is g + i + n.
 */
export const nuclei = new Map<string, CodaRule>([
  ['a', 'either'], ['ă', 'closed'], ['â', 'closed'], ['e', 'either'], ['ê', 'either'], ['i', 'either'],
  ['o', 'either'], ['ô', 'either'], ['ơ', 'either'], ['u', 'either'], ['ư', 'either'], ['y', 'either'],
  ['ai', 'open'], ['ao', 'open'], ['au', 'open'], ['ay', 'open'], ['âu', 'open'], ['ây', 'open'],
  ['eo', 'open'], ['êu', 'open'], ['ia', 'open'], ['iê', 'closed'], ['iu', 'open'], ['oa', 'either'],
  ['oă', 'closed'], ['oe', 'either'], ['oi', 'open'], ['ôi', 'open'], ['ơi', 'open'], ['oo', 'closed'],
  ['ua', 'open'], ['uâ', 'closed'], ['uê', 'either'], ['ui', 'open'], ['uô', 'closed'], ['uơ', 'open'],
  ['uy', 'either'], ['ưa', 'open'], ['ưi', 'open'], ['ươ', 'closed'], ['ưu', 'open'], ['yê', 'closed'],
  ['iêu', 'open'], ['oai', 'open'], ['oao', 'open'], ['oay', 'open'], ['oeo', 'open'], ['uây', 'open'],
  ['uôi', 'open'], ['uya', 'open'], ['uyê', 'closed'], ['uyu', 'open'], ['ươi', 'open'], ['ươu', 'open'],
  ['yêu', 'open'],
]);

/** The initial consonants by their first letter; a word may also start with its vowel. */
export const onsetsByFirstLetter = new Map<string, string[]>();
for (const onset of onsets) {
  const list = onsetsByFirstLetter.get(onset[0]!) ?? [];
  list.push(onset);
  onsetsByFirstLetter.set(onset[0]!, list);
}
