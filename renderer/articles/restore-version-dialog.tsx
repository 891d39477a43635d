import { useId, useState } from 'react';
import type { RevisionSummary } from '../../shared/model/revision';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { ModalDialog } from '../shell/modal-dialog';

interface RestoreVersionDialogProps {
  revision: RevisionSummary;
  onCancel: () => void;
  /** Restores the version; the dialog closes when it has (the owner unmounts it), or shows why not. */
  onConfirm: (revision: RevisionSummary) => Promise<void>;
}

/** "Khôi phục phiên bản N?": what a restore does, then Hủy or Khôi phục. */
export function RestoreVersionDialog({ revision, onCancel, onConfirm }: RestoreVersionDialogProps) {
  const t = useT();
  const titleId = useId();
  const [state, setState] = useState<{ kind: 'asking' } | { kind: 'restoring' } | { kind: 'failed'; error: unknown }>({ kind: 'asking' });

  const restore = async () => {
    setState({ kind: 'restoring' });
    try {
      await onConfirm(revision);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onCancel={() => state.kind !== 'restoring' && onCancel()}>
      <h2 id={titleId} className="dialog-title">{t.restoreRevisionTitle(revision.number)}</h2>
      <p>{t.restoreRevisionText(revision.number, t.dateTime(revision.updatedAt))}</p>
      <p className="field-hint" role="status">{state.kind === 'restoring' ? t.restoring : ''}</p>
      {state.kind === 'failed' && <p className="field-error" role="alert">{t.restoreFailed(describeError(state.error, t))}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={state.kind === 'restoring'} onClick={onCancel} autoFocus>{t.cancel}</button>
        <button type="button" className="button button-primary" disabled={state.kind === 'restoring'} onClick={() => void restore()}>{t.restore}</button>
      </div>
    </ModalDialog>
  );
}
