import type { ErrorWording } from '../api/error-reasons';
import { limits } from '../api/limits';
import type { FileKind } from '../model/file-kind';
import { type ImportFormat, type ImportWarningWording, readTextLeftOutSubject } from '../model/import';
import { legacyEncodingNames, legacyEncodings } from '../text/legacy/legacy-encoding';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (value: number) => value.toLocaleString('en');
const named = (fileName: string) => (fileName === '' ? '' : ` ${fileName}`);

/** What a file turned out to be, e.g. "a PDF document". */
export const englishFileKinds: Readonly<Record<FileKind, string>> = {
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  bmp: 'a BMP image',
  tiff: 'a TIFF image',
  heic: 'a HEIC image',
  heif: 'a HEIF image',
  avif: 'an AVIF image',
  ico: 'an ICO icon',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (or a Word/Office document)',
  'legacy-office': 'an old Word/Excel document (.doc, .xls)',
  rtf: 'an RTF document (save it as .docx)',
  riff: 'a RIFF file (WebP image, WAV, AVI)',
  mp4: 'an MP4/QuickTime video',
  mp3: 'an MP3 audio file',
  gzip: 'a gzip archive',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  elf: 'a program (ELF)',
  exe: 'a Windows program',
  text: 'plain text',
  'binary-nul': 'binary data (it contains NUL bytes)',
  'binary-controls': 'binary data (it is full of control characters)',
  unknown: 'unrecognised data',
};

const formatNames: Readonly<Record<ImportFormat, string>> = { txt: 'text', html: 'HTML', docx: 'a Word document' };

/**
 * The English wording of every error reason: the `message` of every ApiError, what the CLI and the
 * logs print, and the English interface text (renderer/i18n/en.ts).
 */
export const englishErrors: ErrorWording = {
  'article-not-found': ({ id }) => `There is no article with id ${id}.`,
  'category-not-found': ({ categoryId }) => `There is no category with id ${categoryId}.`,
  'category-exists': ({ name, existing }) => `There is already a category "${existing}"; "${name}" would be the same. Choose another name.`,
  'category-in-use': ({ name, articles }) => `The category "${name}" holds ${articles} ${articles === 1 ? 'article' : 'articles'}; move them to another category before deleting it.`,
  'version-conflict': ({ id, expectedVersion, currentVersion, updatedAt }) =>
    `Article ${id} was changed elsewhere (it is now at version ${currentVersion}, saved ${updatedAt}); this save was based on version ${expectedVersion} and was not applied. Keep a copy of your text, reload the article, and apply your changes again.`,
  'article-body-invalid': ({ problem }) =>
    `The article body does not fit the article schema: ${problem}. Only paragraphs, headings H2–H4, lists, quotes, rules, hard breaks, figures and bold/italic/underline/link text are allowed.`,
  'heading-level-invalid': ({ level }) => `A heading in the body has level ${level}; articles use headings H2, H3 and H4 only.`,
  'figure-attribute-not-text': ({ attribute }) => `The ${attribute} of a figure in the body must be text.`,
  'figure-hash-invalid': () => 'A figure in the body refers to its image by an invalid hash (expected the 64-character SHA-256 from media.put).',
  'figure-attribute-not-boolean': ({ attribute }) => `The ${attribute} mark of a figure in the body must be true or false.`,
  'list-start-invalid': () => 'A numbered list in the body must start at a whole number.',
  'table-span-invalid': () => `A table cell in the body must span a whole number of columns and rows from 1 to ${limits.tableCellSpan}.`,
  'revision-not-found': ({ id }) => `There is no saved version with id ${id}.`,
  'media-too-large': ({ fileName, sizeBytes, limitBytes }) =>
    `The file${named(fileName)} is ${megabytes(sizeBytes)} (${sizeBytes} bytes); the limit is ${megabytes(limitBytes)}. Reduce the image size and try again.`,
  'media-empty': ({ fileName }) => `The file${named(fileName)} is empty. Accepted images are JPEG, PNG, GIF and WebP.`,
  'media-type-unsupported': ({ fileName, looksLike }) => {
    const seen = looksLike === '' ? 'is not a recognised image' : `looks like ${looksLike === 'text' ? 'text (an SVG, HTML or plain-text file?)' : englishFileKinds[looksLike]}`;
    return `The file${named(fileName)} ${seen}. Accepted images are JPEG, PNG, GIF and WebP (checked from the file's content, not its name).`;
  },
  'media-not-found': ({ hash }) => `There is no image with hash ${hash} in this database.`,
  'comment-not-found': ({ id }) => `There is no comment ${id}.`,

  'database-missing': ({ databasePath }) => `The database file ${databasePath} does not exist. Check the path (--db or NEWSDESK_DB).`,
  'database-unopenable': ({ databasePath, problem }) =>
    `The database file ${databasePath} could not be opened: ${problem}. Check the path, or restore the file from a backup.`,
  'database-not-sqlite': ({ databasePath, problem }) =>
    `The database file ${databasePath} is not a usable SQLite database: ${problem}. Check the path, or restore the file from a backup.`,
  'database-damaged': ({ databasePath, problem }) =>
    `The database file ${databasePath} is damaged (${problem}). Restore it from a backup ("Restore from backup" in the app, or newsdesk restore --from FILE); a restore keeps the damaged file aside.`,
  'database-settings-refused': ({ databasePath, problem }) =>
    `The database file ${databasePath} refused required settings: ${problem}. Check that the folder is writable and on a local disk.`,
  'database-too-new': ({ databasePath, schemaVersion, supportedVersion }) =>
    `The database ${databasePath} was written by a newer Newsdesk (schema version ${schemaVersion}; this version knows up to ${supportedVersion}). Update Newsdesk, or open another database.`,
  'database-busy': ({ databasePath }) =>
    `The database ${databasePath} is busy: another window or program is writing to it. Nothing was changed; try again, and close other programs using the file if this persists.`,
  'database-io-failed': ({ databasePath, problem }) =>
    `The database ${databasePath} could not be written or read (${problem}). Check free disk space and that the file and its folder are writable, then try again; run "newsdesk check" if it persists.`,
  'database-closed': ({ databasePath }) => `The database ${databasePath} has been closed.`,
  'backup-path-not-absolute': ({ outPath }) => `The backup file must be given as an absolute path, not "${outPath}".`,
  'backup-same-as-database': ({ outPath }) => `The backup file must be another file than the database itself (${outPath}).`,
  'backup-exists': ({ outPath }) => `The backup file ${outPath} already exists. Choose another file name, or ask to overwrite it.`,
  'backup-write-failed': ({ outPath, problem }) =>
    `Could not write the backup ${outPath}: ${problem}. Check that the folder exists, is writable and has free space.`,
  'backup-check-failed': ({ outPath, databasePath, problem }) =>
    `The backup copy of ${databasePath} could not be checked: ${problem}. No backup was written to ${outPath}.`,
  'backup-damaged': ({ outPath, databasePath, problem }) =>
    `The backup copy of ${databasePath} failed integrity_check (${problem}). No backup was written to ${outPath}; run "newsdesk check" on the database.`,

  'database-permission-denied': ({ databasePath, problem }) =>
    `Newsdesk is not allowed to open or write the database ${databasePath} (${problem}). The file is not damaged: check the permissions of the file and its folder (or that the disk is not read-only), then try again.`,
  'database-unavailable': ({ databasePath, problem }) =>
    `The database ${databasePath} could not be opened (${problem}). Restore it from a backup (offered in the app, or newsdesk restore --from FILE); a restore keeps the damaged file aside.`,
  'backup-timed-out': ({ outPath, seconds }) =>
    `The backup to ${outPath} did not finish within ${seconds} s and was stopped; no file was left. Try again with a longer --timeout, or when the database is less busy.`,
  'backup-cancelled': ({ outPath }) => `The backup to ${outPath} was cancelled; no file was left.`,
  'backup-name-invalid': ({ name }) => `"${name}" is not a backup of this database. Choose one from the list of backups.`,
  'restore-backup-missing': ({ backupPath }) => `There is no backup file ${backupPath}. Check the path; nothing was changed.`,
  'restore-backup-unusable': ({ backupPath, problem }) =>
    `The backup ${backupPath} cannot be restored: ${problem}. Nothing was changed; choose another backup.`,
  'restore-failed': ({ databasePath, backupPath, problem }) =>
    `Restoring ${databasePath} from ${backupPath} failed: ${problem}. The previous database file was not deleted; look for it beside the database (.before-restore-).`,
  'restore-database-in-use': ({ databasePath }) =>
    `The database ${databasePath} is in use by another program (Newsdesk or newsdesk serve). Close it, or restore from that program (Settings, "Restore from backup"); nothing was changed.`,

  'export-article-trashed': ({ id }) => `Article ${id} is in the trash; take it out of the trash to export it.`,
  'export-folder-not-absolute': ({ folder }) => `The export folder must be given as an absolute path, not "${folder}".`,
  'export-folder-invalid': ({ folder, problem }) => `Cannot export into ${folder}: ${problem}. Choose another folder.`,
  'export-permission-denied': ({ path }) =>
    `Newsdesk is not allowed to write ${path}. Check the folder's permissions, or choose another folder. Nothing was overwritten.`,
  'export-write-failed': ({ path, problem }) =>
    `Could not write ${path}: ${problem}. Check that the disk has free space and is writable. Nothing was overwritten.`,
  'export-image-unreadable': ({ hash, problem }) => `The image ${hash.slice(0, 12)}… could not be read for the export (${problem}).`,

  'unknown-method': ({ method }) =>
    `There is no method ${method === '' ? 'with that name' : `"${method}"`}. Check the method name against the API contract.`,
  'forbidden-key': ({ method, key, path }) => `The arguments of ${method} contain the key "${key}", which is not allowed anywhere (at ${path}).`,
  'arguments-too-deep': ({ method, path }) => `The arguments of ${method} are nested too deeply (at ${path}).`,
  'invalid-argument': ({ method, where, problem }) =>
    where === '' ? `The arguments of ${method} are invalid: ${problem}.` : `The argument ${where} of ${method} is invalid: ${problem}.`,
  'invalid-result': ({ method, where, problem }) =>
    `Newsdesk produced an invalid result for ${method} (at "${where}": ${problem}). This is a bug; please report it.`,
  'unexpected-failure': ({ method }) =>
    `Newsdesk failed unexpectedly while running ${method} (details are in the log). Nothing was saved by this call; try again, and report the problem if it persists.`,
  'caller-not-trusted': ({ method }) => `The call to ${method} came from a page that is not Newsdesk's own window; it was refused.`,

  'import-format-unsupported': ({ fileName }) =>
    `${fileName}: Newsdesk imports .txt, .html (.htm) and .docx files only; save the file in one of these formats. Nothing was imported.`,
  'import-file-empty': ({ fileName }) => `${fileName}: the file is empty. Nothing was imported.`,
  'import-file-blank': ({ fileName }) => `${fileName}: the file holds no text (only white space). Nothing was imported.`,
  'import-file-too-large': ({ fileName, sizeBytes, limitBytes }) =>
    `${fileName}: the file is ${megabytes(sizeBytes)}; the limit is ${megabytes(limitBytes)} per file. Nothing was imported.`,
  'import-content-mismatch': ({ fileName, format, content }) => {
    const advice = content === 'legacy-office' ? ' Open it in Word and save it as .docx.' : '';
    return `${fileName}: the file is named .${format} but its content is ${englishFileKinds[content]}, not ${format === 'docx' ? 'a Word document' : 'text'}.${advice} Nothing was imported.`;
  },
  'import-docx-damaged': ({ fileName, problem }) => `${fileName}: the file is named .docx but is a damaged ZIP archive (${problem}); Newsdesk cannot tell what it holds, so it does not open it. Open it in Word and save it again. Nothing was imported.`,
  'import-docx-without-document': ({ fileName }) =>
    `${fileName}: the file is a ZIP archive but not a Word document (it has no word/document.xml). Nothing was imported.`,
  'import-docx-expands-too-large': ({ fileName, expandedBytes, limitBytes }) =>
    `${fileName}: the Word document would expand to ${megabytes(expandedBytes)} when unpacked; the limit is ${megabytes(limitBytes)}. Nothing was imported.`,
  'import-docx-markup-too-large': ({ fileName, markupBytes, limitBytes }) =>
    `${fileName}: the text and layout of the Word document (its XML parts) would expand to ${megabytes(markupBytes)} when unpacked; the limit is ${megabytes(limitBytes)}. Nothing was imported.`,
  'import-docx-size-mismatch': ({ fileName, entry, declaredBytes, actualBytes }) =>
    `${fileName}: the Word document is damaged or forged: its part ${entry} declares ${count(declaredBytes)} bytes but unpacks to ${actualBytes > declaredBytes ? 'more than ' : ''}${count(actualBytes)}. Open it in Word and save it again. Nothing was imported.`,
  'import-file-text-too-long': ({ fileName, format, characterLimit }) =>
    `${fileName}: the ${format === 'html' ? 'page' : 'text'} is longer than ${count(characterLimit)} characters, far more than one article. Split it into several files. Nothing was imported.`,
  'import-file-too-many-elements': ({ fileName, format, count: found, limit }) =>
    format !== 'html'
      ? `${fileName}: the ${format === 'docx' ? 'Word document' : 'text'} has ${count(found)} paragraphs; the limit is ${count(limit)}, far more than one article. Split it into several files. Nothing was imported.`
      : `${fileName}: the page has ${count(found)} HTML elements; the limit is ${count(limit)}, far more than an article page. Nothing was imported.`,
  'import-file-stopped': ({ fileName, stop, memoryMegabytes, seconds }) =>
    `${fileName}: reading the file was stopped: it needed ${stop === 'memory' ? `more than ${count(memoryMegabytes)} MB of memory` : `more than ${count(seconds)} second${seconds === 1 ? '' : 's'}`}, far more than an article ever takes. Nothing was imported.`,
  'import-file-unparsable': ({ fileName, format, problem }) =>
    `${fileName}: the file could not be read as ${formatNames[format]} (${problem}). Nothing was imported.`,
  'import-text-too-long': ({ characters, nodes, characterLimit, nodeLimit }) =>
    `The text is too long for one article (${count(characters)} characters in ${count(nodes)} blocks and runs; at most ${count(characterLimit)} characters and ${count(nodeLimit)} nodes). Split it into several files. Nothing was imported.`,
  'import-file-missing': ({ fileName, problem }) => `${fileName}: Newsdesk could not read the file (${problem}). Nothing was imported.`,
  'import-file-read-failed': ({ fileName, problem }) => `${fileName}: Newsdesk could not read the file (${problem}). Nothing was imported.`,
  'import-file-not-regular': ({ fileName }) => `${fileName}: not a file. Give the path of a .txt, .html or .docx file. Nothing was imported.`,
  'import-failed-unexpectedly': ({ fileName }) =>
    `${fileName}: the import failed unexpectedly inside Newsdesk (details are in the log); try again. Nothing was imported.`,
  'comment-file-format-unknown': ({ fileName, start }) =>
    `${fileName}: not a comment file Newsdesk reads (WordPress WXR, Disqus XML, CSV with the header id,article_url,article_title,author,email,created_at,parent_id,status,body, or a JSON array); it starts with “${start}”. Nothing was imported.`,
  'comment-file-invalid': ({ fileName, where, problem }) => `${fileName}, ${where}: ${problem}. Nothing of this file was imported.`,

  'post-required': ({ method }) => `Call ${method} with POST.`,
  'get-required': () => 'Fetch media with GET.',
  'origin-refused': ({ origin }) => `Calls from the page at ${origin} are refused; only this server's own pages may call it.`,
  'api-token-invalid': ({ header }) => `A missing or wrong access token: send the token printed by \`newsdesk serve\` in the ${header} header.`,
  'media-token-invalid': () => 'A missing or wrong access token: add ?token=<the token printed by `newsdesk serve`> to the media address.',
  'host-refused': ({ host, port }) => `Requests must be addressed to 127.0.0.1:${port} or localhost:${port}; refusing Host "${host}".`,
  'json-required': () => 'Send the arguments as JSON with content-type: application/json.',
  'json-charset-unsupported': ({ charset }) => `The request body is declared in the character set "${charset}"; send it in UTF-8 (content-type: application/json; charset=utf-8).`,
  'media-hash-invalid': () => 'A media address ends with a SHA-256 hex digest.',
  'request-too-large': ({ limitBytes }) => `The request body is larger than ${Math.round(limitBytes / 1024 / 1024)} MB.`,
  'request-body-empty': () => 'The request body is empty; send the arguments as JSON.',
  'request-body-not-json': ({ problem }) => `The request body is not valid JSON: ${problem}.`,
  'request-body-null': () => 'The request body must be a JSON object of arguments, not an empty value; send {} when the method takes none.',
  'server-failed': () => 'The server failed while answering this request; see its log.',

  'backend-unreachable': ({ method, edition, problem }) =>
    edition === 'desktop'
      ? `The desktop bridge failed on ${method}: ${problem}.`
      : `Cannot reach the Newsdesk server for ${method} (is \`newsdesk serve\` still running?): ${problem}.`,
  'bad-response': ({ method }) => `The answer to ${method} is not a Newsdesk call outcome.`,
  'bad-http-response': ({ method, status }) => `The Newsdesk server answered ${method} with HTTP ${status} and no call outcome.`,
  'bridge-method-missing': ({ method }) => `The desktop bridge has no method ${method}; the preload is out of date.`,
  'access-token-missing': () => 'This page has no Newsdesk access token: open the address that `newsdesk serve` printed (it ends with #token=...).',
  'author-not-found': ({ id }) => `There is no author with id ${id}.`,
  'author-name-taken': ({ name, id }) => `The author directory already has "${name}" (id ${id}); pick that author or give another name.`,
};

function encodingName(subject: string): string {
  return (legacyEncodings as readonly string[]).includes(subject) ? legacyEncodingNames[subject as keyof typeof legacyEncodingNames] : subject;
}

/** The English wording of every import warning: `newsdesk import` and the English interface. */
export const englishImportWarnings: ImportWarningWording = {
  'dateline-detected': (subject) => `dateline detected, kept as the article's date: ${subject}`,
  'headline-guessed': (subject) => `headline guessed: “${subject}”`,
  'headline-missing': () => 'no headline found',
  'source-prefix-detected': (subject) => `source prefix detected: ${subject}`,
  'lead-detected': (subject) => `lead detected: “${subject}”`,
  'lead-missing': () => 'no lead found; the first paragraph stays in the body',
  'byline-detected': (subject) => `byline detected: ${subject}`,
  'byline-guessed': (subject) => `byline guessed from the last line: ${subject}`,
  'caption-guessed': (subject) => `photo caption guessed: “${subject}”`,
  'caption-without-image': (subject) => `caption without an image: “${subject}”`,
  'image-not-embedded': (subject) => `image not embedded in the file, not fetched: ${subject}`,
  'image-data-malformed': () => 'image in a malformed data: URL, left out',
  'image-too-large': (subject) => `image larger than ${megabytes(limits.mediaBytes)}, not stored: “${subject}”`,
  'image-type-unsupported': (subject) => `image not stored, as it is not a JPEG, PNG, GIF or WebP: “${subject}”`,
  'chrome-removed': (subject) => `page chrome left out: “${subject}”`,
  'duplicate-of-existing': (subject) => `the same headline and text are already article ${subject}; imported again as a new article`,
  'unrecognised-kept': (subject) => `not recognised, kept in the body; check it: “${subject}”`,
  'markup-removed': (subject) => `markup removed: ${subject}`,
  'link-removed': (subject) => `unsafe link removed, text kept: ${subject}`,
  'table-flattened': (subject) => `table of ${subject} cells turned into paragraphs`,
  'legacy-encoding-converted': (subject) => `legacy encoding converted to Unicode: ${encodingName(subject)}`,
  'text-decoded': (subject) => `file is not UTF-8, read as ${subject}`,
  'nfd-normalised': () => 'decomposed Unicode (NFD) normalised to NFC',
  'html-without-markup': () => '.html file has no markup, read as plain text',
  'docx-message': (subject) => `note from reading the Word file: ${subject}`,
  'text-left-out': (subject) => {
    const { share, excerpt } = readTextLeftOutSubject(subject);
    return `about ${share} of the article's text in the file is not in the imported article; compare with the original. Left out, e.g.: “${excerpt}”`;
  },
};
