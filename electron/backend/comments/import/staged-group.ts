import type { CommentSource, CommentStatus } from '../../../../shared/model/comment';
import type { ParsedComment } from '../parsed-comment';

/** A comment in a staging row: [externalId, article (index in the group's articles), author, email, body, createdAt, parentExternalId, status, reports]. */
type StagedComment = [string, number, string, string | null, string, string, string | null, CommentStatus, number];

/**
 * One row of `comment_import_staging`: a group of comments of one file, compactly (each article
 * once per group, a comment as an array), so that staging writes and reads back about as many
 * bytes as the file holds.
 */
export interface StagedGroup {
  source: CommentSource;
  articles: Array<[string | null, string, string]>;
  comments: StagedComment[];
}

/** Builds a staging group from the comments of one file, in order. */
export function stagedGroup(comments: readonly ParsedComment[]): StagedGroup {
  const articleIndex = new Map<string, number>();
  const group: StagedGroup = { source: comments[0]?.source ?? 'portal', articles: [], comments: [] };
  for (const comment of comments) {
    const { externalId, url, title } = comment.article;
    const key = `${externalId ?? ''}\u0000${url}\u0000${title}`;
    let index = articleIndex.get(key);
    if (index === undefined) {
      index = group.articles.length;
      group.articles.push([externalId, url, title]);
      articleIndex.set(key, index);
    }
    group.comments.push([comment.externalId, index, comment.author, comment.email, comment.body, comment.createdAt, comment.parentExternalId, comment.status, comment.reports]);
  }
  return group;
}

/** The comments of a staging group, as the readers gave them (`where` is not kept: errors are found before staging ends). */
export function groupComments(group: StagedGroup): ParsedComment[] {
  const articles = group.articles.map(([externalId, url, title]) => ({ externalId, url, title }));
  return group.comments.map(([externalId, article, author, email, body, createdAt, parentExternalId, status, reports]) => ({
    source: group.source,
    externalId,
    article: articles[article]!,
    author,
    email,
    body,
    createdAt,
    parentExternalId,
    status,
    reports,
    where: '',
  }));
}
