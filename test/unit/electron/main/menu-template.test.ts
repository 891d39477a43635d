import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../../shared/api/contract';
import { menuLabelsFor } from '../../../../electron/main/menu-labels';
import { buildMenuTemplate, type MenuTemplateOptions } from '../../../../electron/main/menu-template';

function template(overrides: Partial<MenuTemplateOptions> = {}) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const importFiles = vi.fn<() => void>();
  const showAbout = vi.fn<() => void>();
  const menu = buildMenuTemplate({
    labels: menuLabelsFor('vi'),
    isDevelopment: false,
    platform: 'linux',
    sendCommand,
    importFiles,
    showAbout,
    ...overrides,
  });
  return { menu, sendCommand, importFiles, showAbout };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no menu item "${label}" in ${items.map((candidate) => candidate.label).join(', ')}`);
  return found;
}

function click(menuItem: MenuItemConstructorOptions): void {
  (menuItem.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in Vietnamese by default', () => {
    const { menu } = template();
    expect(menu.map((entry) => entry.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(submenu(menu[0]).map((entry) => entry.label ?? entry.type)).toEqual([
      'Bài mới',
      'Lưu',
      'Nhập…',
      'Xuất HTML…',
      'separator',
      'Cài đặt',
      'separator',
      'Thoát',
    ]);
    expect(submenu(menu[1]).filter((entry) => entry.role).map((entry) => [entry.label, entry.role])).toEqual([
      ['Hoàn tác', 'undo'],
      ['Làm lại', 'redo'],
      ['Cắt', 'cut'],
      ['Sao chép', 'copy'],
      ['Dán', 'paste'],
      ['Dán dạng văn bản thuần', 'pasteAndMatchStyle'],
      ['Chọn tất cả', 'selectAll'],
    ]);
  });

  it('sends the renderer a command for each File item but Nhập, with the glossary shortcuts', () => {
    const { menu, sendCommand, importFiles } = template();
    const file = submenu(menu[0]);
    expect(item(file, 'Bài mới').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Lưu').accelerator).toBe('CmdOrCtrl+S');
    click(item(file, 'Bài mới'));
    click(item(file, 'Lưu'));
    click(item(file, 'Xuất HTML…'));
    click(item(file, 'Cài đặt'));
    click(item(submenu(menu[1]), 'Tìm kiếm'));
    click(item(submenu(menu[1]), 'Chèn ảnh…'));
    click(item(submenu(menu[2]), 'Lịch sử phiên bản'));
    click(item(submenu(menu[1]), 'Tìm và thay thế'));
    expect(sendCommand.mock.calls.map(([command]) => command)).toEqual(['new-article', 'save', 'export-html', 'settings', 'find', 'insert-image', 'version-history', 'find-replace']);
    expect(importFiles).not.toHaveBeenCalled();
    expect(item(file, 'Thoát').role).toBe('quit');
  });

  // Regression: File › Nhập once asked the page to click its hidden file input, which Chromium
  // refuses without a click in the page, so in Electron the item did nothing.
  it('imports through the main process on File › Nhập, sending the page no command', () => {
    const { menu, sendCommand, importFiles } = template();
    click(item(submenu(menu[0]), 'Nhập…'));
    expect(importFiles).toHaveBeenCalledOnce();
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('shows reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => submenu(template({ isDevelopment }).menu[2]).map((entry) => entry.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens the About box from Help', () => {
    const { menu, showAbout } = template();
    click(item(submenu(menu[3]), 'Giới thiệu Newsdesk'));
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('speaks English when the language setting is en', () => {
    const { menu } = template({ labels: menuLabelsFor('en') });
    expect(menu.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenu(menu[0])[0]?.label).toBe('New article');
  });

  it('starts with the application menu on macOS, where Quit lives', () => {
    const { menu } = template({ platform: 'darwin' });
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenu(menu[1]).some((entry) => entry.role === 'quit')).toBe(false);
  });
});
