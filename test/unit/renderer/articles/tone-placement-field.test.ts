import { describe, expect, it } from 'vitest';
import { isPasteInput, toneStyleAfterEdit, toneStyleOnLeave, type FieldText } from '../../../../renderer/articles/tone-placement-field';

/** The field as it is after typing `typed` at `caret` of `before`. */
function typedAt(before: string, caret: number, typed: string): FieldText {
  const value = before.slice(0, caret) + typed + before.slice(caret);
  return { value, selectionStart: caret + typed.length, selectionEnd: caret + typed.length };
}

/** Types `text` one character at a time into an empty field, as the field helper sees each input. */
function typeIntoField(text: string, style: 'old' | 'new'): FieldText {
  let field: FieldText = { value: '', selectionStart: 0, selectionEnd: 0 };
  for (const character of text) {
    const next = typedAt(field.value, field.selectionStart, character);
    field = toneStyleAfterEdit(field.value, next, style, false) ?? next;
  }
  return field;
}

describe('toneStyleAfterEdit', () => {
  it('rewrites a word when a space or punctuation completes it, and not before', () => {
    expect(toneStyleAfterEdit('Thành u', typedAt('Thành u', 7, 'ỷ'), 'old', false)).toBeNull();
    expect(toneStyleAfterEdit('Thành uỷ', typedAt('Thành uỷ', 8, ' '), 'old', false)).toEqual({ value: 'Thành ủy ', selectionStart: 9, selectionEnd: 9 });
    expect(toneStyleAfterEdit('hòa', typedAt('hòa', 3, ','), 'new', false)).toEqual({ value: 'hoà,', selectionStart: 4, selectionEnd: 4 });
    expect(toneStyleAfterEdit('khoẻ', typedAt('khoẻ', 4, '\n'), 'old', false)?.value).toBe('khỏe\n');
    expect(typeIntoField('Quận uỷ họp về thuỷ lợi.', 'old').value).toBe('Quận ủy họp về thủy lợi.');
    expect(typeIntoField('Hòa giải ', 'new').value).toBe('Hoà giải ');
  });

  it('keeps the caret where it was, in the middle of the text too', () => {
    const before = 'Quận uỷ Quận 3';
    const after = toneStyleAfterEdit(before, typedAt(before, 7, ','), 'old', false);
    expect(after).toEqual({ value: 'Quận ủy, Quận 3', selectionStart: 8, selectionEnd: 8 });
  });

  it('tells which of two spaces was typed from the caret', () => {
    const before = 'hoà x';
    expect(toneStyleAfterEdit(before, typedAt(before, 3, ' '), 'old', false)?.value).toBe('hòa  x');
  });

  it('leaves the word being typed, closed syllables and untouched words alone', () => {
    expect(toneStyleAfterEdit('uỷ hoà', typedAt('uỷ hoà', 6, 'n'), 'old', false)).toBeNull();
    expect(toneStyleAfterEdit('hoàng toán quý', typedAt('hoàng toán quý', 14, ' '), 'old', false)).toBeNull();
    // Only the word the space completed: "uỷ" further back was not touched by this edit.
    expect(toneStyleAfterEdit('uỷ và hoà', typedAt('uỷ và hoà', 9, ' '), 'old', false)?.value).toBe('uỷ và hòa ');
  });

  it('rewrites every word a paste touches, the last one too', () => {
    const before = 'Tin: ';
    const pasted = typedAt(before, 5, 'Quận uỷ và Thành uỷ');
    expect(toneStyleAfterEdit(before, pasted, 'old', true)).toEqual({ value: 'Tin: Quận ủy và Thành ủy', selectionStart: 24, selectionEnd: 24 });
    expect(toneStyleAfterEdit(before, pasted, 'old', false)?.value).toBe('Tin: Quận ủy và Thành uỷ');
  });

  it('moves the caret back when a decomposed word is composed', () => {
    const before = 'ho\u0300a';
    expect(toneStyleAfterEdit(before, typedAt(before, 4, ' '), 'new', false)).toEqual({ value: 'hoà ', selectionStart: 4, selectionEnd: 4 });
    expect(toneStyleAfterEdit(`${before} bình`, typedAt(`${before} bình`, 4, ','), 'old', false)).toEqual({ value: 'hòa, bình', selectionStart: 4, selectionEnd: 4 });
  });

  it('does nothing for a deletion', () => {
    expect(toneStyleAfterEdit('hoà x', { value: 'hoà ', selectionStart: 4, selectionEnd: 4 }, 'old', false)).toBeNull();
    expect(toneStyleAfterEdit('hoà', { value: '', selectionStart: 0, selectionEnd: 0 }, 'old', true)).toBeNull();
  });
});

describe('toneStyleOnLeave', () => {
  it('rewrites the whole field, the last word too, and returns null when it is already in style', () => {
    expect(toneStyleOnLeave('Thành uỷ họp về thuỷ lợi', 'old')).toBe('Thành ủy họp về thủy lợi');
    expect(toneStyleOnLeave('Thành ủy họp về thủy lợi', 'old')).toBeNull();
    expect(toneStyleOnLeave('Hòa', 'new')).toBe('Hoà');
    expect(toneStyleOnLeave('', 'new')).toBeNull();
  });
});

describe('isPasteInput', () => {
  it('tells pastes and drops from typing', () => {
    expect(isPasteInput('insertFromPaste')).toBe(true);
    expect(isPasteInput('insertFromDrop')).toBe(true);
    expect(isPasteInput('insertText')).toBe(false);
    expect(isPasteInput('insertCompositionText')).toBe(false);
    expect(isPasteInput('')).toBe(false);
  });
});
