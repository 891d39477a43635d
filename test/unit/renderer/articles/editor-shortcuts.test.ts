// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { editorShortcuts, isTypingTarget } from '../../../../renderer/articles/editor-shortcuts';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';

describe('the editor shortcuts ("?")', () => {
  it('list Ctrl+H, Ctrl+Shift+V, the table keys and "?" itself, each worded in both languages', () => {
    const keys = editorShortcuts.flatMap(({ items }) => items.flatMap((item) => item.keys));
    expect(keys).toEqual(expect.arrayContaining(['Ctrl+H', 'Ctrl+Shift+V', 'Tab', 'Shift+Tab', '?', 'Ctrl+S', 'Alt+↑']));
    for (const { group, items } of editorShortcuts) {
      expect(vi.editorShortcutGroups[group]).not.toBe('');
      for (const { command } of items) {
        expect(vi.editorShortcutCommands[command]).not.toBe(en.editorShortcutCommands[command]);
      }
    }
  });

  it('"?" is a character in text fields and the body, a command elsewhere', () => {
    const textBox = document.body.appendChild(document.createElement('input'));
    const checkbox = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox' }));
    const button = document.body.appendChild(document.createElement('button'));
    expect(isTypingTarget(textBox)).toBe(true);
    expect(isTypingTarget(document.body.appendChild(document.createElement('textarea')))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(button)).toBe(false);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    expect(isTypingTarget(dialog.appendChild(document.createElement('button')))).toBe(true);
  });
});
