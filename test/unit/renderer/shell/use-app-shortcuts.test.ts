import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../renderer/shell/use-app-shortcuts';

const key = (value: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('commandForKey', () => {
  it('maps Ctrl+N, Ctrl+S, Ctrl+F and Ctrl+, (and Cmd on macOS), whatever the letter case', () => {
    expect(commandForKey(key('n', { ctrlKey: true }))).toBe('newArticle');
    expect(commandForKey(key('S', { ctrlKey: true }))).toBe('save');
    expect(commandForKey(key('f', { metaKey: true }))).toBe('find');
    expect(commandForKey(key(',', { ctrlKey: true }))).toBe('settings');
    expect(commandForKey(key('h', { ctrlKey: true }))).toBe('findReplace');
  });

  it('ignores plain letters, other shortcuts and shifted or Alt combinations', () => {
    expect(commandForKey(key('n'))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandForKey(key('n', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});
