import { memo } from 'react';
import type { Comment } from '../../shared/model/comment';
import { useT } from '../i18n/i18n';
import { RovingList } from '../shell/roving-list';
import { excerpt } from './excerpt';

/** Rows shown before the focused comment; the list shows a window of the loaded comments, not all of them. */
const rowsBefore = 5;
const rowsShown = 40;

interface QueueListProps {
  comments: readonly Comment[];
  position: number;
  selected: ReadonlySet<number>;
  label: string;
  onFocus: (id: number) => void;
  onToggle: (id: number) => void;
}

/** The comments around the focused one: author, time and the start of the text; a box to select each. */
export function QueueList({ comments, position, selected, label, onFocus, onToggle }: QueueListProps) {
  const start = Math.max(0, Math.min(position - rowsBefore, comments.length - rowsShown));
  const shown = comments.slice(start, start + rowsShown);
  return (
    <RovingList className="queue-list" aria-label={label} primary=".queue-row-open" preferred=".is-current">
      {shown.map((comment, index) => (
        <QueueRow key={comment.id} comment={comment} current={start + index === position} checked={selected.has(comment.id)} onFocus={onFocus} onToggle={onToggle} />
      ))}
    </RovingList>
  );
}

interface QueueRowProps {
  comment: Comment;
  current: boolean;
  checked: boolean;
  onFocus: (id: number) => void;
  onToggle: (id: number) => void;
}

const QueueRow = memo(function QueueRow({ comment, current, checked, onFocus, onToggle }: QueueRowProps) {
  const t = useT();
  return (
    <li className={`queue-row${current ? ' is-current' : ''}${checked ? ' is-checked' : ''}`}>
      <input type="checkbox" className="row-check" aria-label={t.commentSelect(comment.author)} checked={checked}
        onChange={() => onToggle(comment.id)} />
      <button type="button" className="queue-row-open" aria-current={current ? 'true' : undefined} onClick={() => onFocus(comment.id)}>
        <span className="queue-row-author" lang="vi">{comment.author}</span>
        <span className="queue-row-time">{t.dateTime(comment.createdAt)}</span>
        <span className="queue-row-text" lang="vi">{excerpt(comment.body, 90)}</span>
      </button>
    </li>
  );
});
