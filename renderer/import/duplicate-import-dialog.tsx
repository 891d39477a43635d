import { useId } from 'react';
import type { ImportDuplicate } from '../../shared/model/import';
import { useT } from '../i18n/i18n';
import { ModalDialog } from '../shell/modal-dialog';

/** The answer to "Bài này đã có": open the article it already is, import the file anyway, or leave it out. */
export type DuplicateImportChoice = 'open' | 'import' | 'skip';

/** Asked before a file whose headline and text are already an article becomes a second one. */
export function DuplicateImportDialog({ duplicate, onChoose }: { duplicate: ImportDuplicate; onChoose: (choice: DuplicateImportChoice) => void }) {
  const t = useT();
  const titleId = useId();
  const textId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={() => onChoose('skip')}>
      <h2 id={titleId} className="dialog-title">{t.duplicateImportTitle}</h2>
      <p id={textId} lang="vi">{t.duplicateImportText(duplicate.fileName, duplicate.headline === '' ? t.untitled : duplicate.headline)}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={() => onChoose('open')}>{t.duplicateImportOpen}</button>
        <button type="button" className="button" onClick={() => onChoose('import')}>{t.duplicateImportAnyway}</button>
        <button type="button" className="button button-quiet" onClick={() => onChoose('skip')}>{t.duplicateImportSkip}</button>
      </div>
    </ModalDialog>
  );
}
