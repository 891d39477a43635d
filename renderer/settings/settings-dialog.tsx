import { useId, useState } from 'react';
import { exportImageWidthRange, languages, lengthLimitRanges, maxImageMegabytesCeiling, toneStyles, type Language, type Settings, type ToneStyle } from '../../shared/model/settings';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { ModalDialog } from '../shell/modal-dialog';
import { AuthorsSection } from './authors-section';
import { BackupSection } from './backup-section';
import { CategoriesSection } from './categories-section';
import { CommentSettingsSection } from './comment-settings-section';

interface SettingsDialogProps {
  settings: Settings;
  error: string | null;
  onChange: (changes: Partial<Settings>) => void;
  /** Converts the existing articles to the current tone style; resolves to how many changed. */
  onConvertToneStyle: () => Promise<number>;
  /** A word list was saved: the comment queues changed. */
  onWordListsChanged?: () => void;
  onClose: () => void;
}

type Conversion = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; changed: number } | { kind: 'failed'; error: unknown };

/**
 * Cài đặt: the interface language and the tone-mark style. Changes apply and are saved at once;
 * converting the existing articles to the style is offered, never done on its own.
 */
export function SettingsDialog({ settings, error, onChange, onConvertToneStyle, onWordListsChanged, onClose }: SettingsDialogProps) {
  const t = useT();
  const titleId = useId();
  const languageId = useId();
  const toneStyleId = useId();
  const toneStyleHintId = useId();
  const spellCheckId = useId();
  const spellCheckHintId = useId();
  const maxImageId = useId();
  const maxImageHintId = useId();
  const [conversion, setConversion] = useState<Conversion>({ kind: 'idle' });

  const convert = async () => {
    setConversion({ kind: 'running' });
    try {
      setConversion({ kind: 'done', changed: await onConvertToneStyle() });
    } catch (failure) {
      setConversion({ kind: 'failed', error: failure });
    }
  };

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
          aria-describedby={toneStyleHintId}
          disabled={conversion.kind === 'running'}
          onChange={(event) => {
            setConversion({ kind: 'idle' });
            onChange({ toneStyle: event.target.value as ToneStyle });
          }}
        >
          {toneStyles.map((style) => (
            <option key={style} value={style}>{t.toneStyles[style]}</option>
          ))}
        </select>
        <p id={toneStyleHintId} className="field-hint">{t.toneStyleHint}</p>
        <div className="field-action">
          <button
            type="button"
            className="button"
            aria-describedby={toneStyleHintId}
            disabled={conversion.kind === 'running'}
            onClick={() => void convert()}
          >
            {t.convertToneStyle}
          </button>
        </div>
        <p className="field-hint" role="status">
          {conversion.kind === 'running' ? t.convertingToneStyle : conversion.kind === 'done' ? t.toneStyleConverted(conversion.changed) : ''}
        </p>
        {conversion.kind === 'failed' && (
          <p className="field-error" role="alert">{t.toneStyleConvertFailed(describeError(conversion.error, t))}</p>
        )}
      </div>
      <div className="field">
        <div className="field-inline">
          <input
            id={spellCheckId}
            type="checkbox"
            checked={settings.spellCheck}
            aria-describedby={spellCheckHintId}
            onChange={(event) => onChange({ spellCheck: event.target.checked })}
          />
          <label htmlFor={spellCheckId}>{t.spellCheck}</label>
        </div>
        <p id={spellCheckHintId} className="field-hint">{t.spellCheckHint}</p>
      </div>
      <div className="field">
        <label htmlFor={maxImageId} className="field-label">{t.maxImageMegabytes}</label>
        <input
          id={maxImageId}
          type="number"
          className="text-input"
          min={1}
          max={maxImageMegabytesCeiling}
          step={1}
          defaultValue={settings.maxImageMegabytes}
          aria-describedby={maxImageHintId}
          onChange={(event) => {
            const value = event.target.valueAsNumber;
            if (Number.isInteger(value) && value >= 1 && value <= maxImageMegabytesCeiling) onChange({ maxImageMegabytes: value });
          }}
        />
        <p id={maxImageHintId} className="field-hint">{t.maxImageMegabytesHint(maxImageMegabytesCeiling)}</p>
      </div>
      <fieldset className="field">
        <legend className="field-label">{t.lengthLimits}</legend>
        <LengthLimitField name="headlineLimit" label={t.headlineLimit} value={settings.headlineLimit} onChange={onChange} />
        <LengthLimitField name="sapoLimit" label={t.sapoLimit} value={settings.sapoLimit} onChange={onChange} />
      </fieldset>
      <ExportSettings settings={settings} onChange={onChange} />
      <CategoriesSection />
      <AuthorsSection />
      <CommentSettingsSection settings={settings} onChange={onChange} {...(onWordListsChanged ? { onWordListsChanged } : {})} />
      <BackupSection settings={settings} onChange={onChange} />
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>{t.close}</button>
      </div>
    </ModalDialog>
  );
}

interface LengthLimitFieldProps {
  name: keyof typeof lengthLimitRanges;
  label: string;
  value: number;
  onChange: (changes: Partial<Settings>) => void;
}

/** One length limit: saved when the field is left or Enter is pressed, and only when it is a whole number in range. */
function LengthLimitField({ name, label, value, onChange }: LengthLimitFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const { min, max } = lengthLimitRanges[name];
  const [text, setText] = useState(String(value));
  const commit = () => {
    const number = Number(text);
    if (Number.isInteger(number) && number >= min && number <= max) {
      if (number !== value) onChange({ [name]: number });
    } else {
      setText(String(value));
    }
  };
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="text-input number-input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span id={hintId} className="visually-hidden">{t.lengthLimitRange(min, max)}</span>
    </div>
  );
}

/** Xuất HTML: the largest image width of 'folder' exports, whether the originals go too, and the folder. */
function ExportSettings({ settings, onChange }: { settings: Settings; onChange: (changes: Partial<Settings>) => void }) {
  const t = useT();
  const widthId = useId();
  const widthHintId = useId();
  const originalsId = useId();
  const folderId = useId();
  const folderHintId = useId();
  const { min, max } = exportImageWidthRange;
  const [width, setWidth] = useState(String(settings.exportImageMaxWidth));
  const [folder, setFolder] = useState(settings.exportFolder);
  const commitWidth = () => {
    const number = Number(width);
    if (Number.isInteger(number) && number >= min && number <= max) {
      if (number !== settings.exportImageMaxWidth) onChange({ exportImageMaxWidth: number });
    } else {
      setWidth(String(settings.exportImageMaxWidth));
    }
  };
  const commitFolder = () => {
    if (folder.trim() !== settings.exportFolder) onChange({ exportFolder: folder.trim() });
  };
  return (
    <fieldset className="field">
      <legend className="field-label">{t.exportHtml}</legend>
      <div className="field-inline">
        <label htmlFor={widthId}>{t.exportImageMaxWidth}</label>
        <input
          id={widthId}
          className="text-input number-input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={width}
          aria-describedby={widthHintId}
          onChange={(event) => setWidth(event.target.value)}
          onBlur={commitWidth}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitWidth();
          }}
        />
      </div>
      <p id={widthHintId} className="field-hint">{t.exportImageMaxWidthHint(min, max)}</p>
      <div className="field-inline">
        <input
          id={originalsId}
          type="checkbox"
          checked={settings.exportOriginals}
          onChange={(event) => onChange({ exportOriginals: event.target.checked })}
        />
        <label htmlFor={originalsId}>{t.exportOriginals}</label>
      </div>
      <div className="field">
        <label htmlFor={folderId} className="field-label">{t.exportFolder}</label>
        <input
          id={folderId}
          type="text"
          className="text-input"
          spellCheck={false}
          value={folder}
          aria-describedby={folderHintId}
          onChange={(event) => setFolder(event.target.value)}
          onBlur={commitFolder}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitFolder();
          }}
        />
        <p id={folderHintId} className="field-hint">{t.exportSettingsFolderHint}</p>
      </div>
    </fieldset>
  );
}
