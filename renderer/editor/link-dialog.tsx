import { useId, useState, type FormEvent } from 'react';
import { isAllowedLinkUrl } from '../../shared/schema/allowed-link';
import { useT } from '../i18n/i18n';
import { ModalDialog } from '../shell/modal-dialog';

interface LinkDialogProps {
  initialUrl: string;
  hasLink: boolean;
  onApply: (url: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

/** Asks for a link address; only http, https and mailto addresses are accepted. */
export function LinkDialog({ initialUrl, hasLink, onApply, onRemove, onCancel }: LinkDialogProps) {
  const t = useT();
  const [url, setUrl] = useState(initialUrl);
  const [rejected, setRejected] = useState(false);
  const titleId = useId();
  const inputId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    if (trimmed === '' && hasLink) {
      onRemove();
      return;
    }
    if (!isAllowedLinkUrl(trimmed)) {
      setRejected(true);
      return;
    }
    onApply(trimmed);
  };

  return (
    <ModalDialog labelledBy={titleId} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog-title">{t.linkDialogTitle}</h2>
        <label htmlFor={inputId} className="field-label">{t.linkAddress}</label>
        <input
          id={inputId}
          className="text-input"
          type="url"
          inputMode="url"
          value={url}
          placeholder={t.linkAddressHint}
          aria-invalid={rejected}
          aria-describedby={rejected ? errorId : undefined}
          autoFocus
          onChange={(event) => {
            setUrl(event.target.value);
            setRejected(false);
          }}
        />
        {rejected && <p id={errorId} className="field-error" role="alert">{t.linkRejected}</p>}
        <div className="dialog-actions">
          {hasLink && <button type="button" className="button" onClick={onRemove}>{t.removeLink}</button>}
          <button type="button" className="button" onClick={onCancel}>{t.cancel}</button>
          <button type="submit" className="button button-primary">{t.applyLink}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
