import type { SaxesTagNS } from 'saxes';
import type { CommentStatus } from '../../../../shared/model/comment';
import type { ParsedComment } from '../parsed-comment';
import { commentBody } from './comment-body';
import { isoTime } from './comment-dates';
import { commentFileInvalid } from './comment-file-error';
import type { ImportWarnings } from './import-warnings';
import { xmlItems, type XmlHandler } from './xml-stream';

const wpNamespace = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/?$/u;

/** `comment_approved` to a status: 1 approved, 0 pending, spam, trash rejected. */
const approvedStatus: Readonly<Record<string, CommentStatus>> = { '1': 'approved', approve: 'approved', '0': 'pending', hold: 'pending', spam: 'spam', trash: 'rejected' };

/** The comment fields read from `wp:comment`'s children. */
const commentFields = ['comment_id', 'comment_author', 'comment_author_email', 'comment_date', 'comment_date_gmt', 'comment_content', 'comment_approved', 'comment_parent'] as const;
type CommentField = (typeof commentFields)[number];

/**
 * The comments of a WordPress export (WXR 1.0 to 1.2): each `wp:comment` inside an `item`, with the
 * item's title, link and `wp:post_id` as its article. `comment_date_gmt` is the time (when WordPress
 * left it 0000-00-00, `comment_date` in Vietnam time); `comment_parent` 0 is no parent. Bodies are
 * kept as written: WordPress comments may hold a few tags, which stay text.
 */
export function wxrComments(chunks: AsyncIterable<string>, fileName: string, warnings: ImportWarnings): AsyncGenerator<ParsedComment> {
  const stack: string[] = [];
  let item: { title: string; link: string; postId: string } | null = null;
  let comment: Partial<Record<CommentField, string>> | null = null;
  let commentLine = 0;
  let count = 0;
  let text: string | null = null; // the text of the leaf element being read
  let sawRss = false;

  const isWp = (tag: SaxesTagNS) => wpNamespace.test(tag.uri);
  const handler: XmlHandler<ParsedComment> = {
    out: [],
    open(tag, line) {
      const parent = stack.at(-1);
      stack.push(isWp(tag) ? `wp:${tag.local}` : tag.local);
      if (stack.length === 1) {
        if (tag.local !== 'rss') throw commentFileInvalid(fileName, `line ${line}`, `the root element must be rss, not ${tag.name}`);
        sawRss = true;
      }
      if (tag.local === 'item' && tag.uri === '') {
        item = { title: '', link: '', postId: '' };
      } else if (isWp(tag) && tag.local === 'comment' && parent === 'item') {
        count += 1;
        comment = {};
        commentLine = line;
      } else if (item && (parent === 'item' || parent === 'wp:comment')) {
        text = '';
      }
    },
    text(value) {
      if (text !== null) text += value;
    },
    close(tag) {
      const name = stack.pop();
      const parent = stack.at(-1);
      if (text !== null && item) {
        if (parent === 'wp:comment' && comment && name?.startsWith('wp:')) {
          const field = name.slice(3) as CommentField;
          if ((commentFields as readonly string[]).includes(field)) comment[field] = text;
        } else if (parent === 'item') {
          if (name === 'title') item.title = text;
          else if (name === 'link') item.link = text;
          else if (name === 'wp:post_id') item.postId = text;
        }
        text = null;
      }
      if (name === 'wp:comment' && comment && item) {
        handler.out.push(wxrComment(comment, item, `comment ${count} (line ${commentLine})`));
        comment = null;
      } else if (tag.local === 'item' && tag.uri === '') {
        item = null;
      }
    },
    end() {
      if (!sawRss) throw commentFileInvalid(fileName, 'line 1', 'no rss element');
    },
  };

  function wxrComment(fields: Partial<Record<CommentField, string>>, article: { title: string; link: string; postId: string }, where: string): ParsedComment {
    const fail = (problem: string) => commentFileInvalid(fileName, where, problem);
    const id = fields.comment_id?.trim() ?? '';
    if (id === '') throw fail('wp:comment has no wp:comment_id');
    const content = fields.comment_content ?? '';
    if (content === '') throw fail(`comment ${id} has no wp:comment_content`);
    const gmt = fields.comment_date_gmt?.trim() ?? '';
    const local = fields.comment_date?.trim() ?? '';
    const createdAt = gmt && !gmt.startsWith('0000') ? isoTime(gmt, 'Z') : local ? isoTime(local, '+07:00') : null;
    if (createdAt === null) throw fail(`comment ${id}: no valid wp:comment_date_gmt ("${gmt}")`);
    const approved = fields.comment_approved?.trim() ?? '0';
    const status = approvedStatus[approved];
    if (status === undefined) throw fail(`comment ${id}: unknown wp:comment_approved "${approved}" (1, 0, spam or trash)`);
    const parent = fields.comment_parent?.trim() ?? '';
    return {
      source: 'wordpress',
      externalId: id,
      article: { externalId: article.postId.trim() || null, url: article.link.trim(), title: article.title.normalize('NFC').trim() },
      author: (fields.comment_author ?? '').normalize('NFC'),
      email: fields.comment_author_email?.trim() || null,
      body: commentBody(content, `${where} (id ${id})`, warnings),
      createdAt,
      parentExternalId: parent === '' || parent === '0' ? null : parent,
      status,
      reports: 0,
      where,
    };
  }

  return xmlItems(chunks, fileName, handler);
}
