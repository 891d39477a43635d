import { useEffect, useRef } from 'react';

export interface AppCommands {
  newArticle: () => void;
  save: () => void;
  find: () => void;
  /** Ctrl+H: Tìm và thay thế in the open article. */
  findReplace: () => void;
  settings: () => void;
}

/** The command a key press asks for: Ctrl+N (Bài mới), Ctrl+S (Lưu), Ctrl+F (Tìm kiếm), Ctrl+H (Tìm và thay thế), Ctrl+, (Cài đặt). */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): keyof AppCommands | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  switch (event.key.toLowerCase()) {
    case 'n':
      return 'newArticle';
    case 's':
      return 'save';
    case 'f':
      return 'find';
    case 'h':
      return 'findReplace';
    case ',':
      return 'settings';
    default:
      return null;
  }
}

/**
 * Keyboard shortcuts of the whole window. In the desktop app the native menu's accelerators
 * usually take these keys first and arrive as 'menu.command' events instead.
 */
export function useAppShortcuts(commands: AppCommands): void {
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event);
      if (command === null) return;
      event.preventDefault();
      latest.current[command]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
