import { useEffect, useId, useRef, useState } from 'react';
import type { RevisionSummary } from '../../shared/model/revision';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { RestoreVersionDialog } from './restore-version-dialog';
import { type CurrentText, VersionCompareDialog } from './version-compare-dialog';

interface HistoryPanelProps {
  articleId: number;
  /** The article's current version: the list reloads when it changes. */
  articleVersion: number;
  /** The article as the editor holds it now, for "Xem". */
  readCurrent: () => CurrentText;
  /** Restores a version (the caller saves pending edits first, reloads the article after and words the notice). */
  onRestore: (revision: RevisionSummary) => Promise<void>;
  /** What the last restore did, shown until the panel closes; null for nothing. */
  notice: string | null;
  onClose: () => void;
}

/**
 * Lịch sử phiên bản: the versions of the open article, newest first, each with its number, the time
 * of its last change, its kind, word count and who changed it; "Xem" compares one with the current
 * text, "Khôi phục" brings it back after a confirmation.
 */
export function HistoryPanel({ articleId, articleVersion, readCurrent, onRestore, notice, onClose }: HistoryPanelProps) {
  const t = useT();
  const titleId = useId();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [viewing, setViewing] = useState<RevisionSummary | null>(null);
  const [confirming, setConfirming] = useState<RevisionSummary | null>(null);

  useEffect(() => {
    let current = true;
    api['revisions.list']({ articleId }).then(
      (loaded) => {
        if (!current) return;
        setRevisions(loaded);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, articleVersion]);

  // After a restore the article (and this panel) is loaded again: the notice takes the focus, so it is read out.
  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);

  // The version the article already is cannot be restored (it would change nothing).
  const canRestore = (revision: RevisionSummary) => revision.articleVersion !== articleVersion;

  return (
    <section className="history-panel" aria-labelledby={titleId}>
      <div className="panel-header">
        <h2 id={titleId} className="panel-title">{t.history}</h2>
        <button type="button" className="button button-quiet" aria-label={t.closeHistory} title={t.closeHistory} onClick={onClose}>
          ×
        </button>
      </div>
      <p ref={noticeRef} className="panel-notice" role="status" tabIndex={-1} hidden={notice === null}>{notice ?? ''}</p>
      {loadError !== null && <p className="panel-error" role="alert">{t.historyLoadFailed(describeError(loadError, t))}</p>}
      {revisions === null && loadError === null && <p className="panel-note">{t.loading}</p>}
      {revisions !== null && revisions.length === 0 && <p className="panel-note">{t.noRevisions}</p>}
      {revisions !== null && revisions.length > 0 && (
        <ol className="revision-list">
          {revisions.map((revision) => {
            const labelId = `revision-${revision.id}`;
            return (
              <li key={revision.id} className="revision-row">
                <div id={labelId} className="revision-summary">
                  <span className="revision-label">{t.revisionLabel(revision.number, t.dateTime(revision.updatedAt))}</span>
                  <span className="revision-meta">
                    {t.revisionKinds[revision.kind]} · {t.wordCountValue(revision.wordCount)}
                  </span>
                  <span className="revision-meta">{t.revisionAuthor(revision.author)}</span>
                  <span className="revision-headline" lang="vi">{revision.headline || t.untitled}</span>
                </div>
                <div className="revision-actions">
                  <button type="button" className="button" aria-label={t.viewRevisionNamed(revision.number)} aria-describedby={labelId} onClick={() => setViewing(revision)}>
                    {t.viewRevision}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t.restoreRevisionNamed(revision.number)}
                    aria-describedby={labelId}
                    disabled={!canRestore(revision)}
                    onClick={() => setConfirming(revision)}
                  >
                    {t.restore}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {viewing && (
        <VersionCompareDialog
          revision={viewing}
          readCurrent={readCurrent}
          canRestore={canRestore(viewing)}
          onRestore={(revision) => {
            setViewing(null);
            setConfirming(revision);
          }}
          onClose={() => setViewing(null)}
        />
      )}
      {confirming && (
        <RestoreVersionDialog
          revision={confirming}
          onCancel={() => setConfirming(null)}
          onConfirm={async (revision) => {
            await onRestore(revision);
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}
