import { useId, useState } from 'react';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { ModalDialog } from '../shell/modal-dialog';

interface RestoreConfirmDialogProps {
  /** When the backup was written, as shown to the user. */
  date: string;
  onCancel: () => void;
  /** Restores; the page reloads once it has. */
  onConfirm: () => Promise<unknown>;
}

/** "Khôi phục từ bản sao lưu?": what the restore does, then Khôi phục or Hủy. Reloads the page after a restore. */
export function RestoreConfirmDialog({ date, onCancel, onConfirm }: RestoreConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const [state, setState] = useState<{ kind: 'asking' } | { kind: 'restoring' } | { kind: 'failed'; error: unknown }>({ kind: 'asking' });

  const restore = async () => {
    setState({ kind: 'restoring' });
    try {
      await onConfirm();
      window.location.reload();
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onCancel={() => state.kind !== 'restoring' && onCancel()}>
      <h2 id={titleId} className="dialog-title">{t.restoreConfirmTitle}</h2>
      <p>{t.restoreConfirmText(date)}</p>
      <p className="field-hint" role="status">{state.kind === 'restoring' ? t.restoring : ''}</p>
      {state.kind === 'failed' && <p className="field-error" role="alert">{t.restoreFailed(describeError(state.error, t))}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={state.kind === 'restoring'} onClick={onCancel} autoFocus>{t.cancel}</button>
        <button type="button" className="button button-primary" disabled={state.kind === 'restoring'} onClick={() => void restore()}>{t.restoreConfirm}</button>
      </div>
    </ModalDialog>
  );
}
