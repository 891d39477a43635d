import { useEffect, useId, useState } from 'react';
import type { ResultOf } from '../../shared/api/contract';
import { backupKeepRange, type Settings } from '../../shared/model/settings';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { RestoreConfirmDialog } from './restore-confirm-dialog';

interface BackupSectionProps {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
}

type BackupList = ResultOf<'database.backups'>;

/**
 * Cài đặt › Sao lưu: Tự động sao lưu, Số bản sao lưu giữ lại, the backups with date and size, and
 * "Khôi phục từ bản sao lưu" for the chosen one (after a confirmation). After a restore the page
 * reloads: everything it shows came from the previous file.
 */
export function BackupSection({ settings, onChange }: BackupSectionProps) {
  const t = useT();
  const titleId = useId();
  const autoId = useId();
  const autoHintId = useId();
  const keepId = useId();
  const keepHintId = useId();
  const listId = useId();
  const [list, setList] = useState<BackupList | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [keep, setKeep] = useState(String(settings.backupKeep));

  useEffect(() => {
    api['database.backups']({}).then((listed) => {
      setList(listed);
      setChosen(listed.backups[0]?.name ?? null);
    }, setFailure);
  }, []);

  const commitKeep = () => {
    const number = Number(keep);
    if (Number.isInteger(number) && number >= backupKeepRange.min && number <= backupKeepRange.max) {
      if (number !== settings.backupKeep) onChange({ backupKeep: number });
    } else {
      setKeep(String(settings.backupKeep));
    }
  };
  const chosenBackup = list?.backups.find((backup) => backup.name === chosen) ?? null;

  return (
    <section className="field" aria-labelledby={titleId}>
      <h3 id={titleId} className="field-label">{t.backups}</h3>
      <div className="field-inline">
        <input id={autoId} type="checkbox" checked={settings.autoBackup} aria-describedby={autoHintId} onChange={(event) => onChange({ autoBackup: event.target.checked })} />
        <label htmlFor={autoId}>{t.autoBackup}</label>
      </div>
      <p id={autoHintId} className="field-hint">{t.autoBackupHint(list?.folder ?? 'newsdesk-backups')}</p>
      <div className="field-inline">
        <label htmlFor={keepId}>{t.backupKeep}</label>
        <input
          id={keepId}
          className="text-input number-input"
          type="number"
          inputMode="numeric"
          min={backupKeepRange.min}
          max={backupKeepRange.max}
          step={1}
          value={keep}
          aria-describedby={keepHintId}
          onChange={(event) => setKeep(event.target.value)}
          onBlur={commitKeep}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitKeep();
          }}
        />
      </div>
      <p id={keepHintId} className="field-hint">{t.backupKeepHint(backupKeepRange.min, backupKeepRange.max)}</p>
      {list !== null && list.backups.length === 0 && <p className="field-hint">{t.backupNone}</p>}
      {list !== null && list.backups.length > 0 && (
        <div className="field">
          <label htmlFor={listId} className="field-label">{t.backupList}</label>
          <select id={listId} className="select-input" size={Math.min(6, list.backups.length + 1)} value={chosen ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {list.backups.map((backup) => (
              <option key={backup.name} value={backup.name}>{t.backupItem(t.backupDate(backup.createdAt), t.backupSize(backup.bytes))}</option>
            ))}
          </select>
          <div className="field-action">
            <button type="button" className="button" disabled={chosenBackup === null} onClick={() => setConfirming(true)}>
              {t.restoreFromBackup}
            </button>
          </div>
        </div>
      )}
      {failure !== null && <p className="field-error" role="alert">{t.restoreFailed(describeError(failure, t))}</p>}
      {confirming && chosenBackup !== null && (
        <RestoreConfirmDialog
          date={t.backupDate(chosenBackup.createdAt)}
          onCancel={() => setConfirming(false)}
          onConfirm={() => api['database.restore']({ name: chosenBackup.name })}
        />
      )}
    </section>
  );
}
