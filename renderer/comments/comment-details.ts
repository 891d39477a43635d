import { useEffect, useState } from 'react';
import type { ResultOf } from '../../shared/api/contract';
import { api } from '../api/client';

export type CommentDetails = ResultOf<'comments.details'>;

/**
 * What `comments.details` said of each comment, kept while the queue is open so that moving back
 * and forth costs nothing; the next comment's details are asked for ahead (`prefetch`).
 */
export class CommentDetailsCache {
  private readonly entries = new Map<number, Promise<CommentDetails>>();

  get(id: number): Promise<CommentDetails> {
    let entry = this.entries.get(id);
    if (entry === undefined) {
      entry = api['comments.details']({ id });
      entry.catch(() => this.entries.delete(id));
      this.entries.set(id, entry);
    }
    return entry;
  }

  prefetch(id: number | undefined): void {
    if (id !== undefined) void this.get(id).catch(() => undefined);
  }

  /** After a change that may touch any author's history (reject all of an author, undo, import). */
  clear(): void {
    this.entries.clear();
  }
}

export type DetailsState = { phase: 'loading' } | { phase: 'done'; details: CommentDetails } | { phase: 'failed'; error: unknown };

/** The details of comment `id` (0 for none), from the cache. */
export function useCommentDetails(cache: CommentDetailsCache, id: number, version: number): DetailsState {
  const [state, setState] = useState<{ id: number; version: number; value: DetailsState }>({ id, version, value: { phase: 'loading' } });
  useEffect(() => {
    if (id <= 0) return;
    let current = true;
    cache.get(id).then(
      (details) => current && setState({ id, version, value: { phase: 'done', details } }),
      (error: unknown) => current && setState({ id, version, value: { phase: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [cache, id, version]);
  return state.id === id && state.version === version ? state.value : { phase: 'loading' };
}
