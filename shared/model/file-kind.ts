/**
 * What a file's first bytes show it to be, when it is not what Newsdesk expected (a .docx that is
 * plain text, an "image" that is a PDF). Errors carry the kind; the interface and the CLI word it.
 */
export const fileKinds = [
  'jpeg',
  'png',
  'gif',
  'webp',
  'bmp',
  'tiff',
  'heic',
  'heif',
  'avif',
  'ico',
  'pdf',
  'zip',
  'legacy-office',
  'rtf',
  'riff',
  'mp4',
  'mp3',
  'gzip',
  'rar',
  '7z',
  'elf',
  'exe',
  'text',
  'binary-nul',
  'binary-controls',
  'unknown',
] as const;
export type FileKind = (typeof fileKinds)[number];
