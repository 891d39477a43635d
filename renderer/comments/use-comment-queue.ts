import { useState, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { CommentQueueStore, type CommentQueueState } from './comment-queue-store';

/** The page's queue store, over the backend's comments methods. */
export function useCommentQueue(): [CommentQueueStore, CommentQueueState] {
  const [store] = useState(
    () =>
      new CommentQueueStore({
        page: (args) => api['comments.queue'](args),
        counts: (filter) => api['comments.counts']({ filter }),
        decide: (ids, decision) => api['comments.decide']({ ids, decision }),
        rejectAuthor: (id) => api['comments.rejectAuthor']({ id }),
        undo: () => api['comments.undo']({}),
      }),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return [store, state];
}
