import { useEffect, useId, useState } from 'react';
import type { RevisionSummary } from '../../shared/model/revision';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';

interface HistoryPanelProps {
  articleId: number;
  /** The article's current version: the list reloads when it changes. */
  articleVersion: number;
  /** Restores a version (the caller saves pending edits first and reloads the article after). */
  onRestore: (revision: RevisionSummary) => Promise<void>;
  onClose: () => void;
}

/** Lịch sử phiên bản: the saved versions of the open article, newest first, each restorable. */
export function HistoryPanel({ articleId, articleVersion, onRestore, onClose }: HistoryPanelProps) {
  const t = useT();
  const titleId = useId();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<number | null>(null);

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

  const restore = async (revision: RevisionSummary) => {
    setRestoring(revision.id);
    setRestoreError(null);
    try {
      await onRestore(revision);
    } catch (error) {
      setRestoreError(error);
    } finally {
      setRestoring(null);
    }
  };

  const errorText =
    restoreError !== null
      ? t.restoreFailed(describeError(restoreError, t))
      : loadError !== null
        ? t.historyLoadFailed(describeError(loadError, t))
        : null;

  return (
    <section className="history-panel" aria-labelledby={titleId}>
      <div className="panel-header">
        <h2 id={titleId} className="panel-title">{t.history}</h2>
        <button type="button" className="button button-quiet" aria-label={t.closeHistory} title={t.closeHistory} onClick={onClose}>
          ×
        </button>
      </div>
      {errorText && <p className="panel-error" role="alert">{errorText}</p>}
      {revisions === null && errorText === null && <p className="panel-note">{t.loading}</p>}
      {revisions !== null && revisions.length === 0 && <p className="panel-note">{t.noRevisions}</p>}
      {revisions !== null && revisions.length > 0 && (
        <ol className="revision-list">
          {revisions.map((revision) => {
            const labelId = `revision-${revision.id}`;
            return (
              <li key={revision.id} className="revision-row">
                <div id={labelId} className="revision-summary">
                  <span className="revision-label">{t.revisionLabel(revision.articleVersion, t.dateTime(revision.createdAt))}</span>
                  <span className="revision-meta">
                    {t.revisionKinds[revision.kind]} · {t.wordCountValue(revision.wordCount)}
                  </span>
                  <span className="revision-headline" lang="vi">{revision.headline || t.untitled}</span>
                </div>
                <button
                  type="button"
                  className="button"
                  aria-label={t.restoreRevisionNamed(revision.articleVersion)}
                  aria-describedby={labelId}
                  disabled={restoring !== null || revision.articleVersion === articleVersion}
                  onClick={() => void restore(revision)}
                >
                  {t.restore}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
