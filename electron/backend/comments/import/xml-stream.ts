import { SaxesParser, type SaxesTagNS } from 'saxes';
import { commentFileInvalid } from './comment-file-error';

/** What an XML comment reader does with the events of one file; it pushes the comments it completes into `out`. */
export interface XmlHandler<T> {
  open(tag: SaxesTagNS, line: number): void;
  close(tag: SaxesTagNS): void;
  /** Text and CDATA inside the current element. */
  text(text: string): void;
  /** Called once the document is complete and well-formed. */
  end(): void;
  readonly out: T[];
}

/**
 * Streams an XML file through saxes (namespace-aware) and yields what the handler completes, chunk
 * by chunk. A malformed or truncated document, and whatever the handler throws, stops it with an
 * error naming the line.
 */
export async function* xmlItems<T>(chunks: AsyncIterable<string>, fileName: string, handler: XmlHandler<T>): AsyncGenerator<T> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    throw commentFileInvalid(fileName, `line ${parser.line}`, `not well-formed XML: ${error.message.replace(/^\d+:\d+: /u, '')}`);
  });
  parser.on('opentag', (tag) => handler.open(tag, parser.line));
  parser.on('closetag', (tag) => handler.close(tag));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (handler.out.length > 0) yield* handler.out.splice(0);
  }
  parser.close();
  handler.end();
  if (handler.out.length > 0) yield* handler.out.splice(0);
}

/** The value of the attribute with this local name (any namespace), or null. */
export function attributeValue(tag: SaxesTagNS, local: string): string | null {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local) return attribute.value;
  }
  return null;
}
