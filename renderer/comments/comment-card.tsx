import { useId, type Ref } from 'react';
import type { Comment } from '../../shared/model/comment';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { type CommentDetails, type DetailsState } from './comment-details';
import { excerpt } from './excerpt';
import { flagReasons } from './flag-wording';
import { HighlightedBody } from './highlighted-body';

interface CommentCardProps {
  comment: Comment;
  details: DetailsState;
  cardRef?: Ref<HTMLElement>;
  /** Shows only the comments of this local article (the headline's button). */
  onFilterArticle: (articleId: number, headline: string) => void;
}

/**
 * The focused comment: author, time, the article, why it was flagged, what it replies to, its
 * text (plain text, flagged words marked) and the author's other comments.
 */
export function CommentCard({ comment, details, cardRef, onFilterArticle }: CommentCardProps) {
  const t = useT();
  const authorId = useId();
  const loaded = details.phase === 'done' ? details.details : null;
  const headline = loaded?.articleHeadline ?? (comment.articleTitle.trim() === '' ? t.commentNoArticle : comment.articleTitle);
  const reasons = flagReasons(comment.flags, comment.reports, t);
  return (
    <article ref={cardRef} className="comment-card" tabIndex={-1} aria-labelledby={authorId} data-comment-id={comment.id}>
      <header className="comment-card-header">
        <h3 id={authorId} className="comment-author" lang="vi">{comment.author}</h3>
        {comment.email !== null && <span className="comment-email">{comment.email}</span>}
        <time className="comment-time" dateTime={comment.createdAt}>{t.dateTime(comment.createdAt)}</time>
      </header>
      <p className="comment-article">
        <span className="comment-label">{t.commentArticle}: </span>
        {comment.articleId === null ? (
          <span lang="vi">{headline}</span>
        ) : (
          <button type="button" className="link-button" lang="vi" title={t.commentFilterThisArticle}
            onClick={() => onFilterArticle(comment.articleId!, headline)}>
            {headline}
          </button>
        )}
        {loaded !== null && <span className="comment-article-total"> · {t.commentArticleTotal(loaded.articleApprovedTotal)}</span>}
      </p>
      {reasons.length > 0 && (
        <ul className="comment-flags" aria-label={t.commentFlags}>
          {reasons.map((reason) => (
            <li key={reason} className="comment-flag" lang="vi">{reason}</li>
          ))}
        </ul>
      )}
      {comment.parentExternalId !== null && <ReplyContext details={loaded} />}
      <p className="comment-body" lang="vi">
        <HighlightedBody body={comment.body} flags={comment.flags} />
      </p>
      {details.phase === 'failed' && <p className="field-error" role="alert">{t.commentDetailsFailed(describeError(details.error, t))}</p>}
      {loaded !== null && <AuthorHistory details={loaded} />}
    </article>
  );
}

function ReplyContext({ details }: { details: CommentDetails | null }) {
  const t = useT();
  if (details === null) return <p className="comment-reply">{t.commentReplyTo}…</p>;
  const { parent } = details;
  return (
    <blockquote className="comment-reply">
      {parent === null ? (
        <p>{t.commentReplyMissing}</p>
      ) : (
        <p lang="vi">
          <span className="comment-label">{t.commentReplyToAuthor(parent.author)} </span>
          {excerpt(parent.body, 200)}
        </p>
      )}
    </blockquote>
  );
}

function AuthorHistory({ details }: { details: CommentDetails }) {
  const t = useT();
  const titleId = useId();
  const { history, historyTotal } = details;
  return (
    <section className="comment-history" aria-labelledby={titleId}>
      <h4 id={titleId} className="comment-history-title">{t.commentHistory(historyTotal)}</h4>
      {history.length === 0 ? (
        <p className="field-hint">{t.commentHistoryNone}</p>
      ) : (
        <ul className="comment-history-list">
          {history.map((other) => (
            <li key={other.id}>
              <span className={`comment-status comment-status-${other.status}`}>{t.commentStatuses[other.status]}</span>{' '}
              <time dateTime={other.createdAt}>{t.dateTime(other.createdAt)}</time>{' '}
              <span lang="vi">{excerpt(other.body, 120)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
