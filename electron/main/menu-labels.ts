import type { Language } from '../../shared/model/settings';

/** The words of the native menu and the About box, from the glossary (design/glossary.md). */
export interface MenuLabels {
  file: string;
  newArticle: string;
  save: string;
  import: string;
  /** The title of File › Nhập's file dialog. */
  importDialogTitle: string;
  /** The file type the dialog offers (.txt, .html, .htm, .docx). */
  importFileType: string;
  /** Tệp › Xuất HTML…: the export dialog. */
  exportHtml: string;
  settings: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  /** Sửa › Dán dạng văn bản thuần (Ctrl+Shift+V): the clipboard's text without its formatting. */
  pasteAsPlainText: string;
  selectAll: string;
  find: string;
  /** Sửa › Tìm và thay thế: the article's find and replace panel. */
  findReplace: string;
  /** Sửa › Chèn ảnh…: the body's image file picker. */
  insertImage: string;
  view: string;
  /** Xem › Lịch sử phiên bản: the open article's version history. */
  versionHistory: string;
  reload: string;
  forceReload: string;
  developerTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  help: string;
  about: string;
  aboutVersion: string;
  aboutDatabase: string;
  aboutSchemaVersion: string;
  aboutUnavailable: string;
  close: string;
  unsavedChangesMessage: string;
  unsavedChangesDetail: string;
  leave: string;
  stay: string;
}

const vietnamese: MenuLabels = {
  file: 'Tệp',
  newArticle: 'Bài mới',
  save: 'Lưu',
  import: 'Nhập…',
  exportHtml: 'Xuất HTML…',
  importDialogTitle: 'Nhập tin bài',
  importFileType: 'Bài viết',
  settings: 'Cài đặt',
  quit: 'Thoát',
  edit: 'Sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  pasteAsPlainText: 'Dán dạng văn bản thuần',
  selectAll: 'Chọn tất cả',
  find: 'Tìm kiếm',
  findReplace: 'Tìm và thay thế',
  insertImage: 'Chèn ảnh…',
  view: 'Xem',
  versionHistory: 'Lịch sử phiên bản',
  reload: 'Tải lại',
  forceReload: 'Tải lại hoàn toàn',
  developerTools: 'Công cụ phát triển',
  actualSize: 'Cỡ thật',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fullScreen: 'Toàn màn hình',
  help: 'Trợ giúp',
  about: 'Giới thiệu Newsdesk',
  aboutVersion: 'Phiên bản',
  aboutDatabase: 'Cơ sở dữ liệu',
  aboutSchemaVersion: 'Phiên bản lược đồ',
  aboutUnavailable: 'Không đọc được thông tin ứng dụng',
  close: 'Đóng',
  unsavedChangesMessage: 'Bài viết còn thay đổi chưa lưu.',
  unsavedChangesDetail: 'Nếu đóng bây giờ, phần chưa lưu sẽ mất.',
  leave: 'Vẫn đóng',
  stay: 'Ở lại',
};

const english: MenuLabels = {
  file: 'File',
  newArticle: 'New article',
  save: 'Save',
  import: 'Import…',
  exportHtml: 'Export HTML…',
  importDialogTitle: 'Import articles',
  importFileType: 'Articles',
  settings: 'Settings',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAsPlainText: 'Paste as plain text',
  selectAll: 'Select all',
  find: 'Search',
  findReplace: 'Find and replace',
  insertImage: 'Insert image…',
  view: 'View',
  versionHistory: 'Version history',
  reload: 'Reload',
  forceReload: 'Force reload',
  developerTools: 'Developer tools',
  actualSize: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  help: 'Help',
  about: 'About Newsdesk',
  aboutVersion: 'Version',
  aboutDatabase: 'Database',
  aboutSchemaVersion: 'Schema version',
  aboutUnavailable: 'Could not read the application information',
  close: 'Close',
  unsavedChangesMessage: 'The article has changes that are not saved.',
  unsavedChangesDetail: 'If you close now, the unsaved part is lost.',
  leave: 'Close anyway',
  stay: 'Stay',
};

export function menuLabelsFor(language: Language): MenuLabels {
  return language === 'en' ? english : vietnamese;
}
