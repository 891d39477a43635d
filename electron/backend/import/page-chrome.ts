/**
 * Page chrome: the labels and widgets of a news portal's page that come along when an article is
 * copied or saved, and are not part of the article.
 */

/** Labels that open a block of page furniture under an article; chrome only from there to the end. */
const sectionMarkers = new Set([
  'ý kiến bạn đọc',
  'tổng lượt bình luận',
  'tin khác',
  'các tin khác',
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'tin mới',
  'tin mới nhất',
  'tin đọc nhiều',
  'đọc nhiều',
  'xem thêm',
  'thông báo',
  'bình luận',
  'viết bình luận',
  'gửi bình luận',
  'ý kiến của bạn',
  'từ khóa',
  'từ khoá',
  'tags',
]);

/** Share, comment and print widgets: chrome wherever they stand alone on a line. */
const widgetLabels = new Set([
  'refresh',
  'chia sẻ',
  'share',
  'facebook',
  'zalo',
  'twitter',
  'tweet',
  'email',
  'e-mail',
  'in bài',
  'in bài viết',
  'print',
  'lượt xem',
  'lượt thích',
  'thích',
  'like',
  'gửi bình luận',
  'sao chép liên kết',
  'copy link',
  'về đầu trang',
  'lên đầu trang',
  'quay lại',
  'trở về',
  'bản in',
  'gửi bài',
  'gửi tin',
  'lưu tin',
  'bình luận',
]);

/** A line reduced to the label it shows: lower case, without counts, colons, brackets or bullets. */
function chromeLabel(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .toLocaleLowerCase('vi')
    .replace(/^[\s\p{P}\p{S}\d]+/u, '')
    .replace(/[\s\p{P}\p{S}\d]+$/u, '')
    .trim();
}

/** A line that is only a share, comment or print widget ("Chia sẻ", "Zalo", "Lượt xem: 1.234", "refresh"). */
export function isWidgetLine(line: string): boolean {
  return widgetLabels.has(chromeLabel(line));
}

/** A line that opens the page furniture under an article ("Ý kiến bạn đọc", "Tin khác", "Thông báo"). */
export function isSectionMarkerLine(line: string): boolean {
  return sectionMarkers.has(chromeLabel(line));
}

/** A line with no words at all: counters ("754"), separators ("|", "•"), white space. */
export function isWordlessLine(line: string): boolean {
  return !/\p{L}/u.test(line);
}

/** Any line that is page chrome when it stands at the end of a page. */
export function isTailChromeLine(line: string): boolean {
  return isWordlessLine(line) || isWidgetLine(line) || isSectionMarkerLine(line);
}

/** A breadcrumb trail above a headline: "Trang chủ > Tin tức > Thời sự", "Thời sự | Chính trị". */
export function isBreadcrumbLine(line: string): boolean {
  const parts = line.split(/\s*(?:>|»|›|\/|\|)\s*/u).filter((part) => part.trim().length > 0);
  if (parts.length < 2) return chromeLabel(line) === 'trang chủ';
  return parts.every((part) => part.trim().split(/\s+/u).length <= 4);
}

/** The label of a chrome line, as a warning names it. */
export function chromeLineLabel(line: string): string {
  return line.replace(/\s+/gu, ' ').trim();
}
