import { useId } from 'react';
import { languages, toneStyles, type Language, type Settings, type ToneStyle } from '../../shared/model/settings';
import { useT } from '../i18n/i18n';
import { ModalDialog } from '../shell/modal-dialog';

interface SettingsDialogProps {
  settings: Settings;
  error: string | null;
  onChange: (changes: Partial<Settings>) => void;
  onClose: () => void;
}

/** Cài đặt: the interface language and the tone-mark style. Changes apply and are saved at once. */
export function SettingsDialog({ settings, error, onChange, onClose }: SettingsDialogProps) {
  const t = useT();
  const titleId = useId();
  const languageId = useId();
  const toneStyleId = useId();

  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId} className="dialog-title">{t.settings}</h2>
      <div className="field">
        <label htmlFor={languageId} className="field-label">{t.language}</label>
        <select
          id={languageId}
          className="select-input"
          value={settings.language}
          onChange={(event) => onChange({ language: event.target.value as Language })}
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>{t.languageNames[language]}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={toneStyleId} className="field-label">{t.toneStyle}</label>
        <select
          id={toneStyleId}
          className="select-input"
          value={settings.toneStyle}
          onChange={(event) => onChange({ toneStyle: event.target.value as ToneStyle })}
        >
          {toneStyles.map((style) => (
            <option key={style} value={style}>{t.toneStyles[style]}</option>
          ))}
        </select>
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>{t.close}</button>
      </div>
    </ModalDialog>
  );
}
