import { useId, useRef, useState } from 'react';
import type { CommentImportReport } from '../../shared/model/comment';
import { base64OfBytes } from '../../shared/import/base64-of-bytes';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { ModalDialog } from '../shell/modal-dialog';

export const commentFileAccept = '.xml,.csv,.json,.wxr';

type ImportState = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; files: CommentImportReport[] } | { phase: 'failed'; error: unknown };

async function importFiles(files: File[]): Promise<CommentImportReport[]> {
  const sent = await Promise.all(files.map(async (file) => ({ name: file.name, data: base64OfBytes(new Uint8Array(await file.arrayBuffer())) })));
  return (await api['comments.import']({ files: sent })).files;
}

/** Nhập bình luận: the file picker, then what each file did (or why nothing was imported). */
export function CommentImport({ onImported }: { onImported: () => void }) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const run = async (files: File[]) => {
    if (files.length === 0) return;
    setState({ phase: 'running' });
    try {
      setState({ phase: 'done', files: await importFiles(files) });
      onImported();
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={state.phase === 'running'} title={t.commentImportHint} onClick={() => inputRef.current?.click()}>
        {t.commentImport}
      </button>
      <input ref={inputRef} type="file" multiple accept={commentFileAccept} className="visually-hidden" tabIndex={-1} aria-label={t.commentImportChoose}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void run(files);
        }} />
      <span className="import-progress" role="status">{state.phase === 'running' ? t.commentImporting : ''}</span>
      {(state.phase === 'done' || state.phase === 'failed') && (
        <CommentImportReportDialog state={state} onClose={() => setState({ phase: 'idle' })} />
      )}
    </>
  );
}

function CommentImportReportDialog({ state, onClose }: { state: Extract<ImportState, { phase: 'done' | 'failed' }>; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId} className="dialog-title">{t.commentImportReport}</h2>
      {state.phase === 'failed' ? (
        <p className="field-error" role="alert">{t.commentImportFailed(describeError(state.error, t))}</p>
      ) : (
        <ul className="import-report-list">
          {state.files.map((file) => (
            <li key={file.file} className="import-report-file">
              <p className="import-report-name">{file.file} ({t.commentFormats[file.format]})</p>
              <p>{t.commentImportCounts(file.created, file.updated, file.unchanged, file.keptDecisions)}</p>
              {file.warnings.length > 0 && (
                <ul className="import-report-warnings">
                  {file.warnings.map((warning, index) => (
                    <li key={index}>{t.commentImportWarnings[warning.code](warning.record, warning.detail)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>{t.close}</button>
      </div>
    </ModalDialog>
  );
}
