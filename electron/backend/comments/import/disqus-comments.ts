import type { SaxesTagNS } from 'saxes';
import type { ParsedComment } from '../parsed-comment';
import { commentBody } from './comment-body';
import { isoTime } from './comment-dates';
import { commentFileInvalid } from './comment-file-error';
import { disqusMessageText } from './disqus-message';
import type { ImportWarnings } from './import-warnings';
import { attributeValue, xmlItems, type XmlHandler } from './xml-stream';

interface DisqusThread {
  id: string;
  link: string;
  title: string;
}

interface PostFields {
  id: string;
  line: number;
  number: number;
  message: string | null;
  createdAt: string;
  isDeleted: string;
  isSpam: string;
  isApproved: string;
  name: string;
  email: string;
  thread: string | null;
  parent: string | null;
}

/**
 * The comments of a Disqus export (the disqus.com 1.0 schema): `thread` elements (dsq:id, id,
 * link, title) and `post` elements (dsq:id, message, createdAt, isDeleted → rejected, isSpam →
 * spam, `isApproved` false → pending, otherwise approved as Disqus published it; author name and email; thread and parent by
 * dsq:id). Disqus writes the threads before the posts; a post naming a thread not defined before it
 * is an error. Messages are Disqus's HTML, turned to text (see disqusMessageText).
 */
export function disqusComments(chunks: AsyncIterable<string>, fileName: string, warnings: ImportWarnings): AsyncGenerator<ParsedComment> {
  const threads = new Map<string, DisqusThread>();
  const stack: string[] = [];
  let thread: (DisqusThread & { dsqId: string }) | null = null;
  let post: PostFields | null = null;
  let count = 0;
  let text: string | null = null;

  const handler: XmlHandler<ParsedComment> = {
    out: [],
    open(tag: SaxesTagNS, line: number) {
      const parent = stack.at(-1);
      stack.push(tag.local);
      if (stack.length === 1) {
        if (tag.local !== 'disqus') throw commentFileInvalid(fileName, `line ${line}`, `the root element must be disqus, not ${tag.name}`);
        return;
      }
      if (stack.length === 2 && tag.local === 'thread') {
        thread = { dsqId: attributeValue(tag, 'id') ?? '', id: '', link: '', title: '' };
        if (thread.dsqId === '') throw commentFileInvalid(fileName, `line ${line}`, 'a thread without dsq:id');
      } else if (stack.length === 2 && tag.local === 'post') {
        count += 1;
        post = { id: attributeValue(tag, 'id') ?? '', line, number: count, message: null, createdAt: '', isDeleted: '', isSpam: '', isApproved: '', name: '', email: '', thread: null, parent: null };
      } else if (post && stack.length === 3 && tag.local === 'thread') {
        post.thread = attributeValue(tag, 'id');
      } else if (post && stack.length === 3 && tag.local === 'parent') {
        post.parent = attributeValue(tag, 'id');
      } else if ((thread && stack.length === 3) || (post && (stack.length === 3 || (stack.length === 4 && parent === 'author')))) {
        text = '';
      }
    },
    text(value) {
      if (text !== null) text += value;
    },
    close() {
      const name = stack.pop();
      const parent = stack.at(-1);
      if (text !== null) {
        if (thread && parent === 'thread') {
          if (name === 'id') thread.id = text.trim();
          else if (name === 'link') thread.link = text.trim();
          else if (name === 'title') thread.title = text.trim().normalize('NFC');
        } else if (post && parent === 'post') {
          if (name === 'message') post.message = text;
          else if (name === 'createdAt') post.createdAt = text.trim();
          else if (name === 'isDeleted') post.isDeleted = text.trim();
          else if (name === 'isSpam') post.isSpam = text.trim();
          else if (name === 'isApproved') post.isApproved = text.trim();
        } else if (post && parent === 'author') {
          if (name === 'name') post.name = text;
          else if (name === 'email') post.email = text.trim();
        }
        text = null;
      }
      if (stack.length === 1 && name === 'thread' && thread) {
        threads.set(thread.dsqId, thread);
        thread = null;
      } else if (stack.length === 1 && name === 'post' && post) {
        handler.out.push(disqusComment(post));
        post = null;
      }
    },
    end() {},
  };

  function disqusComment(fields: PostFields): ParsedComment {
    const where = `post ${fields.number} (line ${fields.line})`;
    const fail = (problem: string) => commentFileInvalid(fileName, where, problem);
    if (fields.id === '') throw fail('the post has no dsq:id');
    if (fields.message === null || fields.message.trim() === '') throw fail(`post ${fields.id} has no message`);
    const createdAt = isoTime(fields.createdAt, 'Z');
    if (createdAt === null) throw fail(`post ${fields.id}: createdAt "${fields.createdAt}" is not a date and time`);
    if (fields.thread === null) throw fail(`post ${fields.id} names no thread`);
    const threadOf = threads.get(fields.thread);
    if (threadOf === undefined) throw fail(`post ${fields.id} names thread ${fields.thread}, which is not defined before it`);
    const yes = (value: string) => value.toLowerCase() === 'true';
    return {
      source: 'disqus',
      externalId: fields.id,
      article: { externalId: threadOf.id || fields.thread, url: threadOf.link, title: threadOf.title },
      author: fields.name.normalize('NFC'),
      email: fields.email || null,
      body: commentBody(disqusMessageText(fields.message), `${where} (id ${fields.id})`, warnings, false),
      createdAt,
      parentExternalId: fields.parent || null,
      status: yes(fields.isSpam) ? 'spam' : yes(fields.isDeleted) ? 'rejected' : fields.isApproved.toLowerCase() === 'false' ? 'pending' : 'approved',
      reports: 0,
      where,
    };
  }

  return xmlItems(chunks, fileName, handler);
}
