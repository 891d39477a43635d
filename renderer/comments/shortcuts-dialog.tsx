import { useId } from 'react';
import { useT } from '../i18n/i18n';
import { ModalDialog } from '../shell/modal-dialog';
import { moderationKeys } from './moderation-keys';

/** "?": the keys of the queue. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId} className="dialog-title">{t.commentShortcuts}</h2>
      <dl className="shortcut-list">
        {moderationKeys.map(({ key, command }) => (
          <div key={key} className="shortcut-row">
            <dt><kbd>{key}</kbd></dt>
            <dd>{t.commentCommands[command]}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>{t.close}</button>
      </div>
    </ModalDialog>
  );
}
