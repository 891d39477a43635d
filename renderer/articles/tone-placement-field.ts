import type { ToneStyle } from '../../shared/model/settings';
import { normalizeTonePlacement } from '../../shared/text/tone-placement';

/** The text of an input or textarea with its selection. */
export interface FieldText {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/** A character that ends a word: white space (a line break too), punctuation or a symbol. */
const wordEnd = /[\s\p{P}\p{S}]/u;
const word = /[\p{L}\p{M}]+/gu;

/**
 * The part of `current` that an edit of `previous` inserted. Typing and pasting leave the caret
 * after what they inserted, and the text after the caret as it was: that settles which of two equal
 * characters was typed ("hoà| x" + " "). Otherwise: after the common start, before the common end.
 */
function insertedRange(previous: string, current: FieldText): { from: number; to: number } {
  const text = current.value;
  const caret = current.selectionEnd;
  if (current.selectionStart === caret && previous.endsWith(text.slice(caret))) {
    const limit = Math.min(caret, previous.length - (text.length - caret));
    return { from: commonStartLength(previous, text, limit), to: caret };
  }
  const from = commonStartLength(previous, text, Math.min(previous.length, text.length));
  let fromEnd = 0;
  while (fromEnd < Math.min(previous.length, text.length) - from && previous.charCodeAt(previous.length - 1 - fromEnd) === text.charCodeAt(text.length - 1 - fromEnd)) {
    fromEnd += 1;
  }
  return { from, to: text.length - fromEnd };
}

function commonStartLength(first: string, second: string, limit: number): number {
  let length = 0;
  while (length < limit && first.charCodeAt(length) === second.charCodeAt(length)) length += 1;
  return length;
}

/** Whether an `InputEvent.inputType` brings in text from elsewhere (paste, drop) rather than typing it. */
export function isPasteInput(inputType: string): boolean {
  return inputType === 'insertFromPaste' || inputType === 'insertFromDrop' || inputType === 'insertFromPasteAsQuotation';
}

/**
 * A field's text after an edit, with the words the edit completed in the house tone style: when
 * typing, each word whose next character (a space, a punctuation mark, a line break) was just
 * typed; when pasting (`pasted`), every word the pasted text touches. The word still being typed
 * is left alone. The selection stays on the same characters. Returns null when nothing changes.
 */
export function toneStyleAfterEdit(previous: string, current: FieldText, style: ToneStyle, pasted: boolean): FieldText | null {
  const inserted = insertedRange(previous, current);
  if (inserted.to <= inserted.from) return null;
  const text = current.value;
  const words: Array<{ from: number; to: number }> = [];
  for (const match of text.matchAll(word)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end < inserted.from) continue;
    if (start > inserted.to) break;
    const completed = pasted || (end < inserted.to && wordEnd.test(text[end]!));
    if (completed) words.push({ from: start, to: end });
  }
  return rewriteWords(current, words, style);
}

/** A field's text when the user leaves it: every word in the house tone style, in NFC; null when nothing changes. */
export function toneStyleOnLeave(value: string, style: ToneStyle): string | null {
  const converted = normalizeTonePlacement(value, style);
  return converted === value ? null : converted;
}

function rewriteWords(current: FieldText, words: ReadonlyArray<{ from: number; to: number }>, style: ToneStyle): FieldText | null {
  let value = '';
  let copiedUpTo = 0;
  let { selectionStart, selectionEnd } = current;
  for (const { from, to } of words) {
    const original = current.value.slice(from, to);
    const converted = normalizeTonePlacement(original, style);
    if (converted === original) continue;
    value += current.value.slice(copiedUpTo, from) + converted;
    copiedUpTo = to;
    // A decomposed word is shorter once composed: what follows it moves back.
    const shift = converted.length - original.length;
    if (current.selectionStart >= to) selectionStart += shift;
    if (current.selectionEnd >= to) selectionEnd += shift;
  }
  if (copiedUpTo === 0) return null;
  value += current.value.slice(copiedUpTo);
  return { value, selectionStart, selectionEnd };
}
