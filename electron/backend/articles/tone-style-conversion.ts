import type { DocNode } from '../../../shared/model/document';
import type { ToneStyle } from '../../../shared/model/settings';
import { normalizeDocumentTonePlacement } from '../../../shared/text/document-tone-placement';
import { normalizeTonePlacement } from '../../../shared/text/tone-placement';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';
import { bodyText } from './article-body';
import type { ArticleRow } from './article-row';
import { type ArticleChanges, updateArticle } from './article-writer';

/** What `articles.applyToneStyle` did. */
export interface ToneStyleConversion {
  changed: number;
  articleIds: number[];
}

/** Articles read per batch (better-sqlite3 cannot write while a read is still open). */
const batchSize = 200;

type ConvertibleRow = Pick<ArticleRow, 'id' | 'headline' | 'sapo' | 'source_prefix' | 'body_json' | 'version'>;

/** The changes that put an article's text in `style`, or null when it already is. */
function toneStyleChanges(row: Omit<ConvertibleRow, 'id' | 'version'>, style: ToneStyle): ArticleChanges | null {
  const changes: ArticleChanges = {};
  const headline = normalizeTonePlacement(row.headline, style);
  if (headline !== row.headline) changes.headline = headline;
  const sapo = normalizeTonePlacement(row.sapo, style);
  if (sapo !== row.sapo) changes.sapo = sapo;
  const sourcePrefix = normalizeTonePlacement(row.source_prefix, style);
  if (sourcePrefix !== row.source_prefix) changes.sourcePrefix = sourcePrefix;
  const body = JSON.parse(row.body_json) as DocNode;
  const convertedBody = normalizeDocumentTonePlacement(body, style);
  // Only text changes: the stored body stays valid and canonical, so it needs no new schema check.
  if (convertedBody !== body) changes.body = { jsonParts: [JSON.stringify(convertedBody)], ...bodyText(convertedBody) };
  return Object.keys(changes).length === 0 ? null : changes;
}

/**
 * Moves the tone marks of every article not in the trash to `style`, in one transaction: each
 * article whose headline, sapo, source prefix or body changes is saved as one new version through
 * the article writer, with a revision of kind 'tone-style' (the version before it stays in the
 * history and can be restored). Articles already in `style` and articles in the trash are left
 * alone.
 */
export function applyToneStyle(context: BackendContext, style: ToneStyle): ToneStyleConversion {
  const { queries } = context;
  return queries.transaction(() => {
    const articleIds: number[] = [];
    let lastId = 0;
    for (;;) {
      const rows = queries.all<ConvertibleRow>(sql`
        SELECT id, headline, sapo, source_prefix, body_json, version FROM articles
        WHERE trashed_at IS NULL AND id > ${lastId}
        ORDER BY id LIMIT ${batchSize}`);
      if (rows.length === 0) break;
      for (const row of rows) {
        const changes = toneStyleChanges(row, style);
        if (changes === null) continue;
        updateArticle(context, row.id, row.version, changes, 'tone-style');
        articleIds.push(row.id);
      }
      lastId = rows.at(-1)!.id;
    }
    return { changed: articleIds.length, articleIds };
  });
}
