import { useCallback, useEffect, useId, useState } from 'react';
import type { Settings } from '../../shared/model/settings';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { WordListField, type WordList } from './word-list-field';

interface CommentSettingsProps {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
  /** After a word list changed: the comments not yet decided were checked again. */
  onWordListsChanged?: () => void;
}

/** Cài đặt › Bình luận: Tên người duyệt, Tự động từ chối bình luận có từ cấm, and the word lists Từ cấm and Từ cần xem xét. */
export function CommentSettingsSection({ settings, onChange, onWordListsChanged }: CommentSettingsProps) {
  const t = useT();
  const titleId = useId();
  const moderatorId = useId();
  const moderatorHintId = useId();
  const autoRejectId = useId();
  const [moderator, setModerator] = useState(settings.moderatorName);
  const [lists, setLists] = useState<Record<WordList, string[]> | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    api['comments.wordLists']({}).then(setLists, setFailure);
  }, []);

  const commitModerator = () => {
    if (moderator.trim() !== settings.moderatorName) onChange({ moderatorName: moderator.trim() });
  };

  const listsChanged = useCallback(
    (next: Record<WordList, string[]>) => {
      setLists(next);
      onWordListsChanged?.();
    },
    [onWordListsChanged],
  );

  return (
    <section className="field" aria-labelledby={titleId}>
      <h3 id={titleId} className="field-label">{t.comments}</h3>
      <div className="field">
        <label htmlFor={moderatorId}>{t.moderatorName}</label>
        <input id={moderatorId} type="text" className="text-input" lang="vi" maxLength={200} value={moderator} aria-describedby={moderatorHintId}
          onChange={(event) => setModerator(event.target.value)} onBlur={commitModerator}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitModerator();
          }} />
        <p id={moderatorHintId} className="field-hint">{t.moderatorNameHint}</p>
      </div>
      <div className="field-inline">
        <input id={autoRejectId} type="checkbox" checked={settings.autoRejectBanned} onChange={(event) => onChange({ autoRejectBanned: event.target.checked })} />
        <label htmlFor={autoRejectId}>{t.autoRejectBanned}</label>
      </div>
      {failure !== null && <p className="field-error" role="alert">{t.wordListFailed(describeError(failure, t))}</p>}
      {lists !== null && (
        <>
          <WordListField list="banned" entries={lists.banned} onSaved={listsChanged} />
          <WordListField list="suspect" entries={lists.suspect} onSaved={listsChanged} />
        </>
      )}
    </section>
  );
}
