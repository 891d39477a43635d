import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ResultOf } from '../../shared/api/contract';
import { ApiError, isApiErrorShape } from '../../shared/api/errors';
import { api } from '../api/client';
import { I18nProvider, messagesFor, useT } from '../i18n/i18n';
import { describeError } from './describe-error';

type DatabaseStatus = ResultOf<'database.status'>;

/** How often the page asks again while the database is open: the background integrity check runs a minute after start (at most once a day) and may find damage. */
const statusPollMilliseconds = 60_000;

/**
 * Shows the app once the database is open. When it could not be opened at start (damaged, not
 * permitted, too new), shows why instead, and for a damaged file offers "Khôi phục từ bản sao
 * lưu": the newest backup that passes the integrity check; the damaged file is kept aside. When
 * the background integrity check finds damage while the app is open, a notice above the app says
 * so and offers the same restore; the app stays as it is meanwhile (nothing open is lost).
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<DatabaseStatus | 'asking' | 'unknown'>('asking');

  useEffect(() => {
    let stopped = false;
    const ask = () =>
      api['database.status']({}).then(
        (next) => {
          if (!stopped) setStatus(next);
        },
        // Should the question itself fail, the app opens and shows its own errors.
        () => {
          if (!stopped) setStatus((previous) => (previous === 'asking' ? 'unknown' : previous));
        },
      );
    void ask();
    const timer = window.setInterval(() => void ask(), statusPollMilliseconds);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  if (status === 'asking') return null;
  if (status === 'unknown' || status.state === 'open') {
    // The notice comes and goes in a slot of its own: the app is never mounted anew.
    return (
      <>
        {status !== 'unknown' && status.damaged ? (
          <I18nProvider language="vi">
            <DatabaseDamagedNotice status={status} />
          </I18nProvider>
        ) : null}
        {children}
      </>
    );
  }
  return (
    <I18nProvider language="vi">
      <DatabaseUnavailable status={status} />
    </I18nProvider>
  );
}

/** Restores the newest backup that passes the check, then reloads the page. */
function useRestoreNewest() {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'restoring' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const restore = async () => {
    setState({ kind: 'restoring' });
    try {
      await api['database.restore']({});
      window.location.reload();
    } catch (failure) {
      setState({ kind: 'failed', error: failure });
    }
  };
  return { state, restore };
}

/** "Khôi phục từ bản sao lưu" (when there is a backup), what it is doing, and why it failed. */
function RestoreNewest({ backupCount }: { backupCount: number }) {
  const t = useT();
  const { state, restore } = useRestoreNewest();
  return (
    <>
      {backupCount > 0 && (
        <button type="button" className="button button-primary" disabled={state.kind === 'restoring'} onClick={() => void restore()}>
          {t.restoreNewestBackup}
        </button>
      )}
      <p className="field-hint" role="status">{state.kind === 'restoring' ? t.restoring : ''}</p>
      {state.kind === 'failed' && <p className="field-error" role="alert">{t.restoreFailed(describeError(state.error, t))}</p>}
    </>
  );
}

/** Damage found by the background integrity check while the database is open. */
function DatabaseDamagedNotice({ status }: { status: DatabaseStatus }) {
  const t = useT();
  const en = messagesFor('en');
  const titleId = useId();
  const error = status.error && isApiErrorShape(status.error) ? ApiError.fromShape(status.error) : null;
  return (
    <section className="database-damaged-notice" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.databaseDamagedTitle}</h2>
      <p role="alert">{error ? describeError(error, t) : status.databasePath}</p>
      <p lang="en" className="field-hint">{error ? error.message : ''}</p>
      <p>{t.databaseDamagedOffer(status.backupCount)}</p>
      <p lang="en" className="field-hint">{en.databaseDamagedOffer(status.backupCount)}</p>
      <p className="field-hint">{status.backupFolder}</p>
      <RestoreNewest backupCount={status.backupCount} />
    </section>
  );
}

function DatabaseUnavailable({ status }: { status: DatabaseStatus }) {
  const t = useT();
  const en = messagesFor('en');
  const titleId = useId();
  const error = status.error && isApiErrorShape(status.error) ? ApiError.fromShape(status.error) : null;

  return (
    <main className="database-unavailable" aria-labelledby={titleId}>
      <h1 id={titleId}>{t.databaseUnavailableTitle}</h1>
      <p role="alert">{error ? describeError(error, t) : status.databasePath}</p>
      <p lang="en" className="field-hint">{error ? error.message : ''}</p>
      {status.damaged ? (
        <>
          <p>{t.databaseDamagedOffer(status.backupCount)}</p>
          <p className="field-hint">{status.backupFolder}</p>
          <RestoreNewest backupCount={status.backupCount} />
        </>
      ) : (
        <p>{t.databaseNotDamagedHint}</p>
      )}
      <p lang="en" className="field-hint">{status.damaged ? en.databaseDamagedOffer(status.backupCount) : en.databaseNotDamagedHint}</p>
    </main>
  );
}
