import { useId } from 'react';
import { useT } from '../i18n/i18n';
import { ModalDialog } from '../shell/modal-dialog';
import { editorShortcuts } from './editor-shortcuts';

/** "?" on the article screen: every shortcut of the list and the editor. */
export function EditorShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const groupId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId} className="dialog-title">{t.editorShortcuts}</h2>
      {editorShortcuts.map(({ group, items }) => (
        <section key={group} aria-labelledby={`${groupId}-${group}`}>
          <h3 id={`${groupId}-${group}`} className="shortcut-group-title">{t.editorShortcutGroups[group]}</h3>
          <dl className="shortcut-list editor-shortcut-list">
            {items.map(({ keys, command }) => (
              <div key={command} className="shortcut-row">
                <dt>
                  {keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' / '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{t.editorShortcutCommands[command]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>{t.close}</button>
      </div>
    </ModalDialog>
  );
}
