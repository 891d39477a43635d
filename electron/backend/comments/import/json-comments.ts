import type { ParsedComment } from '../parsed-comment';
import { commentFileInvalid } from './comment-file-error';
import type { ImportWarnings } from './import-warnings';
import { portalComment, type PortalFields } from './portal-record';

/** One element of the top-level array: its JSON text, its number (from 1) and the line it starts on. */
interface JsonElement {
  text: string;
  record: number;
  line: number;
}

const enum Expect {
  /** Before the opening bracket. */
  ArrayStart,
  /** After `[`: an element or `]`. */
  FirstElement,
  /** After `,`: an element. */
  Element,
  /** After an element: `,` or `]`. */
  Separator,
  /** After the closing bracket: only white space. */
  End,
}

/** What ends a run of ordinary characters inside a string: a quote, a backslash or a line break. */
const stringStop = /["\\\n]/gu;
/** What matters inside an element but outside its strings: a quote, a bracket or brace, or a line break. */
const structuralStop = /["{}[\]\n]/gu;

function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * The objects of a JSON array, streamed: a scanner finds where each top-level element starts and
 * ends (tracking strings, escapes and nesting) and hands its text to JSON.parse, so memory holds one
 * record at a time however large the file. Anything but an array of objects, and a file that ends
 * before the closing bracket, is an error naming the line and record.
 */
export async function* jsonArrayObjects(chunks: AsyncIterable<string>, fileName: string): AsyncGenerator<JsonElement> {
  let expect: Expect = Expect.ArrayStart;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces: string[] = [];
  let record = 0;
  let recordLine = 1;
  const found: JsonElement[] = [];
  const fail = (problem: string, where = `line ${line}`) => commentFileInvalid(fileName, where, problem);

  for await (const chunk of chunks) {
    const length = chunk.length;
    let index = 0;
    let start = -1; // where the current element's text starts in this chunk
    while (index < length) {
      const code = chunk.charCodeAt(index);
      if (depth > 0) {
        if (inString) {
          if (escaped) escaped = false;
          else if (code === 0x5c) escaped = true;
          else if (code === 0x22) inString = false;
          else if (code === 0x0a) line += 1;
          else {
            // Skip the run of ordinary characters of the string at once.
            stringStop.lastIndex = index + 1;
            index = stringStop.exec(chunk)?.index ?? length;
            continue;
          }
        } else if (code === 0x22) inString = true;
        else if (code === 0x7b || code === 0x5b) depth += 1;
        else if (code === 0x7d || code === 0x5d) {
          depth -= 1;
          if (depth === 0) {
            pieces.push(chunk.slice(start === -1 ? 0 : start, index + 1));
            found.push({ text: pieces.join(''), record, line: recordLine });
            pieces = [];
            start = -1;
            expect = Expect.Separator;
          }
        } else if (code === 0x0a) line += 1;
        else {
          // Numbers, names, colons, commas and spaces between strings: skip to what matters.
          structuralStop.lastIndex = index + 1;
          index = structuralStop.exec(chunk)?.index ?? length;
          continue;
        }
        index += 1;
        continue;
      }
      if (code === 0x0a) line += 1;
      index += 1;
      if (isWhiteSpace(code)) continue;
      const character = String.fromCharCode(code);
      switch (expect) {
        case Expect.ArrayStart:
          if (character !== '[') throw fail('the file must be a JSON array of comments, starting with [');
          expect = Expect.FirstElement;
          break;
        case Expect.FirstElement:
        case Expect.Element:
          if (character === ']' && expect === Expect.FirstElement) {
            expect = Expect.End;
            break;
          }
          record += 1;
          if (character !== '{') throw fail(`record ${record} is not an object (it starts with ${JSON.stringify(character)})`);
          recordLine = line;
          depth = 1;
          start = index - 1;
          break;
        case Expect.Separator:
          if (character === ',') expect = Expect.Element;
          else if (character === ']') expect = Expect.End;
          else throw fail(`after record ${record}, a comma or ] was expected, not ${JSON.stringify(character)}`);
          break;
        case Expect.End:
          throw fail(`text after the end of the array (${JSON.stringify(character)})`);
      }
    }
    if (depth > 0) pieces.push(chunk.slice(start === -1 ? 0 : start));
    if (found.length > 0) yield* found.splice(0);
  }
  if (depth > 0) throw fail(`the file ends inside record ${record + 0}, which starts on line ${recordLine} (truncated?)`, `record ${record}`);
  if (expect === Expect.ArrayStart) throw fail('the file holds no JSON array');
  if (expect !== Expect.End) throw fail(`the file ends after record ${record} without the closing ] (truncated?)`);
}

function fieldText(value: unknown, name: string, fail: (problem: string) => Error): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  const numeric = name === 'id' || name === 'parent_id' || name === 'reports';
  if (numeric && typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw fail(`${name} must be a string${numeric ? ' or a whole number' : ''}, not ${JSON.stringify(value).slice(0, 40)}`);
}

/** The comments of the portal's JSON export: an array of objects with the CSV's keys (and optionally `reports`). */
export async function* jsonComments(chunks: AsyncIterable<string>, fileName: string, warnings: ImportWarnings): AsyncGenerator<ParsedComment> {
  for await (const element of jsonArrayObjects(chunks, fileName)) {
    const where = `record ${element.record} (line ${element.line})`;
    const fail = (problem: string) => commentFileInvalid(fileName, where, problem);
    let value: unknown;
    try {
      value = JSON.parse(element.text);
    } catch (error) {
      throw fail(`not valid JSON: ${(error as Error).message}`);
    }
    const object = value as Record<string, unknown>;
    const field = (name: keyof PortalFields) => fieldText(object[name], name, fail);
    yield portalComment(
      {
        id: field('id'),
        article_url: field('article_url'),
        article_title: field('article_title'),
        author: field('author'),
        email: field('email'),
        created_at: field('created_at'),
        parent_id: field('parent_id'),
        status: field('status'),
        body: field('body'),
        reports: field('reports'),
      },
      fileName,
      where,
      warnings,
    );
  }
}
