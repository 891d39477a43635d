import type { CommentSource, CommentStatus } from '../../../shared/model/comment';

/** One comment as an importer reads it from a file, before it is matched, flagged and stored. */
export interface ParsedComment {
  source: CommentSource;
  externalId: string;
  /** The article as the file names it: its id in the source (WordPress post id, Disqus thread id), URL and title. */
  article: { externalId: string | null; url: string; title: string };
  author: string;
  email: string | null;
  /** Plain text, NFC (converted from a legacy encoding when it was in one). */
  body: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  parentExternalId: string | null;
  status: CommentStatus;
  reports: number;
  /** Where it is in the file, for messages: "line 12" (CSV), "record 5" (JSON), "comment 3" (XML). */
  where: string;
}
