import type { ArticleStatus } from '../../shared/model/article';
import type { AuthorRole } from '../../shared/model/author';
import type { BylineRole } from '../../shared/model/byline';
import type { WarningGroup } from '../import/warning-groups';
import { viErrors, viImportWarnings, viLegacyEncodingNames } from './vi-wording';

/** Vietnamese interface text, the default. Words follow the newsroom glossary. */
export const vi = {
  appName: 'Newsdesk',
  loading: 'Đang tải…',

  articles: 'Tin bài',
  newArticle: 'Bài mới',
  search: 'Tìm kiếm',
  trash: 'Thùng rác',
  statusFilter: 'Lọc theo trạng thái',
  allStatuses: 'Tất cả trạng thái',
  untitled: '(Chưa có tiêu đề)',
  noArticles: 'Chưa có tin bài nào. Bấm “Bài mới” để bắt đầu.',
  noTrashedArticles: 'Thùng rác trống.',
  noSearchResults: 'Không có tin bài nào khớp.',
  searching: 'Đang tìm…',
  searchResults: 'Kết quả tìm kiếm',
  searchResultCount: (count: number) => `${count.toLocaleString('vi-VN')} kết quả`,
  searchResultsMany: (shown: number) => `Rất nhiều kết quả; hiện ${shown} kết quả khớp nhất trong các bài mới nhất`,
  searchFailed: (message: string) => `Không tìm được: ${message}`,
  updatedAt: (time: string) => `Cập nhật ${time}`,
  moveToTrash: 'Chuyển vào Thùng rác',
  moveToTrashNamed: (headline: string) => `Chuyển vào Thùng rác: ${headline}`,
  untrash: 'Khôi phục',
  untrashNamed: (headline: string) => `Khôi phục: ${headline}`,
  restore: 'Khôi phục',
  listLoadFailed: (message: string) => `Không tải được danh sách tin bài: ${message}`,
  retry: 'Thử lại',

  chooseArticle: 'Chọn một tin bài ở bên trái, hoặc bấm “Bài mới”.',
  articleLoadFailed: (message: string) => `Không mở được tin bài: ${message}`,
  trashedNotice: 'Bài này đang ở Thùng rác. Khôi phục để sửa tiếp.',

  headline: 'Tiêu đề',
  sourcePrefix: 'Nguồn',
  sourcePrefixHint: 'Ví dụ: (Thanhuytphcm.vn)',
  sapo: 'Sapo',
  body: 'Nội dung',
  bodyPlaceholder: 'Viết nội dung bài…',
  status: 'Trạng thái',
  statuses: {
    draft: 'Bản nháp',
    submitted: 'Chờ duyệt',
    approved: 'Đã duyệt',
    exported: 'Đã xuất',
  } satisfies Record<ArticleStatus, string>,

  formatting: 'Định dạng',
  bold: 'Đậm',
  italic: 'Nghiêng',
  underline: 'Gạch chân',
  heading: (level: number) => `Tiêu đề ${level}`,
  bulletList: 'Danh sách',
  orderedList: 'Danh sách số',
  blockquote: 'Trích dẫn',
  link: 'Liên kết',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  linkDialogTitle: 'Liên kết',
  linkAddress: 'Địa chỉ liên kết',
  linkAddressHint: 'https://…, http://… hoặc mailto:…',
  linkRejected: 'Chỉ nhận địa chỉ bắt đầu bằng http://, https:// hoặc mailto:',
  applyLink: 'Áp dụng',
  removeLink: 'Bỏ liên kết',
  cancel: 'Hủy',

  save: 'Lưu',
  saveState: 'Trạng thái lưu',
  unsaved: 'Chưa lưu',
  saving: 'Đang lưu…',
  savedAt: (time: string) => `Đã lưu lúc ${time}`,
  saveFailed: 'Không lưu được — sẽ thử lại',
  saveFailedDetail: (message: string) => `${message} Nội dung vẫn còn nguyên trong trình soạn thảo.`,
  conflictState: 'Xung đột phiên bản',
  conflictMessage:
    'Bài này đã được sửa ở nơi khác (một thẻ hoặc cửa sổ khác) sau khi bạn mở. Nội dung bạn đang viết vẫn còn nguyên. Hãy chọn giữ bản của bạn, hoặc tải bản kia.',
  keepMine: 'Giữ bản của tôi',
  loadTheirs: 'Tải bản kia',
  leaveBlocked: 'Bài đang mở chưa lưu được, nên chưa chuyển bài. Nội dung vẫn còn nguyên; hãy thử lại sau khi đã lưu.',
  wordCount: 'Số chữ',
  wordCountValue: (count: number) => `Số chữ: ${count.toLocaleString('vi-VN')}`,

  history: 'Lịch sử phiên bản',
  closeHistory: 'Đóng lịch sử phiên bản',
  noRevisions: 'Chưa có phiên bản nào.',
  revisionKinds: {
    autosave: 'Tự động lưu',
    explicit: 'Lưu',
    restore: 'Khôi phục',
    create: 'Tạo bài',
    'tone-style': 'Chuyển kiểu dấu thanh',
  },
  revisionLabel: (version: number, time: string) => `Phiên bản ${version}, ${time}`,
  restoreRevisionNamed: (version: number) => `Khôi phục phiên bản ${version}`,
  restoreFailed: (message: string) => `Không khôi phục được: ${message}`,
  historyLoadFailed: (message: string) => `Không tải được lịch sử: ${message}`,

  settings: 'Cài đặt',
  language: 'Ngôn ngữ giao diện',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  toneStyle: 'Kiểu đặt dấu thanh',
  toneStyles: { old: 'Kiểu cũ (hòa, thủy)', new: 'Kiểu mới (hoà, thuỷ)' },
  settingsSaveFailed: (message: string) => `Không lưu được cài đặt: ${message}`,
  close: 'Đóng',

  /** Why a call failed, by the reason of its ApiError: renderer/shell/describe-error.ts. */
  errors: viErrors,
  /** What an import detected or guessed, by warning code: the import report. */
  importWarnings: viImportWarnings,

  // Nhập (import) and the legacy paste bar: renderer/import/, renderer/editor/legacy-paste/.
  importFiles: 'Nhập',
  importFilesHint: 'Nhập tin bài từ tệp .txt, .html, .htm hoặc .docx',
  importChooseFiles: 'Chọn tệp để nhập',
  importDropHint: 'Thả tệp để nhập',
  importProgress: (current: number, total: number) => `Đang nhập ${current}/${total}…`,
  importReport: 'Kết quả nhập',
  importSummary: (imported: number, failed: number) =>
    failed === 0 ? `Đã nhập ${imported} tệp.` : `Đã nhập ${imported} tệp, ${failed} tệp không nhập được.`,
  importBylines: 'Tác giả',
  importFigures: 'Ảnh',
  importNoCaption: '(chưa có chú thích ảnh)',
  photoCredit: (credit: string) => `Ảnh: ${credit}`,
  importNone: '(không có)',
  importWarningGroups: {
    guessed: 'Phỏng đoán — hãy kiểm tra lại',
    detected: 'Đã nhận ra',
    note: 'Ghi chú',
  } satisfies Record<WarningGroup, string>,
  openImportedArticle: 'Mở bài',
  importFailed: (message: string) => `Không nhập được: ${message}`,
  importErrorDetail: (code: string, where: string) => (where === '' ? `Mã lỗi: ${code}` : `Mã lỗi: ${code} · tại: ${where}`),
  importNothingCreated: 'Không có tin bài nào được tạo từ tệp này.',
  importTooLarge: (megabytes: number) => `tệp lớn hơn ${megabytes} MB, mức tối đa có thể nhập`,
  importUnreadable: (message: string) => (message === '' ? 'không đọc được tệp' : `không đọc được tệp (${message})`),
  importFileMissing: 'không tìm thấy tệp (có thể tệp đã bị xoá hoặc chuyển đi)',
  importNotAFile: 'đây không phải là một tệp (có thể là một thư mục)',
  legacyPasteBar: 'Chuyển mã văn bản dán vào',
  legacyPasteDetected: (encoding: string) => `Văn bản dán vào có vẻ dùng mã ${encoding}.`,
  legacyEncodingNames: viLegacyEncodingNames,
  legacyPastePreview: 'Sau khi chuyển:',
  convertToUnicode: 'Chuyển sang Unicode',
  ignoreLegacyPaste: 'Bỏ qua',

  // Kiểu đặt dấu thanh (tone placement): renderer/settings/, renderer/editor/tone-placement-extension.ts.
  toneStyleHint: 'Chữ gõ, dán và nhập từ nay theo kiểu này. Tin bài đã có giữ nguyên cho đến khi được chuyển.',
  convertToneStyle: 'Chuyển các tin bài hiện có sang kiểu này',
  convertingToneStyle: 'Đang chuyển các tin bài…',
  toneStyleConverted: (count: number) =>
    count === 0
      ? 'Không có tin bài nào cần chuyển.'
      : `Đã chuyển ${count.toLocaleString('vi-VN')} tin bài. Các bản trước vẫn còn trong Lịch sử phiên bản của từng bài.`,
  toneStyleConvertFailed: (message: string) => `Không chuyển được các tin bài: ${message}`,
  toneStyleConvertBlocked: 'Bài đang mở chưa lưu được, nên chưa chuyển tin bài nào. Nội dung vẫn còn nguyên; hãy thử lại sau khi đã lưu.',

  // Độ dài tiêu đề và sapo: renderer/articles/length-counter.tsx, renderer/settings/.
  lengthCount: (count: number, limit: number) => `${count.toLocaleString('vi-VN')}/${limit.toLocaleString('vi-VN')} ký tự`,
  lengthOver: (count: number, limit: number) => `${count.toLocaleString('vi-VN')}/${limit.toLocaleString('vi-VN')} ký tự, dài hơn mức ${limit.toLocaleString('vi-VN')} của tòa soạn`,
  lengthLimits: 'Độ dài tối đa (số ký tự)',
  headlineLimit: 'Tiêu đề tối đa',
  sapoLimit: 'Sapo tối đa',
  lengthLimitRange: (min: number, max: number) => `Từ ${min} đến ${max} ký tự; quá mức này, ô đếm ký tự chuyển sang cảnh báo.`,

  // Chuyên mục: renderer/articles/metadata-panel.tsx, renderer/settings/categories-section.tsx.
  category: 'Chuyên mục',
  noCategory: '(Chưa chọn)',
  categories: 'Chuyên mục',
  categoryArticles: (count: number) => `${count.toLocaleString('vi-VN')} tin bài`,
  categoryName: (name: string) => `Tên chuyên mục: ${name}`,
  deleteCategory: (name: string) => `Xoá chuyên mục: ${name}`,
  newCategory: 'Chuyên mục mới',
  addCategory: 'Thêm chuyên mục',
  noCategories: 'Chưa có chuyên mục nào.',
  categoryFailed: (message: string) => `Không lưu được chuyên mục: ${message}`,

  // Tác giả (bylines): renderer/articles/byline-field.tsx.
  bylines: 'Tác giả',
  bylinesHint: 'Gõ tên để chọn trong danh sách tác giả; Enter để thêm tác giả mới.',
  bylineAuthorsChosen: 'Tác giả đã chọn',
  bylineRoles: { writer: 'Viết', photographer: 'Ảnh' } as Record<BylineRole, string>,
  bylineRoleOf: (name: string) => `Vai trò của ${name}`,
  bylineRemove: (name: string) => `Bỏ ${name}`,
  bylineAddNew: (name: string) => `Thêm tác giả mới “${name}”`,
  bylineTeam: 'Nhóm PV',
  bylineSource: 'Theo',
  bylineSourceHint: 'Nguồn, ví dụ: TTXVN',
  bylineLine: 'Dòng tác giả',
  bylineLineEmpty: '(chưa có tác giả)',
  bylineFailed: (message: string) => `Không thêm được tác giả: ${message}`,
  authorRoles: { reporter: 'Phóng viên', editor: 'Biên tập viên', contributor: 'Cộng tác viên', photographer: 'Ảnh' } as Record<AuthorRole, string>,
};

export type Messages = typeof vi;
