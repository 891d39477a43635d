import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedArgsOf } from '../../../shared/api/contract';
import type { Article } from '../../../shared/model/article';
import type { ExportArticleResult, ExportPlanEntry, ExportSelection } from '../../../shared/model/export';
import { bodyFigures } from '../../../shared/model/figures';
import { renderArticleDocument } from '../../../shared/render/article-html';
import { exportChecklist } from '../../../shared/render/export-checklist';
import { exportSlug } from '../../../shared/render/export-slug';
import { ninjsRecord } from '../../../shared/render/ninjs';
import type { ArticleRenderInput, ExportedComment } from '../../../shared/render/render-input';
import type { ArticleService } from '../articles/article-service';
import type { ArticleRow } from '../articles/article-row';
import { articleNotFound } from '../articles/article-writer';
import type { BackendContext } from '../backend-context';
import type { CategoryRow } from '../categories/category-row';
import type { SettingsService } from '../settings/settings-service';
import { sql, sqlFragment } from '../store/sql';
import { pathExists, placeFile, prepareExportFolder, stageFolder } from './export-files';
import { prepareEmbeddedImages, prepareFolderImages } from './export-images';

/** The export methods of the contract. */
export interface ExportService {
  defaults(): { folder: string };
  plan(selection: ExportSelection): { articles: ExportPlanEntry[] };
  article(args: ParsedArgsOf<'export.article'>): Promise<ExportArticleResult>;
}

/** "Newsdesk/Xuất HTML" in the home folder. */
export function defaultExportFolder(homeDir: string = os.homedir()): string {
  return path.join(homeDir, 'Newsdesk', 'Xuất HTML').normalize('NFC');
}

/** What the export needs of the comment store: an article's approved comments ("Ý kiến bạn đọc"), or null when it has none. */
export interface ApprovedComments {
  approvedFor(articleId: number): { total: number; items: readonly ExportedComment[] } | null;
}

export function createExportService(
  context: BackendContext,
  services: { articles: ArticleService; settings: SettingsService; comments: ApprovedComments },
): ExportService {
  const { queries } = context;
  const { articles, settings, comments: commentStore } = services;

  /** The ids a selection takes, in order; explicit ids must exist and not be in the trash. */
  const selectedIds = (selection: ExportSelection): number[] => {
    if ('ids' in selection) {
      return selection.ids.map((id, index) => {
        const row = queries.get<Pick<ArticleRow, 'trashed_at'>>(sql`SELECT trashed_at FROM articles WHERE id = ${id}`);
        if (!row) throw articleNotFound(id, `selection.ids.${index}`);
        if (row.trashed_at !== null) throw new ApiError('export-article-trashed', { id }, { where: `selection.ids.${index}` });
        return id;
      });
    }
    const withStatus = 'status' in selection ? sqlFragment` AND status = ${selection.status}` : sqlFragment``;
    return queries.all<Pick<ArticleRow, 'id'>>(sql`SELECT id FROM articles WHERE trashed_at IS NULL${withStatus} ORDER BY id`).map((row) => row.id);
  };

  const categoryName = (categoryId: number | null): string | null =>
    categoryId === null ? null : (queries.get<Pick<CategoryRow, 'name'>>(sql`SELECT name FROM categories WHERE id = ${categoryId}`)?.name ?? null);

  return {
    defaults: () => ({ folder: defaultExportFolder() }),

    plan(selection) {
      return {
        articles: selectedIds(selection).map((id) => {
          const article = articles.get(id);
          return { id, headline: article.headline, slug: exportSlug(article), warnings: exportChecklist(article) };
        }),
      };
    },

    async article({ id, folder, images, ifExists, originals, includeComments }) {
      const article = articles.get(id);
      if (article.trashedAt !== null) throw new ApiError('export-article-trashed', { id }, { where: 'id' });
      await prepareExportFolder(folder);
      const slug = exportSlug(article);
      // Asking costs nothing when the name is taken already: nothing is rendered.
      const firstPath = path.join(folder, images === 'embed' ? `${slug}.html` : slug);
      if (ifExists === 'ask' && (await pathExists(firstPath))) return { outcome: 'exists', path: firstPath };

      const hashes = bodyFigures(article.body).map((figure) => (typeof figure.attrs?.hash === 'string' ? figure.attrs.hash : ''));
      const comments = includeComments ? commentStore.approvedFor(id) : null;
      let placed: { outcome: 'written'; path: string; files: string[] } | { outcome: 'exists'; path: string };
      if (images === 'embed') {
        const prepared = await prepareEmbeddedImages(context, hashes);
        const bytes = prepared.documentBytes(renderArticleDocument(renderInput(article, prepared.image, comments)));
        const placement = await placeFile(folder, slug, '.html', bytes, ifExists);
        placed = placement.outcome === 'written' ? { ...placement, files: [placement.path] } : placement;
      } else {
        const { exportImageMaxWidth } = settings.get();
        const prepared = await prepareFolderImages(context, hashes, { maxWidth: exportImageMaxWidth, originals });
        const input = renderInput(article, prepared.image, comments);
        const staged = await stageFolder(folder, slug);
        try {
          const relativePaths = ['index.html', ...prepared.files.map((file) => file.relativePath), 'article.json'];
          // Written side by side: their flushes to disk overlap.
          await Promise.all([
            staged.write('index.html', renderArticleDocument(input)),
            ...prepared.files.map((file) => staged.write(file.relativePath, file.bytes)),
            staged.write('article.json', `${JSON.stringify(ninjsRecord(input, prepared.imageType), null, 2)}\n`),
          ]);
          const placement = await staged.place(slug, ifExists);
          placed =
            placement.outcome === 'written'
              ? {
                  outcome: 'written',
                  path: path.join(placement.path, 'index.html'),
                  files: relativePaths.map((relative) => path.join(placement.path, ...relative.split('/'))),
                }
              : placement;
        } finally {
          await staged.discard();
        }
      }
      if (placed.outcome === 'exists') return placed;
      const at = context.now();
      articles.markExported(id, at);
      return { ...placed, exportedAt: at.toISOString() };
    },
  };

  function renderInput(article: Article, image: ArticleRenderInput['image'], comments: ArticleRenderInput['comments']): ArticleRenderInput {
    return { article, categoryName: categoryName(article.categoryId), image, comments };
  }
}
