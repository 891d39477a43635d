import { useId } from 'react';
import type { ExportPlanEntry } from '../../shared/model/export';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { wordExportWarning } from './export-warning-wording';

export type PlanState = { kind: 'none' } | { kind: 'loading' } | { kind: 'loaded'; entries: ExportPlanEntry[] } | { kind: 'failed'; error: unknown };

/** "Kiểm tra trước khi xuất": how many articles the batch takes, and what to review in each (never blocking). */
export function ExportChecklist({ plan }: { plan: PlanState }) {
  const t = useT();
  const titleId = useId();
  const flagged = plan.kind === 'loaded' ? plan.entries.filter((entry) => entry.warnings.length > 0) : [];
  return (
    <section className="export-checklist" aria-labelledby={titleId}>
      <h3 id={titleId} className="export-section-title">{t.exportChecklist}</h3>
      <div role="status">
        {plan.kind === 'loading' && <p>{t.exportChecking}</p>}
        {plan.kind === 'loaded' && (
          <p>
            {plan.entries.length === 0 ? t.exportNothing : t.exportCount(plan.entries.length)}{' '}
            {plan.entries.length > 0 && (flagged.length === 0 ? t.exportNoWarnings : t.exportWarningsNote)}
          </p>
        )}
      </div>
      {plan.kind === 'failed' && <p className="field-error" role="alert">{t.exportPlanFailed(describeError(plan.error, t))}</p>}
      {flagged.length > 0 && (
        <ul className="export-warnings">
          {flagged.map((entry) => (
            <li key={entry.id}>
              <span className="export-headline" lang="vi">{entry.headline.trim() === '' ? t.untitled : entry.headline}</span>
              <ul>
                {entry.warnings.map((warning, index) => (
                  <li key={index}>{wordExportWarning(t, warning)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
