import { countWords } from '../../../shared/text/word-count';

/** A photo caption with its credit split off: "X. Ảnh: Minh Khang" is caption "X." and credit "Minh Khang". */
export interface CaptionAndCredit {
  caption: string;
  credit: string;
}

const creditWord = String.raw`(?:Ảnh|Nguồn ảnh|Nguồn|Photo|Ảnh tư liệu)`;
const bracketedCredit = new RegExp(String.raw`\s*[(\[]\s*${creditWord}\s*[:：]\s*([^()\[\]]+?)\s*[)\]]\s*[.]?$`, 'u');
const trailingCredit = new RegExp(String.raw`(?:^|[\s.,;()–—-])${creditWord}\s*[:：]\s*([^:]+?)\s*[.)]?$`, 'u');

/** Splits a trailing credit ("Ảnh: X", "(Ảnh: X)") off a caption. The credit is empty when there is none. */
export function splitCaptionCredit(text: string): CaptionAndCredit {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  for (const pattern of [bracketedCredit, trailingCredit]) {
    const match = pattern.exec(trimmed);
    const credit = match?.[1]?.trim();
    if (match && credit && countWords(credit) <= 8) {
      const caption = trimmed
        .slice(0, match.index)
        .replace(/[\s(–—-]+$/u, '')
        .trim();
      return { caption, credit };
    }
  }
  return { caption: trimmed, credit: '' };
}

/** How sure a line is a photo caption: certain with a credit, likely by its shape, or not at all. */
export type CaptionLikelihood = 'certain' | 'likely' | 'no';

const maximumCaptionWords = 45;

/**
 * Whether a line of an article reads like a photo caption: a credit ("Ảnh: X") makes it certain;
 * otherwise a line of 5 to 45 words that does not end a sentence is likely one.
 */
export function captionLikelihood(line: string): CaptionLikelihood {
  const text = line.replace(/\s+/gu, ' ').trim();
  const words = countWords(text);
  if (words === 0 || words > maximumCaptionWords) return 'no';
  if (splitCaptionCredit(text).credit.length > 0) return 'certain';
  if (words < 5) return 'no';
  if (/[.!?…:;,"”»]$/u.test(text)) return 'no';
  return 'likely';
}
