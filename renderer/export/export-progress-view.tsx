import { useId, useState } from 'react';
import { useT } from '../i18n/i18n';
import type { ConflictAnswer, ExportProgress } from './export-queue';

/** The question asked when an article's file exists; answered once. */
export interface ConflictQuestion {
  path: string;
  answer: (answer: ConflictAnswer) => void;
}

interface ExportProgressViewProps {
  progress: ExportProgress;
  cancelling: boolean;
  question: ConflictQuestion | null;
}

/** A batch under way: the progress bar and count, the article being exported, and the question when a file exists. */
export function ExportProgressView({ progress, cancelling, question }: ExportProgressViewProps) {
  const t = useT();
  const [applyToAll, setApplyToAll] = useState(false);
  const questionId = useId();
  return (
    <div className="export-progress">
      <div className="export-progress-line">
        <progress aria-label={t.exportProgress} value={progress.done} max={Math.max(progress.total, 1)} />
        <span className="export-progress-count">{t.exportProgressCount(progress.done, progress.total)}</span>
      </div>
      <p className="export-current" role="status">
        {cancelling ? t.exportCancelling : progress.current ? t.exportCurrent(progress.current.headline.trim() === '' ? t.untitled : progress.current.headline) : ''}
      </p>
      {question && (
        <div className="export-conflict" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t.exportExists(question.path)}</p>
          <label className="checkbox-label">
            <input type="checkbox" checked={applyToAll} onChange={(event) => setApplyToAll(event.target.checked)} />
            {t.exportApplyToAll}
          </label>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={() => question.answer({ choice: 'replace', applyToAll })}>
              {t.exportReplace}
            </button>
            <button type="button" className="button" onClick={() => question.answer({ choice: 'rename', applyToAll })}>
              {t.exportRename}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
