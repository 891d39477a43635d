import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ResultOf } from '../../shared/api/contract';
import { ApiError, isApiErrorShape } from '../../shared/api/errors';
import { api } from '../api/client';
import { I18nProvider, messagesFor, useT } from '../i18n/i18n';
import { describeError } from './describe-error';

type DatabaseStatus = ResultOf<'database.status'>;

/**
 * Shows the app once the database is open. When it could not be opened at start (damaged, not
 * permitted, too new), shows why instead, and for a damaged file offers "Khôi phục từ bản sao
 * lưu": the newest backup that passes the integrity check; the damaged file is kept aside.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<DatabaseStatus | 'asking' | 'unknown'>('asking');

  useEffect(() => {
    // Should the question itself fail, the app opens and shows its own errors.
    api['database.status']({}).then(setStatus, () => setStatus('unknown'));
  }, []);

  if (status === 'asking') return null;
  if (status === 'unknown' || status.state === 'open') return <>{children}</>;
  return (
    <I18nProvider language="vi">
      <DatabaseUnavailable status={status} />
    </I18nProvider>
  );
}

function DatabaseUnavailable({ status }: { status: DatabaseStatus }) {
  const t = useT();
  const en = messagesFor('en');
  const titleId = useId();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'restoring' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const error = status.error && isApiErrorShape(status.error) ? ApiError.fromShape(status.error) : null;

  const restore = async () => {
    setState({ kind: 'restoring' });
    try {
      await api['database.restore']({});
      window.location.reload();
    } catch (failure) {
      setState({ kind: 'failed', error: failure });
    }
  };

  return (
    <main className="database-unavailable" aria-labelledby={titleId}>
      <h1 id={titleId}>{t.databaseUnavailableTitle}</h1>
      <p role="alert">{error ? describeError(error, t) : status.databasePath}</p>
      <p lang="en" className="field-hint">{error ? error.message : ''}</p>
      {status.damaged ? (
        <>
          <p>{t.databaseDamagedOffer(status.backupCount)}</p>
          <p className="field-hint">{status.backupFolder}</p>
          {status.backupCount > 0 && (
            <button type="button" className="button button-primary" disabled={state.kind === 'restoring'} onClick={() => void restore()}>
              {t.restoreNewestBackup}
            </button>
          )}
          <p className="field-hint" role="status">{state.kind === 'restoring' ? t.restoring : ''}</p>
          {state.kind === 'failed' && <p className="field-error" role="alert">{t.restoreFailed(describeError(state.error, t))}</p>}
        </>
      ) : (
        <p>{t.databaseNotDamagedHint}</p>
      )}
      <p lang="en" className="field-hint">{status.damaged ? en.databaseDamagedOffer(status.backupCount) : en.databaseNotDamagedHint}</p>
    </main>
  );
}
