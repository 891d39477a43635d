import { useId, useRef } from 'react';
import { ApiError } from '../../shared/api/errors';
import type { ImportFailure, ImportOutcome } from '../../shared/import/import-outcome';
import { type ImportedArticleSummary, wordImportWarning } from '../../shared/model/import';
import { useT } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { describeError } from '../shell/describe-error';
import { ModalDialog } from '../shell/modal-dialog';
import { textExcerpt } from './text-excerpt';
import { groupWarnings } from './warning-groups';

interface ImportReportDialogProps {
  outcomes: readonly ImportOutcome[];
  onOpen: (articleId: number) => void;
  onClose: () => void;
}

/** Kết quả nhập: for each file, what was imported and what to check, or why it was not imported. */
export function ImportReportDialog({ outcomes, onOpen, onClose }: ImportReportDialogProps) {
  const t = useT();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const imported = outcomes.filter((outcome) => outcome.kind === 'imported').length;

  return (
    // Focus starts at the top of the report, not at the first "Mở bài" further down.
    <ModalDialog labelledBy={titleId} onCancel={onClose} className="import-report" onShown={() => titleRef.current?.focus()}>
      <h2 id={titleId} ref={titleRef} className="dialog-title" tabIndex={-1}>{t.importReport}</h2>
      <p className="import-summary">{t.importSummary(imported, outcomes.length - imported)}</p>
      <ol className="import-files">
        {outcomes.map((outcome, index) => (
          <li key={`${index}-${outcome.fileName}`}>
            <FileReport outcome={outcome} onOpen={onOpen} />
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>{t.close}</button>
      </div>
    </ModalDialog>
  );
}

function FileReport({ outcome, onOpen }: { outcome: ImportOutcome; onOpen: (articleId: number) => void }) {
  const nameId = useId();
  return (
    <section className={`import-file${outcome.kind === 'failed' ? ' import-file-failed' : ''}`} aria-labelledby={nameId}>
      <h3 id={nameId} className="import-file-name">{outcome.fileName}</h3>
      {outcome.kind === 'imported' ? (
        outcome.articles.map((article) => <ArticleReport key={article.id} article={article} onOpen={onOpen} />)
      ) : (
        <FailureReport failure={outcome.failure} />
      )}
    </section>
  );
}

function ArticleReport({ article, onOpen }: { article: ImportedArticleSummary; onOpen: (articleId: number) => void }) {
  const t = useT();
  const headlineId = useId();
  const none = <span className="import-none">{t.importNone}</span>;
  return (
    <div className="imported-article">
      <dl className="imported-fields">
        <dt>{t.headline}</dt>
        <dd id={headlineId} lang="vi">{article.headline.trim() === '' ? t.untitled : article.headline}</dd>
        <dt>{t.sourcePrefix}</dt>
        <dd lang="vi">{article.sourcePrefix === '' ? none : article.sourcePrefix}</dd>
        <dt>{t.sapo}</dt>
        <dd lang="vi">{article.sapo === '' ? none : textExcerpt(article.sapo)}</dd>
        <dt>{t.importBylines}</dt>
        <dd lang="vi">{article.bylines.length === 0 ? none : article.bylines.join(', ')}</dd>
        <dt>{t.importFigures}</dt>
        <dd lang="vi">
          {article.figures.length === 0 ? (
            none
          ) : (
            <ul className="imported-figures">
              {article.figures.map((figure, index) => (
                <li key={index}>
                  {figure.caption === '' ? <span className="import-none">{t.importNoCaption}</span> : figure.caption}
                  {figure.credit !== '' && <span className="imported-credit"> {t.photoCredit(figure.credit)}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {groupWarnings(article.warnings).map(({ group, warnings }) => (
        <div key={group} className={`import-warnings import-warnings-${group}`}>
          <h4 className="import-warnings-title">{t.importWarningGroups[group]}</h4>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{wordImportWarning(t.importWarnings, warning)}</li>
            ))}
          </ul>
        </div>
      ))}
      <button type="button" className="button" aria-describedby={headlineId} onClick={() => onOpen(article.id)}>
        {t.openImportedArticle}
      </button>
    </div>
  );
}

function failureMessage(failure: ImportFailure, t: Messages): string {
  switch (failure.reason) {
    case 'too-large':
      return t.importTooLarge(Math.round(failure.limitBytes / 1024 / 1024));
    case 'unreadable':
      if (failure.cause === 'missing') return t.importFileMissing;
      if (failure.cause === 'not-a-file') return t.importNotAFile;
      return t.importUnreadable(failure.detail);
    case 'rejected':
      return describeError(ApiError.fromShape(failure.error), t);
  }
}

function FailureReport({ failure }: { failure: ImportFailure }) {
  const t = useT();
  return (
    <div className="import-failure">
      <p className="import-failure-message">{t.importFailed(failureMessage(failure, t))}</p>
      {failure.reason === 'rejected' && <p className="import-failure-detail">{t.importErrorDetail(failure.error.code, failure.error.where ?? '')}</p>}
      <p className="import-failure-detail">{t.importNothingCreated}</p>
    </div>
  );
}
