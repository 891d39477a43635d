import { useT } from '../i18n/i18n';

interface ConflictBannerProps {
  busy: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}

/** Shown when a save met a newer version saved elsewhere. Nothing is saved until the user chooses. */
export function ConflictBanner({ busy, onKeepMine, onLoadTheirs }: ConflictBannerProps) {
  const t = useT();
  return (
    <div className="conflict-banner" role="alert">
      <p className="conflict-message">{t.conflictMessage}</p>
      <div className="conflict-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onKeepMine}>{t.keepMine}</button>
        <button type="button" className="button" disabled={busy} onClick={onLoadTheirs}>{t.loadTheirs}</button>
      </div>
    </div>
  );
}
