import { useT } from '../i18n/i18n';

interface ModerationActionsProps {
  hasComment: boolean;
  selectedCount: number;
  onApprove: () => void;
  onReject: () => void;
  onSpam: () => void;
  onUndo: () => void;
  onRejectAuthor: () => void;
  onSelected: (decision: 'approved' | 'rejected' | 'spam') => void;
  onShortcuts: () => void;
}

/** The buttons of the keyboard's commands: Duyệt (a), Từ chối (r), Thư rác (s), Hoàn tác (u), and the selection's. */
export function ModerationActions(props: ModerationActionsProps) {
  const t = useT();
  const { hasComment, selectedCount } = props;
  return (
    <div className="moderation-actions" role="toolbar" aria-label={t.commentActions}>
      <button type="button" className="button button-primary" disabled={!hasComment} aria-keyshortcuts="A" title={`${t.commentApprove} (a)`} onClick={props.onApprove}>
        {t.commentApprove}
      </button>
      <button type="button" className="button" disabled={!hasComment} aria-keyshortcuts="R" title={`${t.commentReject} (r)`} onClick={props.onReject}>
        {t.commentReject}
      </button>
      <button type="button" className="button" disabled={!hasComment} aria-keyshortcuts="S" title={`${t.commentSpam} (s)`} onClick={props.onSpam}>
        {t.commentSpam}
      </button>
      <button type="button" className="button" aria-keyshortcuts="U" title={`${t.commentUndo} (u)`} onClick={props.onUndo}>
        {t.commentUndo}
      </button>
      <button type="button" className="button" disabled={!hasComment} onClick={props.onRejectAuthor}>
        {t.commentRejectAuthor}
      </button>
      {selectedCount > 0 && (
        <span className="moderation-selection">
          <span>{t.commentSelectedCount(selectedCount)}</span>
          <button type="button" className="button" aria-keyshortcuts="Shift+A" onClick={() => props.onSelected('approved')}>{t.commentApproveSelected}</button>
          <button type="button" className="button" aria-keyshortcuts="Shift+R" onClick={() => props.onSelected('rejected')}>{t.commentRejectSelected}</button>
          <button type="button" className="button" aria-keyshortcuts="Shift+S" onClick={() => props.onSelected('spam')}>{t.commentSpamSelected}</button>
        </span>
      )}
      <button type="button" className="button button-quiet" aria-keyshortcuts="?" onClick={props.onShortcuts}>
        {t.commentShortcuts}
      </button>
    </div>
  );
}
