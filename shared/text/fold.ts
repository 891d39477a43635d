/**
 * The search key of a text: NFD, combining marks dropped, đ/Đ to d, lower case.
 * "Đảng ủy" and "dang uy" and "ĐẢNG UỶ" all fold to "dang uy".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}
