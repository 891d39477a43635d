import { useLayoutEffect, useRef } from 'react';
import type { SaveState } from '../articles/article-save-controller';
import type { ArticleStatusReport } from '../articles/article-session';
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

/** Writes a report into the status bar's two boxes. */
function showReport(saveBox: HTMLElement, countBox: HTMLElement, report: ArticleStatusReport | null, t: Messages): void {
  const state = report?.saveState;
  saveBox.className = `save-state save-state-${state?.kind ?? 'none'}`;
  const failure = state?.kind === 'failed' ? t.saveFailedDetail(describeError(state.error, t)) : null;
  const text = state ? saveStateText(state, t) : '';
  if (failure) {
    const detail = document.createElement('span');
    detail.className = 'save-failure-detail';
    detail.textContent = ` ${failure}`;
    saveBox.replaceChildren(text, detail);
  } else if (saveBox.childNodes.length !== 1 || saveBox.firstChild?.nodeType !== Node.TEXT_NODE || saveBox.textContent !== text) {
    saveBox.replaceChildren(text);
  }
  countBox.hidden = report === null;
  const count = report ? t.wordCountValue(report.wordCount) : '';
  if (countBox.textContent !== count) countBox.textContent = count;
}

/**
 * The bottom bar: the open article's save state and its word count (Số chữ). Its text is written
 * straight into the page when a report comes, not drawn by React: each React commit while the body
 * has the focus measures the selection over the whole body (React keeps it across commits), which
 * in a long article costs the keys typed meanwhile a millisecond or more.
 */
export function StatusBar({ reports }: { reports: StatusReportStore }) {
  const t = useT();
  const saveRef = useRef<HTMLDivElement>(null);
  const countRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const saveBox = saveRef.current!;
    const countBox = countRef.current!;
    const show = () => showReport(saveBox, countBox, reports.current(), t);
    show();
    return reports.subscribe(show);
  }, [reports, t]);
  return (
    <footer className="status-bar">
      <div ref={saveRef} className="save-state save-state-none" role="status" aria-label={t.saveState} />
      <div ref={countRef} className="word-count" hidden />
    </footer>
  );
}
