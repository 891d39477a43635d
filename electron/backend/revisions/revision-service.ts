import { ApiError } from '../../../shared/api/errors';
import type { ArticleStatus, ArticleSummary } from '../../../shared/model/article';
import type { Revision, RevisionSummary } from '../../../shared/model/revision';
import { storedBodyText } from '../articles/article-body';
import { articleNotFound, updateArticle } from '../articles/article-writer';
import { parseBylinesJson } from '../authors/article-bylines';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import { snapshotBodyJson } from './revision-compression';
import { parseMetadataJson, type RevisionSnapshotRow, type RevisionSummaryRow, revisionSummaryColumns, rowToRevision, rowToRevisionSummary } from './revision-row';

/** The revision methods of the contract, over one database. */
export interface RevisionService {
  list(articleId: number): RevisionSummary[];
  get(id: number): Revision;
  restore(id: number, expectedVersion: number): ArticleSummary;
}

export function createRevisionService(context: BackendContext): RevisionService {
  const { queries } = context;

  const getRow = (id: number): RevisionSnapshotRow => {
    const row = queries.get<RevisionSnapshotRow>(sql`SELECT * FROM revision_snapshots WHERE id = ${id}`);
    if (!row) throw new ApiError('revision-not-found', { id }, { where: 'id' });
    return row;
  };

  return {
    list(articleId) {
      const exists = queries.get(sql`SELECT 1 AS found FROM articles WHERE id = ${articleId}`);
      if (!exists) throw articleNotFound(articleId, 'articleId');
      return queries
        .all<RevisionSummaryRow>(sql`SELECT ${revisionSummaryColumns} FROM revision_snapshots WHERE article_id = ${articleId} ORDER BY id DESC`)
        .map(rowToRevisionSummary);
    },

    get(id) {
      return rowToRevision(getRow(id));
    },

    restore(id, expectedVersion) {
      return queries.transaction(() => {
        const revision = getRow(id);
        const bodyJson = snapshotBodyJson(revision);
        // A snapshot from before bylines were versioned (NULL) leaves the article's bylines as they are.
        const bylines = parseBylinesJson(revision.bylines_json);
        // Likewise a snapshot from before the metadata was versioned keeps the article's date, place and tags.
        const metadata = parseMetadataJson(revision.metadata_json);
        // A category deleted since the snapshot cannot come back: the article keeps its current one.
        if (metadata?.categoryId != null && !queries.get(sql`SELECT 1 AS found FROM categories WHERE id = ${metadata.categoryId}`)) delete metadata.categoryId;
        // Likewise related articles deleted since are left out.
        if (metadata?.related) metadata.related = metadata.related.filter((relatedId) => relatedId !== revision.article_id && queries.get(sql`SELECT 1 AS found FROM articles WHERE id = ${relatedId}`));
        return updateArticle(
          context,
          revision.article_id,
          expectedVersion,
          {
            headline: revision.headline,
            sapo: revision.sapo,
            sourcePrefix: revision.source_prefix,
            body: { jsonParts: [bodyJson], ...storedBodyText(bodyJson) },
            status: revision.status as ArticleStatus,
            ...(bylines ? { bylines } : {}),
            ...(metadata ?? {}),
          },
          'restore',
        );
      });
    },
  };
}
