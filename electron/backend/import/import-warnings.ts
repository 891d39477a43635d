import type { ImportWarning, ImportWarningCode } from '../../../shared/model/import';

/** The Vietnamese and English wording of each warning; `subject` is what was detected or guessed. */
const wording: Record<ImportWarningCode, (subject: string) => [vietnamese: string, english: string]> = {
  'dateline-detected': (subject) => [`Đã nhận ngày đăng: ${subject}`, `dateline detected: ${subject}`],
  'headline-guessed': (subject) => [`Đoán tiêu đề: «${subject}»`, `headline guessed`],
  'headline-missing': () => ['Không tìm thấy tiêu đề', 'no headline found'],
  'source-prefix-detected': (subject) => [`Đã nhận nguồn: ${subject}`, `source prefix detected`],
  'lead-detected': (subject) => [`Đã nhận sapo: «${subject}»`, `lead detected`],
  'lead-missing': () => ['Không tìm thấy sapo; đoạn đầu vẫn ở phần nội dung', 'no lead found; the first paragraph stays in the body'],
  'byline-detected': (subject) => [`Đã nhận tác giả: ${subject}`, `byline detected`],
  'byline-guessed': (subject) => [`Đoán tác giả từ dòng cuối: ${subject}`, `byline guessed from the last line`],
  'caption-guessed': (subject) => [`Đoán chú thích ảnh: «${subject}»`, `photo caption guessed`],
  'caption-without-image': (subject) => [`Chú thích ảnh không có ảnh: «${subject}»`, `caption without an image`],
  'image-not-embedded': (subject) => [`Ảnh không nằm trong tệp, chưa tải được: ${subject}`, `image not embedded in the file, not fetched`],
  'image-not-stored': (subject) => [`Không lưu được ảnh: ${subject}`, `image not stored`],
  'chrome-removed': (subject) => [`Đã bỏ phần thừa của trang: «${subject}»`, `page chrome left out`],
  'unrecognised-kept': (subject) => [`Giữ lại trong nội dung, cần xem lại: «${subject}»`, `not recognised, kept in the body; check it`],
  'markup-removed': (subject) => [`Đã bỏ mã trang: ${subject}`, `markup removed`],
  'link-removed': (subject) => [`Đã bỏ liên kết không an toàn (giữ chữ): ${subject}`, `unsafe link removed, text kept`],
  'table-flattened': (subject) => [`Bảng được chuyển thành đoạn văn: ${subject}`, `table turned into paragraphs`],
  'legacy-encoding-converted': (subject) => [`Đã chuyển bảng mã ${subject} sang Unicode`, `legacy encoding converted: ${subject}`],
  'text-decoded': (subject) => [`Tệp không phải UTF-8, đã đọc theo bảng mã ${subject}`, `file is not UTF-8, read as ${subject}`],
  'nfd-normalised': () => ['Đã chuẩn hóa Unicode tổ hợp (NFD) sang dựng sẵn (NFC)', 'decomposed Unicode (NFD) normalised to NFC'],
  'html-without-markup': () => ['Tệp .html không có thẻ HTML, đọc như văn bản thường', '.html file has no markup, read as plain text'],
  'docx-message': (subject) => [`Ghi chú khi đọc tệp Word: ${subject}`, `note from reading the Word file`],
};

const subjectLength = 120;

/** A warning with its stable code and a message in Vietnamese, then English. */
export function importWarning(code: ImportWarningCode, subject = ''): ImportWarning {
  const shortSubject = subject.length > subjectLength ? `${subject.slice(0, subjectLength - 1)}…` : subject;
  const [vietnamese, english] = wording[code](shortSubject);
  return { code, message: `${vietnamese} (${english})` };
}
