/** Unicode NFC, the one form Newsdesk stores and compares. */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}
