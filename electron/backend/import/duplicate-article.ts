import type { DocNode } from '../../../shared/model/document';
import { documentPlainText } from '../../../shared/render/plain-text';
import { foldForSearch } from '../../../shared/text/fold';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';

/** An article already stored whose headline and text are those of a file being imported. */
export interface DuplicateArticle {
  id: number;
  headline: string;
}

/**
 * The comparison key of a headline or a text: folded as the search folds it (accents, đ, case,
 * either tone placement) with every run of white space one space, so that a file imported again,
 * perhaps after the house tone style changed, is recognised.
 */
export function contentKey(text: string): string {
  return foldForSearch(text).replace(/\s+/gu, ' ').trim();
}

/**
 * The newest article outside the trash with the same headline and body text as `headline` and
 * `body` (compared by `contentKey`), or null. Headlines are compared first, so only articles with
 * the same headline have their body read.
 */
export function findDuplicateArticle(context: Pick<BackendContext, 'queries'>, headline: string, body: DocNode): DuplicateArticle | null {
  const headlineKey = contentKey(headline);
  const rows = context.queries.all<{ id: number; headline: string }>(sql`SELECT id, headline FROM articles WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC`);
  const candidates = rows.filter((row) => contentKey(row.headline) === headlineKey);
  if (candidates.length === 0) return null;
  const bodyKey = contentKey(documentPlainText(body));
  for (const candidate of candidates) {
    const row = context.queries.get<{ body_json: string }>(sql`SELECT body_json FROM articles WHERE id = ${candidate.id}`);
    if (row && contentKey(documentPlainText(JSON.parse(row.body_json) as DocNode)) === bodyKey) return candidate;
  }
  return null;
}
