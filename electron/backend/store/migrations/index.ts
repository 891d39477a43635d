import type { Migration } from './migration';
import { migration0010Initial } from './0010-initial';
import { migration0020SearchIndex } from './0020-search-index';
import { migration0030PendingAutosaveRevisions } from './0030-pending-autosave-revisions';
import { migration0040DeferredSearchData } from './0040-deferred-search-data';
import { migration0050ToneStyleRevisions } from './0050-tone-style-revisions';
import { migration0070Bylines } from './0070-bylines';
import { migration0080ArticleMetadata } from './0080-article-metadata';
import { migration0090Export } from './0090-export';
import { migration0100Comments } from './0100-comments';
import { migration0110DropCommentImportStaging } from './0110-drop-comment-import-staging';
import { migration0120VersionHistory } from './0120-version-history';
import { migration0130ArticleListIndex } from './0130-article-list-index';
import { migration0140HeadlineLeadIndex } from './0140-headline-lead-index';
import { migration0150AuthorSearchTokens } from './0150-author-search-tokens';

/** Every migration, in order. Add a step with one line; never edit or reorder a shipped one. */
export const migrations: readonly Migration[] = [
  migration0010Initial,
  migration0020SearchIndex,
  migration0030PendingAutosaveRevisions,
  migration0040DeferredSearchData,
  migration0050ToneStyleRevisions,
  migration0070Bylines,
  migration0080ArticleMetadata,
  migration0090Export,
  migration0100Comments,
  migration0110DropCommentImportStaging,
  migration0120VersionHistory,
  migration0130ArticleListIndex,
  migration0140HeadlineLeadIndex,
  migration0150AuthorSearchTokens,
];
