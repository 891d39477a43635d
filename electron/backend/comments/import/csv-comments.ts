import type { ParsedComment } from '../parsed-comment';
import { commentFileInvalid } from './comment-file-error';
import { csvColumns } from './comment-file-format';
import type { ImportWarnings } from './import-warnings';
import { portalComment, type PortalFields } from './portal-record';

/** A CSV record: its fields and the line it starts on. */
interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Splits CSV text, streamed in chunks, into records (RFC 4180): fields separated by commas, records
 * by CRLF or LF; a quoted field may hold commas, line breaks and doubled quotes. A quote inside an
 * unquoted field, text after a closing quote, and a file ending inside quotes are errors naming the line.
 */
export async function* csvRecords(chunks: AsyncIterable<string>, fileName: string): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // a quoted field just closed (or a quote that may be the first of a doubled one)
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let pendingCr = false;
  const records: CsvRecord[] = [];

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ fields, line: recordLine });
    fields = [];
  };

  for await (const chunk of chunks) {
    let index = 0;
    const length = chunk.length;
    while (index < length) {
      if (quoted) {
        const quote = chunk.indexOf('"', index);
        const stop = quote === -1 ? length : quote;
        const piece = chunk.slice(index, stop);
        field += piece;
        for (let scan = piece.indexOf('\n'); scan !== -1; scan = piece.indexOf('\n', scan + 1)) line += 1;
        index = stop;
        if (quote !== -1) {
          quoted = false;
          afterQuote = true;
          index += 1;
        }
        continue;
      }
      const character = chunk[index]!;
      index += 1;
      if (pendingCr) {
        pendingCr = false;
        if (character === '\n') continue;
      }
      if (afterQuote) {
        if (character === '"') {
          // A doubled quote inside a quoted field.
          field += '"';
          quoted = true;
          afterQuote = false;
          continue;
        }
        if (character !== ',' && character !== '\n' && character !== '\r') {
          throw commentFileInvalid(fileName, `line ${line}`, `text after the closing quote of a field (${JSON.stringify(character)}); a quote inside a quoted field is written twice ("")`);
        }
      }
      if (character === ',') {
        endField();
      } else if (character === '\n' || character === '\r') {
        endRecord();
        line += 1;
        recordLine = line;
        if (character === '\r') pendingCr = true;
      } else if (character === '"') {
        if (fieldStarted) throw commentFileInvalid(fileName, `line ${line}`, 'a quote inside a field that does not start with one; quote the whole field and write the quote twice ("")');
        quoted = true;
        quoteLine = line;
        fieldStarted = true;
      } else {
        // Take the run of ordinary characters at once.
        let stop = index;
        while (stop < length) {
          const code = chunk.charCodeAt(stop);
          if (code === 44 || code === 10 || code === 13 || code === 34) break;
          stop += 1;
        }
        field += chunk.slice(index - 1, stop);
        index = stop;
        fieldStarted = true;
      }
    }
    if (records.length > 0) yield* records.splice(0);
  }
  if (quoted) throw commentFileInvalid(fileName, `line ${quoteLine}`, 'the file ends inside a quoted field that starts on this line (truncated?)');
  if (fieldStarted || afterQuote || fields.length > 0) endRecord();
  yield* records.splice(0);
}

/** The comments of a CSV file in the portal's columns (header first; a `reports` column may follow `body`). */
export async function* csvComments(chunks: AsyncIterable<string>, fileName: string, warnings: ImportWarnings): AsyncGenerator<ParsedComment> {
  let columns: string[] | null = null;
  for await (const record of csvRecords(chunks, fileName)) {
    if (columns === null) {
      const header = record.fields.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/u, '') : name).trim().toLowerCase());
      const expected = csvColumns.join(',');
      const withReports = `${expected},reports`;
      if (header.join(',') !== expected && header.join(',') !== withReports) {
        throw commentFileInvalid(fileName, `line ${record.line}`, `the header must be exactly ${expected} (it is ${header.join(',')})`);
      }
      columns = header;
      continue;
    }
    const where = `line ${record.line}`;
    if (record.fields.length !== columns.length) {
      throw commentFileInvalid(fileName, where, `${record.fields.length} fields where the header has ${columns.length} (truncated, or a comma in an unquoted field?)`);
    }
    const value = (name: string): string | null => {
      const index = columns!.indexOf(name);
      return index === -1 ? null : record.fields[index]!;
    };
    const fields: PortalFields = {
      id: value('id'),
      article_url: value('article_url'),
      article_title: value('article_title'),
      author: value('author'),
      email: value('email'),
      created_at: value('created_at'),
      parent_id: value('parent_id'),
      status: value('status'),
      body: value('body'),
      reports: value('reports'),
    };
    yield portalComment(fields, fileName, where, warnings);
  }
  if (columns === null) throw commentFileInvalid(fileName, 'line 1', 'the file has no header line');
}
