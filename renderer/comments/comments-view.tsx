import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { CommentQueue } from '../../shared/model/comment';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { CommentCard } from './comment-card';
import { CommentDetailsCache, useCommentDetails } from './comment-details';
import { CommentFilters, noFilters, toCommentFilter, type QueueFilters } from './comment-filters';
import { CommentImport } from './comment-import';
import { ModerationActions } from './moderation-actions';
import { useModerationKeys, type ModerationCommand } from './moderation-keys';
import { QueueList } from './queue-list';
import { QueueTabs } from './queue-tabs';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useCommentQueue } from './use-comment-queue';

/**
 * Bình luận: the five queues with their counts, the filters, and the focused comment, moderated
 * from the keyboard (moderation-keys.ts) or the buttons. `refreshKey` changes when something else
 * changed the comments (the word lists in Cài đặt); `searchRef` is Tìm bình luận, for Ctrl+F.
 */
export function CommentsView({ refreshKey, searchRef }: { refreshKey: number; searchRef?: Ref<HTMLInputElement> }) {
  const t = useT();
  const titleId = useId();
  const panelId = useId();
  const tabPrefix = useId();
  const tabId = useCallback((queue: CommentQueue) => `${tabPrefix}-${queue}`, [tabPrefix]);
  const [store, state] = useCommentQueue();
  const [queue, setQueue] = useState<CommentQueue>('pending');
  const [filters, setFilters] = useState<QueueFilters>(noFilters);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [cache] = useState(() => new CommentDetailsCache());
  const [detailsVersion, setDetailsVersion] = useState(0);
  const cardRef = useRef<HTMLElement>(null);

  useEffect(() => {
    cache.clear();
    setDetailsVersion((version) => version + 1);
    void store.open(queue, toCommentFilter(filters));
  }, [store, cache, queue, filters, refreshKey]);

  const focused = state.comments[state.position] ?? null;
  const details = useCommentDetails(cache, focused?.id ?? 0, detailsVersion);
  const nextId = state.comments[state.position + 1]?.id;
  useEffect(() => cache.prefetch(nextId), [cache, nextId]);

  // The focused comment takes the keyboard focus, unless the user is in a filter field or dialog.
  useLayoutEffect(() => {
    const active = document.activeElement;
    const elsewhere = active instanceof HTMLElement && active !== document.body && (active.closest('input, textarea, select, dialog') !== null || !active.isConnected);
    if (!elsewhere) cardRef.current?.focus({ preventScroll: false });
  }, [focused?.id, state.loading]);

  const refreshDetails = () => {
    cache.clear();
    setDetailsVersion((version) => version + 1);
  };

  const run = (command: ModerationCommand) => {
    switch (command) {
      case 'next':
        return store.move(1);
      case 'previous':
        return store.move(-1);
      case 'approve':
        return void store.decide('approved');
      case 'reject':
        return void store.decide('rejected');
      case 'spam':
        return void store.decide('spam');
      case 'undo':
        return void store.undo().then(refreshDetails);
      case 'select':
        return store.toggleSelected();
      case 'approveSelected':
        return void store.decide('approved', 'selection');
      case 'rejectSelected':
        return void store.decide('rejected', 'selection');
      case 'spamSelected':
        return void store.decide('spam', 'selection');
      case 'shortcuts':
        return setShortcutsOpen(true);
    }
  };
  useModerationKeys(run);

  const activeTab = tabId(queue);
  return (
    <section className="comments-view" aria-labelledby={titleId}>
      <div className="comments-toolbar">
        <h2 id={titleId} className="list-title">{t.comments}</h2>
        <CommentImport onImported={() => {
          refreshDetails();
          void store.reload();
        }} />
      </div>
      <QueueTabs queue={queue} counts={state.counts} panelId={panelId} tabId={tabId} onChange={setQueue} />
      <CommentFilters filters={filters} onChange={setFilters} searchRef={searchRef} />
      <div id={panelId} role="tabpanel" aria-labelledby={activeTab} className="comments-panel">
        {state.error !== null && (
          <div className="app-notice" role="alert">
            <p>{describeError(state.error, t)}</p>
            <button type="button" className="button button-quiet" aria-label={t.close} onClick={() => store.dismissError()}>×</button>
          </div>
        )}
        <ModerationActions
          hasComment={focused !== null}
          selectedCount={state.selected.size}
          onApprove={() => run('approve')}
          onReject={() => run('reject')}
          onSpam={() => run('spam')}
          onUndo={() => run('undo')}
          onRejectAuthor={() => void store.rejectAuthor().then(refreshDetails)}
          onSelected={(decision) => void store.decide(decision, 'selection')}
          onShortcuts={() => setShortcutsOpen(true)}
        />
        <p className="queue-position" aria-live="off">
          {state.loading ? t.loading : focused === null ? '' : t.commentPosition(state.position + 1, state.total)}
        </p>
        <div className="comments-columns">
          <QueueList comments={state.comments} position={state.position} selected={state.selected} label={t.commentQueueNames[queue]}
            onFocus={(id) => store.focusComment(id)} onToggle={(id) => store.toggleSelected(id)} />
          {focused !== null ? (
            <CommentCard key={focused.id} comment={focused} details={details} cardRef={cardRef}
              onFilterArticle={(id, headline) => setFilters({ ...filters, article: { id, headline } })} />
          ) : (
            !state.loading && <p className="workspace-message" tabIndex={-1}>{t.commentQueueEmpty}</p>
          )}
        </div>
      </div>
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
    </section>
  );
}
