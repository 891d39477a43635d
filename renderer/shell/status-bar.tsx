import { useSyncExternalStore } from 'react';
import type { SaveState } from '../articles/article-save-controller';
import { formatClockTime } from '../format/format-time';
import { useT } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { describeError } from './describe-error';
import type { StatusReportStore } from './status-report-store';

function saveStateText(state: SaveState, t: Messages): string {
  switch (state.kind) {
    case 'clean':
      return '';
    case 'unsaved':
      return t.unsaved;
    case 'saving':
      return t.saving;
    case 'saved':
      return t.savedAt(formatClockTime(state.savedAt));
    case 'failed':
      return t.saveFailed;
    case 'conflict':
      return t.conflictState;
  }
}

/** The bottom bar: the open article's save state and its word count (Số chữ). */
export function StatusBar({ reports }: { reports: StatusReportStore }) {
  const t = useT();
  const report = useSyncExternalStore(reports.subscribe, reports.current);
  const state = report?.saveState;
  const failure = state?.kind === 'failed' ? t.saveFailedDetail(describeError(state.error, t)) : null;
  return (
    <footer className="status-bar">
      <div className={`save-state save-state-${state?.kind ?? 'none'}`} role="status" aria-label={t.saveState}>
        {state ? saveStateText(state, t) : ''}
        {failure && <span className="save-failure-detail"> {failure}</span>}
      </div>
      {report && <div className="word-count">{t.wordCountValue(report.wordCount)}</div>}
    </footer>
  );
}
