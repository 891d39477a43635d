import { convertLegacy } from './convert-legacy';
import { detectLegacyEncoding } from './detect-legacy-encoding';
import type { LegacyEncoding } from './legacy-encoding';

/** What the editor offers when pasted text looks legacy-encoded. */
export interface LegacyPasteSuggestion {
  encoding: LegacyEncoding;
  /** The start of the converted text, for the offer bar. */
  preview: string;
  /** The whole pasted text converted, to put in place of the pasted range if the user accepts. */
  converted: string;
}

/** The preview shows at most this many characters of the converted text, then an ellipsis. */
export const pastePreviewLength = 120;

/**
 * Decides whether to offer "Chuyển sang Unicode" for a paste. Returns null for clean text (never
 * convert silently). Detection reads only the first 64 KB, so big pastes stay fast.
 */
export function legacyPasteSuggestion(pastedText: string): LegacyPasteSuggestion | null {
  const { encoding } = detectLegacyEncoding(pastedText);
  if (encoding === null) return null;
  const converted = convertLegacy(pastedText, encoding).text;
  return { encoding, preview: previewOf(converted), converted };
}

function previewOf(text: string): string {
  const oneLine = text.slice(0, pastePreviewLength * 4).replace(/\s+/g, ' ').trim();
  if (oneLine.length <= pastePreviewLength) return oneLine;
  const cut = oneLine.slice(0, pastePreviewLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > pastePreviewLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
