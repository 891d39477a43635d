import type { KeyboardEvent } from 'react';
import { commentQueues, type CommentCounts, type CommentQueue } from '../../shared/model/comment';
import { useT } from '../i18n/i18n';

interface QueueTabsProps {
  queue: CommentQueue;
  counts: CommentCounts | null;
  panelId: string;
  tabId: (queue: CommentQueue) => string;
  onChange: (queue: CommentQueue) => void;
}

/** Chờ duyệt, Bị báo cáo, Đã duyệt, Đã từ chối, Thư rác, each with its count; arrow keys move between them. */
export function QueueTabs({ queue, counts, panelId, tabId, onChange }: QueueTabsProps) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = commentQueues[(commentQueues.indexOf(queue) + step + commentQueues.length) % commentQueues.length]!;
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div className="queue-tabs" role="tablist" aria-label={t.commentQueuesLabel} onKeyDown={onKeyDown}>
      {commentQueues.map((name) => (
        <button
          key={name}
          id={tabId(name)}
          type="button"
          role="tab"
          className="queue-tab"
          aria-selected={name === queue}
          aria-controls={panelId}
          tabIndex={name === queue ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {t.commentQueueNames[name]}
          {counts !== null && <span className="queue-count"> ({t.commentNumber(counts[name])})</span>}
        </button>
      ))}
    </div>
  );
}
