import type { ErrorWording } from '../../shared/api/errors';
import type { FileKind } from '../../shared/model/file-kind';
import { type ImportFormat, type ImportWarningWording, readTextLeftOutSubject } from '../../shared/model/import';
import { limits } from '../../shared/api/limits';
import type { LegacyEncoding } from '../../shared/text/legacy-encodings';
import { formatDateTime } from '../format/format-time';

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
const count = (value: number) => value.toLocaleString('vi-VN');
const named = (fileName: string) => (fileName === '' ? '' : ` ${fileName}`);
const dateTime = (timestamp: string) => (Number.isNaN(Date.parse(timestamp)) ? timestamp : formatDateTime(timestamp));
const acceptedImages = 'Chỉ nhận ảnh JPEG, PNG, GIF và WebP (xét theo nội dung tệp, không theo tên tệp).';

export const viLegacyEncodingNames = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  viqr: 'VIQR',
  cp1252: 'UTF-8 bị đọc nhầm thành Windows-1252',
} satisfies Record<LegacyEncoding, string>;

const fileKindNames: Readonly<Record<FileKind, string>> = {
  jpeg: 'ảnh JPEG',
  png: 'ảnh PNG',
  gif: 'ảnh GIF',
  webp: 'ảnh WebP',
  bmp: 'ảnh BMP',
  tiff: 'ảnh TIFF',
  heic: 'ảnh HEIC',
  heif: 'ảnh HEIF',
  avif: 'ảnh AVIF',
  ico: 'biểu tượng ICO',
  pdf: 'tài liệu PDF',
  zip: 'tệp nén ZIP (hoặc tài liệu Word/Office)',
  'legacy-office': 'tài liệu Word/Excel đời cũ (.doc, .xls)',
  rtf: 'tài liệu RTF (hãy lưu lại thành .docx)',
  riff: 'tệp RIFF (ảnh WebP, âm thanh WAV, video AVI)',
  mp4: 'video MP4/QuickTime',
  mp3: 'tệp âm thanh MP3',
  gzip: 'tệp nén gzip',
  rar: 'tệp nén RAR',
  '7z': 'tệp nén 7-Zip',
  elf: 'tệp chương trình (ELF)',
  exe: 'tệp chương trình Windows',
  text: 'văn bản thường',
  'binary-nul': 'dữ liệu nhị phân (có byte NUL)',
  'binary-controls': 'dữ liệu nhị phân (đầy ký tự điều khiển)',
  unknown: 'dữ liệu không nhận ra được',
};

const formatNames: Readonly<Record<ImportFormat, string>> = { txt: 'văn bản', html: 'trang HTML', docx: 'tài liệu Word' };

const figureAttributeNames = { hash: 'Mã ảnh', caption: 'Chú thích ảnh', credit: 'Nguồn ảnh', alt: 'Mô tả ảnh' } as const;

function encodingName(subject: string): string {
  return Object.prototype.hasOwnProperty.call(viLegacyEncodingNames, subject) ? viLegacyEncodingNames[subject as LegacyEncoding] : subject;
}

/** The Vietnamese wording of every error reason; words follow the newsroom glossary. */
export const viErrors: ErrorWording = {
  'article-not-found': ({ id }) => `Không tìm thấy tin bài (mã ${id}).`,
  'category-not-found': ({ categoryId }) => `Không có chuyên mục mã ${categoryId}.`,
  'category-exists': ({ name, existing }) => `Đã có chuyên mục «${existing}»; «${name}» sẽ trùng với nó. Hãy chọn tên khác.`,
  'category-in-use': ({ name, articles }) => `Chuyên mục «${name}» đang có ${articles} tin bài; hãy chuyển các bài sang chuyên mục khác trước khi xoá.`,
  'version-conflict': ({ expectedVersion, currentVersion, updatedAt }) =>
    `Tin bài đã được sửa ở nơi khác (nay là phiên bản ${currentVersion}, lưu lúc ${dateTime(updatedAt)}); lần lưu này dựa trên phiên bản ${expectedVersion} nên chưa được ghi. Hãy giữ lại bản của bạn, tải lại tin bài rồi sửa lại.`,
  'article-body-invalid': ({ problem }) =>
    `Nội dung bài có phần không đúng khuôn dạng tin bài (${problem}). Nội dung chỉ gồm đoạn văn, Tiêu đề 2–4, danh sách, trích dẫn, đường kẻ, xuống dòng, ảnh và chữ đậm, nghiêng, gạch chân, liên kết.`,
  'heading-level-invalid': ({ level }) => `Nội dung có tiêu đề cấp ${level}; tin bài chỉ dùng Tiêu đề 2, 3 và 4.`,
  'figure-attribute-not-text': ({ attribute }) => `${figureAttributeNames[attribute]} của một ảnh trong nội dung phải là chữ.`,
  'figure-hash-invalid': () => 'Một ảnh trong nội dung có mã ảnh không hợp lệ (cần mã SHA-256 dài 64 ký tự mà media.put trả về).',
  'figure-attribute-not-boolean': () => 'Dấu "Ảnh đại diện" của một ảnh trong nội dung phải là đúng hoặc sai.',
  'list-start-invalid': () => 'Danh sách số trong nội dung phải bắt đầu bằng một số nguyên.',
  'table-span-invalid': () => `Ô bảng trong nội dung phải trải trên một số nguyên cột và hàng, từ 1 đến ${limits.tableCellSpan}.`,
  'revision-not-found': ({ id }) => `Không tìm thấy phiên bản đã lưu (mã ${id}).`,
  'media-too-large': ({ fileName, sizeBytes, limitBytes }) =>
    `Ảnh${named(fileName)} nặng ${megabytes(sizeBytes)}, vượt mức tối đa ${megabytes(limitBytes)}. Hãy giảm dung lượng ảnh rồi thử lại.`,
  'media-empty': ({ fileName }) => `Tệp${named(fileName)} trống. ${acceptedImages}`,
  'media-type-unsupported': ({ fileName, looksLike }) =>
    `Tệp${named(fileName)} ${looksLike === '' ? 'không phải là ảnh' : `có vẻ là ${fileKindNames[looksLike]}`}. ${acceptedImages}`,
  'media-not-found': ({ hash }) => `Không tìm thấy ảnh này trong cơ sở dữ liệu (mã ${hash.slice(0, 12)}…).`,
  'comment-not-found': ({ id }) => `Không tìm thấy bình luận số ${id}.`,

  'database-missing': ({ databasePath }) => `Không có tệp cơ sở dữ liệu ${databasePath}. Hãy kiểm tra lại đường dẫn.`,
  'database-unopenable': ({ databasePath, problem }) =>
    `Không mở được tệp cơ sở dữ liệu ${databasePath} (${problem}). Hãy kiểm tra đường dẫn, hoặc khôi phục tệp từ bản sao lưu.`,
  'database-not-sqlite': ({ databasePath, problem }) =>
    `Tệp ${databasePath} không phải là cơ sở dữ liệu SQLite dùng được (${problem}). Hãy kiểm tra đường dẫn, hoặc khôi phục tệp từ bản sao lưu.`,
  'database-damaged': ({ databasePath, problem }) =>
    `Tệp cơ sở dữ liệu ${databasePath} bị hỏng (${problem}). Hãy khôi phục từ bản sao lưu (tệp hỏng được đổi tên và giữ lại), hoặc mở tệp khác.`,
  'database-settings-refused': ({ databasePath, problem }) =>
    `Tệp cơ sở dữ liệu ${databasePath} không nhận các thiết lập bắt buộc (${problem}). Hãy kiểm tra thư mục chứa tệp ghi được và nằm trên ổ đĩa của máy.`,
  'database-too-new': ({ databasePath, schemaVersion, supportedVersion }) =>
    `Cơ sở dữ liệu ${databasePath} do một phiên bản Newsdesk mới hơn tạo ra (cấu trúc số ${schemaVersion}; bản này chỉ đọc được tới số ${supportedVersion}). Hãy cập nhật Newsdesk, hoặc mở cơ sở dữ liệu khác.`,
  'database-busy': ({ databasePath }) =>
    `Cơ sở dữ liệu ${databasePath} đang bận vì một cửa sổ hoặc chương trình khác đang ghi vào. Chưa có gì bị thay đổi; hãy thử lại, và đóng các chương trình khác đang dùng tệp nếu lỗi còn lặp lại.`,
  'database-io-failed': ({ databasePath, problem }) =>
    `Lỗi đọc/ghi cơ sở dữ liệu ${databasePath} (${problem}). Hãy kiểm tra ổ đĩa còn chỗ trống và tệp cùng thư mục chứa nó ghi được, rồi thử lại.`,
  'database-closed': ({ databasePath }) => `Cơ sở dữ liệu ${databasePath} đã đóng.`,
  'backup-path-not-absolute': ({ outPath }) => `Tệp sao lưu phải được ghi bằng đường dẫn đầy đủ, không phải “${outPath}”.`,
  'backup-same-as-database': ({ outPath }) => `Tệp sao lưu phải khác tệp cơ sở dữ liệu đang dùng (${outPath}).`,
  'backup-exists': ({ outPath }) => `Đã có tệp sao lưu ${outPath}. Hãy chọn tên khác, hoặc chọn ghi đè.`,
  'backup-write-failed': ({ outPath, problem }) =>
    `Không ghi được bản sao lưu ${outPath} (${problem}). Hãy kiểm tra thư mục có tồn tại, ghi được và còn chỗ trống.`,
  'backup-check-failed': ({ outPath, databasePath, problem }) =>
    `Không kiểm tra được bản sao của ${databasePath} (${problem}). Chưa có bản sao lưu nào được ghi vào ${outPath}.`,
  'backup-damaged': ({ outPath, databasePath, problem }) =>
    `Bản sao của ${databasePath} không qua được bước kiểm tra toàn vẹn (${problem}). Chưa có bản sao lưu nào được ghi vào ${outPath}; hãy kiểm tra lại cơ sở dữ liệu.`,

  'database-permission-denied': ({ databasePath, problem }) =>
    `Newsdesk không có quyền mở hoặc ghi cơ sở dữ liệu ${databasePath} (${problem}). Tệp không bị hỏng: hãy kiểm tra quyền của tệp và thư mục chứa nó (hoặc ổ đĩa có đang ở chế độ chỉ đọc), rồi thử lại.`,
  'database-unavailable': ({ databasePath, problem }) =>
    `Không mở được cơ sở dữ liệu ${databasePath} (${problem}). Hãy khôi phục từ bản sao lưu.`,
  'backup-timed-out': ({ outPath, seconds }) =>
    `Sao lưu vào ${outPath} không xong trong ${seconds} giây nên đã dừng; không để lại tệp nào. Hãy thử lại với thời hạn dài hơn, hoặc lúc cơ sở dữ liệu ít bận hơn.`,
  'backup-cancelled': ({ outPath }) => `Đã hủy sao lưu vào ${outPath}; không để lại tệp nào.`,
  'backup-name-invalid': ({ name }) => `“${name}” không phải là bản sao lưu của cơ sở dữ liệu này. Hãy chọn trong danh sách bản sao lưu.`,
  'restore-backup-missing': ({ backupPath }) => `Không có tệp sao lưu ${backupPath}. Chưa có gì bị thay đổi.`,
  'restore-backup-unusable': ({ backupPath, problem }) =>
    `Không khôi phục được từ bản sao lưu ${backupPath}: ${problem}. Chưa có gì bị thay đổi; hãy chọn bản sao lưu khác.`,
  'restore-failed': ({ databasePath, backupPath, problem }) =>
    `Khôi phục ${databasePath} từ ${backupPath} không thành công (${problem}). Tệp cơ sở dữ liệu cũ không bị xóa; hãy tìm nó cạnh tệp cơ sở dữ liệu (.before-restore-).`,
  'restore-database-in-use': ({ databasePath }) =>
    `Cơ sở dữ liệu ${databasePath} đang được một chương trình khác dùng (Newsdesk hoặc newsdesk serve). Hãy đóng chương trình đó, hoặc khôi phục ngay trong chương trình đó; chưa có gì bị thay đổi.`,

  'export-article-trashed': ({ id }) => `Tin bài (mã ${id}) đang nằm trong thùng rác; hãy khôi phục tin bài trước khi xuất.`,
  'export-folder-not-absolute': ({ folder }) => `Thư mục xuất phải được ghi bằng đường dẫn đầy đủ, không phải “${folder}”.`,
  'export-folder-invalid': ({ folder, problem }) => `Không xuất được vào ${folder} (${problem}). Hãy chọn thư mục khác.`,
  'export-permission-denied': ({ path }) =>
    `Newsdesk không có quyền ghi vào ${path}. Hãy kiểm tra quyền của thư mục, hoặc chọn thư mục khác. Chưa có tệp nào bị ghi đè.`,
  'export-write-failed': ({ path, problem }) =>
    `Không ghi được ${path} (${problem}). Hãy kiểm tra ổ đĩa còn chỗ trống và ghi được. Chưa có tệp nào bị ghi đè.`,
  'export-image-unreadable': ({ hash }) => `Không đọc được ảnh (mã ${hash.slice(0, 12)}…) để xuất.`,

  'unknown-method': ({ method }) => `Newsdesk không có phương thức ${method === '' ? 'này' : `“${method}”`}. Hãy đối chiếu tên phương thức với hợp đồng API.`,
  'forbidden-key': ({ method, key, path }) => `Tham số của ${method} có khóa “${key}”, là khóa không được phép dùng (tại ${path}).`,
  'arguments-too-deep': ({ method, path }) => `Tham số của ${method} lồng nhau quá sâu (tại ${path}).`,
  'invalid-argument': ({ method, where, problem }) =>
    where === '' ? `Tham số của ${method} không hợp lệ: ${problem}.` : `Tham số ${where} của ${method} không hợp lệ: ${problem}.`,
  'invalid-result': ({ method, where, problem }) =>
    `Newsdesk trả về kết quả không hợp lệ cho ${method} (tại “${where}”: ${problem}). Đây là lỗi của chương trình; hãy báo lại.`,
  'unexpected-failure': ({ method }) =>
    `Newsdesk gặp lỗi ngoài dự kiến khi chạy ${method} (chi tiết có trong nhật ký). Lần gọi này chưa lưu gì; hãy thử lại, và báo lỗi nếu còn lặp lại.`,
  'caller-not-trusted': ({ method }) => `Lệnh gọi ${method} đến từ một trang không phải cửa sổ của Newsdesk nên đã bị từ chối.`,

  // The import report names the file above the message, and adds that no article was created.
  'import-format-unsupported': ({ fileName }) =>
    `${fileName}: Newsdesk chỉ nhập được tệp .txt, .html (.htm) và .docx; hãy lưu tệp sang một trong các định dạng này.`,
  'import-file-empty': ({ fileName }) => `${fileName}: tệp trống.`,
  'import-file-blank': ({ fileName }) => `${fileName}: tệp không có chữ nào (chỉ có khoảng trắng).`,
  'import-file-too-large': ({ fileName, sizeBytes, limitBytes }) =>
    `${fileName}: tệp nặng ${megabytes(sizeBytes)}, vượt mức tối đa ${megabytes(limitBytes)} cho mỗi tệp.`,
  'import-content-mismatch': ({ fileName, format, content }) => {
    const advice = content === 'legacy-office' ? ' Hãy mở tệp bằng Word và lưu lại thành .docx.' : '';
    return `${fileName}: tệp mang đuôi .${format} nhưng nội dung là ${fileKindNames[content]}, không phải ${format === 'docx' ? 'tài liệu Word' : 'văn bản'}.${advice}`;
  },
  'import-docx-damaged': ({ fileName }) => `${fileName}: tệp mang đuôi .docx nhưng là tệp nén ZIP bị hỏng; Newsdesk không biết trong tệp có gì nên không mở. Hãy mở tệp bằng Word rồi lưu lại.`,
  'import-docx-without-document': ({ fileName }) => `${fileName}: tệp nén ZIP này không phải tài liệu Word (không có word/document.xml).`,
  'import-docx-expands-too-large': ({ fileName, expandedBytes, limitBytes }) =>
    `${fileName}: tài liệu Word khi giải nén sẽ chiếm ${megabytes(expandedBytes)}, vượt mức tối đa ${megabytes(limitBytes)}.`,
  'import-docx-markup-too-large': ({ fileName, markupBytes, limitBytes }) =>
    `${fileName}: phần chữ và định dạng của tài liệu Word (các phần XML) khi giải nén sẽ chiếm ${megabytes(markupBytes)}, vượt mức tối đa ${megabytes(limitBytes)}.`,
  'import-docx-size-mismatch': ({ fileName, entry, declaredBytes, actualBytes }) =>
    `${fileName}: tài liệu Word bị hỏng hoặc bị làm giả: phần ${entry} ghi ${count(declaredBytes)} byte nhưng giải nén ra ${actualBytes > declaredBytes ? 'hơn ' : ''}${count(actualBytes)} byte. Hãy mở tệp bằng Word rồi lưu lại.`,
  'import-file-text-too-long': ({ fileName, format, characterLimit }) =>
    `${fileName}: ${format === 'html' ? 'trang' : 'văn bản'} dài hơn ${count(characterLimit)} ký tự, quá dài cho một tin bài. Hãy tách thành nhiều tệp.`,
  'import-file-too-many-elements': ({ fileName, format, count: found, limit }) =>
    format !== 'html'
      ? `${fileName}: ${format === 'docx' ? 'tài liệu Word' : 'văn bản'} có ${count(found)} đoạn, vượt mức tối đa ${count(limit)} đoạn, quá nhiều cho một tin bài. Hãy tách thành nhiều tệp.`
      : `${fileName}: trang có ${count(found)} thẻ HTML, vượt mức tối đa ${count(limit)}, quá nhiều cho một trang tin bài.`,
  'import-file-stopped': ({ fileName, stop, memoryMegabytes, seconds }) =>
    `${fileName}: đã dừng đọc tệp vì cần ${stop === 'memory' ? `hơn ${count(memoryMegabytes)} MB bộ nhớ` : `hơn ${count(seconds)} giây`}, nhiều hơn hẳn mức một tin bài cần.`,
  'import-file-unparsable': ({ fileName, format, problem }) => `${fileName}: không đọc được tệp dưới dạng ${formatNames[format]} (${problem}).`,
  'import-text-too-long': ({ characters, nodes, characterLimit, nodeLimit }) =>
    `Văn bản quá dài cho một tin bài (${count(characters)} ký tự trong ${count(nodes)} khối và đoạn chữ; tối đa ${count(characterLimit)} ký tự và ${count(nodeLimit)} khối). Hãy tách thành nhiều tệp.`,
  'import-file-missing': ({ fileName, problem }) => `${fileName}: không tìm thấy tệp (${problem}).`,
  'import-file-read-failed': ({ fileName, problem }) => `${fileName}: Newsdesk không đọc được tệp (${problem}).`,
  'import-file-not-regular': ({ fileName }) => `${fileName}: không phải là tệp (có thể là thư mục). Hãy chọn tệp .txt, .html hoặc .docx.`,
  'import-failed-unexpectedly': ({ fileName }) => `${fileName}: việc nhập gặp lỗi ngoài dự kiến (chi tiết có trong nhật ký); hãy thử lại.`,
  'comment-file-format-unknown': ({ fileName, start }) =>
    `${fileName}: không phải tệp bình luận Newsdesk đọc được (WordPress WXR, Disqus XML, CSV có dòng tiêu đề id,article_url,article_title,author,email,created_at,parent_id,status,body, hoặc mảng JSON); tệp bắt đầu bằng “${start}”. Chưa nhập gì.`,
  'comment-file-invalid': ({ fileName, where, problem }) => `${fileName}, ${where}: ${problem}. Chưa nhập bình luận nào của tệp này.`,

  'post-required': ({ method }) => `Hãy gọi ${method} bằng phương thức POST.`,
  'get-required': () => 'Hãy tải ảnh bằng phương thức GET.',
  'origin-refused': ({ origin }) => `Lệnh gọi từ trang ${origin} bị từ chối; chỉ các trang của chính máy chủ này mới được gọi.`,
  'api-token-invalid': ({ header }) => `Thiếu hoặc sai mã truy cập: hãy gửi mã mà newsdesk serve in ra trong trường ${header} của yêu cầu.`,
  'media-token-invalid': () => 'Thiếu hoặc sai mã truy cập: hãy thêm ?token=<mã mà newsdesk serve in ra> vào địa chỉ ảnh.',
  'host-refused': ({ host, port }) => `Yêu cầu phải gửi tới 127.0.0.1:${port} hoặc localhost:${port}; địa chỉ “${host}” bị từ chối.`,
  'json-required': () => 'Hãy gửi tham số dạng JSON (content-type: application/json).',
  'json-charset-unsupported': ({ charset }) => `Yêu cầu gửi lên được khai báo theo bảng mã “${charset}”; hãy gửi bằng UTF-8 (content-type: application/json; charset=utf-8).`,
  'media-hash-invalid': () => 'Địa chỉ ảnh phải kết thúc bằng mã SHA-256 dạng thập lục phân.',
  'request-too-large': ({ limitBytes }) => `Yêu cầu gửi lên lớn hơn ${Math.round(limitBytes / 1024 / 1024)} MB.`,
  'request-body-empty': () => 'Yêu cầu gửi lên không có nội dung; hãy gửi tham số dạng JSON.',
  'request-body-not-json': ({ problem }) => `Nội dung yêu cầu không phải JSON hợp lệ (${problem}).`,
  'request-body-null': () => 'Nội dung yêu cầu phải là một đối tượng JSON chứa tham số, không phải giá trị rỗng; hãy gửi {} khi lệnh không cần tham số.',
  'server-failed': () => 'Máy chủ gặp lỗi khi trả lời yêu cầu này; hãy xem nhật ký của máy chủ.',

  'backend-unreachable': ({ edition }) =>
    edition === 'desktop'
      ? 'Không kết nối được với phần lưu trữ của Newsdesk. Hãy thử lại, hoặc mở lại ứng dụng.'
      : 'Không kết nối được với phần lưu trữ của Newsdesk. Hãy kiểm tra newsdesk serve còn đang chạy, rồi thử lại.',
  'bad-response': ({ method }) => `Câu trả lời cho ${method} không đúng dạng của Newsdesk.`,
  'bad-http-response': ({ method, status }) => `Máy chủ Newsdesk trả lời ${method} bằng mã HTTP ${status} mà không kèm kết quả.`,
  'bridge-method-missing': ({ method }) => `Ứng dụng thiếu phương thức ${method}; bản cài đặt đã cũ, hãy cài lại Newsdesk.`,
  'access-token-missing': () => 'Trang này thiếu mã truy cập: hãy mở đúng địa chỉ mà newsdesk serve in ra (có đuôi #token=...).',
  'author-not-found': ({ id }) => `Không có tác giả mã ${id} trong danh sách tác giả.`,
  'author-name-taken': ({ name }) => `Danh sách tác giả đã có "${name}"; hãy chọn tác giả đó hoặc đặt tên khác.`,
};

/** The Vietnamese wording of every import warning, as the import report shows them. */
export const viImportWarnings: ImportWarningWording = {
  'dateline-detected': (subject) => `Đã nhận ngày đăng, lưu làm Ngày của bài: ${subject}`,
  'headline-guessed': (subject) => `Đoán tiêu đề: «${subject}»`,
  'headline-missing': () => 'Không tìm thấy tiêu đề',
  'source-prefix-detected': (subject) => `Đã nhận nguồn: ${subject}`,
  'lead-detected': (subject) => `Đã nhận sapo: «${subject}»`,
  'lead-missing': () => 'Không tìm thấy sapo; đoạn đầu vẫn ở phần nội dung',
  'byline-detected': (subject) => `Đã nhận tác giả: ${subject}`,
  'byline-guessed': (subject) => `Đoán tác giả từ dòng cuối: ${subject}`,
  'caption-guessed': (subject) => `Đoán chú thích ảnh: «${subject}»`,
  'caption-without-image': (subject) => `Chú thích ảnh không có ảnh: «${subject}»`,
  'image-not-embedded': (subject) => `Ảnh không nằm trong tệp, chưa tải được: ${subject}`,
  'image-data-malformed': () => 'Ảnh nhúng dạng data: URL bị hỏng, đã bỏ qua',
  'image-too-large': (subject) => `Ảnh nặng hơn ${megabytes(limits.mediaBytes)} nên không lưu được: «${subject}»`,
  'image-type-unsupported': (subject) => `Ảnh không phải JPEG, PNG, GIF hay WebP nên không lưu được: «${subject}»`,
  'chrome-removed': (subject) => `Đã bỏ phần thừa của trang: «${subject}»`,
  'duplicate-of-existing': (subject) => `Tiêu đề và nội dung này đã có trong bài ${subject}; vẫn nhập thành bài mới`,
  'unrecognised-kept': (subject) => `Giữ lại trong nội dung, cần xem lại: «${subject}»`,
  'markup-removed': (subject) => `Đã bỏ mã trang: ${subject}`,
  'link-removed': (subject) => `Đã bỏ liên kết không an toàn (giữ chữ): ${subject}`,
  'table-flattened': (subject) => `Bảng (${subject} ô) được chuyển thành đoạn văn`,
  'legacy-encoding-converted': (subject) =>
    subject === 'cp1252' ? 'Đã sửa chữ UTF-8 bị đọc nhầm thành Windows-1252' : `Đã chuyển bảng mã ${encodingName(subject)} sang Unicode`,
  'text-decoded': (subject) => `Tệp không phải UTF-8, đã đọc theo bảng mã ${subject}`,
  'nfd-normalised': () => 'Đã chuẩn hóa Unicode tổ hợp (NFD) sang dựng sẵn (NFC)',
  'html-without-markup': () => 'Tệp .html không có thẻ HTML, đọc như văn bản thường',
  'docx-message': (subject) => `Ghi chú khi đọc tệp Word: ${subject}`,
  'text-left-out': (subject) => {
    const { share, excerpt } = readTextLeftOutSubject(subject);
    return `Khoảng ${share} chữ của bài trong tệp không có trong bài đã nhập; hãy đối chiếu với bản gốc. Phần bị bỏ sót, ví dụ: “${excerpt}”`;
  },
};
