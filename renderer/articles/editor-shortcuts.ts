import { useEffect, useRef } from 'react';
import type { Messages } from '../i18n/vi';

export type EditorShortcutCommand = keyof Messages['editorShortcutCommands'];
export type EditorShortcutGroup = keyof Messages['editorShortcutGroups'];

/** Every key of the article screen, as the "?" dialog lists them (keys of TipTap's own extensions included). */
export const editorShortcuts: ReadonlyArray<{ group: EditorShortcutGroup; items: ReadonlyArray<{ keys: readonly string[]; command: EditorShortcutCommand }> }> = [
  {
    group: 'app',
    items: [
      { keys: ['Ctrl+N'], command: 'newArticle' },
      { keys: ['Ctrl+S'], command: 'save' },
      { keys: ['Ctrl+F'], command: 'search' },
      { keys: ['Ctrl+H'], command: 'findReplace' },
      { keys: ['Ctrl+,'], command: 'settings' },
      { keys: ['?'], command: 'shortcuts' },
      { keys: ['Esc'], command: 'escape' },
    ],
  },
  {
    group: 'editing',
    items: [
      { keys: ['Ctrl+B'], command: 'bold' },
      { keys: ['Ctrl+I'], command: 'italic' },
      { keys: ['Ctrl+U'], command: 'underline' },
      { keys: ['Ctrl+Z'], command: 'undo' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], command: 'redo' },
      { keys: ['Ctrl+Alt+2', 'Ctrl+Alt+3', 'Ctrl+Alt+4'], command: 'headings' },
      { keys: ['Ctrl+Alt+0'], command: 'paragraph' },
      { keys: ['Ctrl+Shift+8'], command: 'bulletList' },
      { keys: ['Ctrl+Shift+7'], command: 'orderedList' },
      { keys: ['Ctrl+Shift+B'], command: 'blockquote' },
      { keys: ['Shift+Enter'], command: 'hardBreak' },
      { keys: ['Ctrl+Shift+V'], command: 'pastePlain' },
      { keys: ['Tab'], command: 'tableNextCell' },
      { keys: ['Shift+Tab'], command: 'tablePreviousCell' },
      { keys: ['Alt+↑', 'Alt+↓'], command: 'moveFigure' },
      { keys: ['Shift+F10'], command: 'spellingMenu' },
    ],
  },
  {
    group: 'lists',
    items: [
      { keys: ['↑', '↓'], command: 'listMove' },
      { keys: ['Home', 'End'], command: 'listEnds' },
    ],
  },
];

/** True when a key press goes to something the user types in (or to an open dialog): "?" is then a character. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog') !== null) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Opens the shortcuts dialog on "?" while `enabled`, unless the key is typed into a text field. */
export function useShortcutsKey(enabled: boolean, open: () => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
