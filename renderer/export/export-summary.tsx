import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import type { ExportSummary } from './export-queue';

/** After a batch: the files written, the articles that failed and why, and how many were cancelled. */
export function ExportSummaryView({ summary }: { summary: ExportSummary }) {
  const t = useT();
  const headline = (text: string) => (text.trim() === '' ? t.untitled : text);
  return (
    <div className="export-summary">
      <p role="status">
        {t.exportSummary(summary.written.length, summary.failed.length)}
        {summary.cancelled > 0 && ` ${t.exportCancelledCount(summary.cancelled)}`}
      </p>
      {summary.written.length > 0 && (
        <>
          <h3 className="export-section-title">{t.exportWritten}</h3>
          <ul className="export-written">
            {summary.written.map(({ entry, path }) => (
              <li key={entry.id}>
                <span className="export-headline" lang="vi">{headline(entry.headline)}</span>
                <code className="export-path">{path}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.failed.length > 0 && (
        <>
          <h3 className="export-section-title">{t.exportFailed}</h3>
          <ul className="export-failed">
            {summary.failed.map(({ entry, error }) => (
              <li key={entry.id}>
                <span className="export-headline" lang="vi">{headline(entry.headline)}</span>
                <span className="field-error">{describeError(error, t)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
