import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract';
import type { MenuLabels } from './menu-labels';

export interface MenuTemplateOptions {
  labels: MenuLabels;
  /** Reload and developer tools appear only when running from the source tree. */
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  /** Asks the renderer to do what the item names (it receives a 'menu.command' event). */
  sendCommand: (command: MenuCommand) => void;
  /**
   * File › Nhập: the main process shows the file dialog, because the page may open its own file
   * picker only during a click in the page, and a menu click is not one.
   */
  importFiles: () => void;
  showAbout: () => void;
}

/** The native menu: File, Edit, View, Help (plus the application menu on macOS). */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { labels, sendCommand } = options;
  const isMac = options.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { label: labels.newArticle, accelerator: 'CmdOrCtrl+N', click: () => sendCommand('new-article') },
      { label: labels.save, accelerator: 'CmdOrCtrl+S', click: () => sendCommand('save') },
      { label: labels.import, click: () => options.importFiles() },
      { label: labels.exportHtml, click: () => sendCommand('export-html') },
      { type: 'separator' },
      { label: labels.settings, accelerator: 'CmdOrCtrl+,', click: () => sendCommand('settings') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: labels.quit, role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { label: labels.undo, role: 'undo' },
      { label: labels.redo, role: 'redo' },
      { type: 'separator' },
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      { label: labels.pasteAsPlainText, role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
      { label: labels.selectAll, role: 'selectAll' },
      { type: 'separator' },
      { label: labels.insertImage, click: () => sendCommand('insert-image') },
      { label: labels.find, accelerator: 'CmdOrCtrl+F', click: () => sendCommand('find') },
      // Cmd+H hides the app on macOS, where Cmd+Alt+F is the usual find and replace.
      { label: labels.findReplace, accelerator: isMac ? 'Cmd+Alt+F' : 'Ctrl+H', click: () => sendCommand('find-replace') },
    ],
  };

  const developmentItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [
        { label: labels.reload, role: 'reload' },
        { label: labels.forceReload, role: 'forceReload' },
        { label: labels.developerTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];

  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...developmentItems,
      { label: labels.versionHistory, click: () => sendCommand('version-history') },
      { type: 'separator' },
      { label: labels.actualSize, role: 'resetZoom' },
      { label: labels.zoomIn, role: 'zoomIn' },
      { label: labels.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: labels.fullScreen, role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [{ label: labels.about, click: () => options.showAbout() }],
  };

  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
