import { ApiError } from '../../../shared/api/errors';
import type { DocNode } from '../../../shared/model/document';
import type { ImportedArticle, ImportedArticleSummary, ImportWarning } from '../../../shared/model/import';
import type { ArticleService } from '../articles/article-service';
import type { BackendContext } from '../backend-context';
import type { MediaService } from '../media/media-service';
import type { SettingsService } from '../settings/settings-service';
import { importedBylines } from './byline-authors';
import { formatCalendarDate } from './dateline-line';
import { importWarning } from './import-warnings';
import { importedArticleInToneStyle } from './imported-article-tone-style';
import { runWorkerJob, warmUpWorkerJob, WorkerJobStopped, type WorkerJobLimits } from '../workers/worker-job';
import type { ArticleFileJobInput } from '../workers/jobs/article-file.job';
import type { ImportDuplicate } from '../../../shared/model/import';
import { findDuplicateArticle } from './duplicate-article';

/** The import of article files into the database. */
export interface ImportService {
  /**
   * Reads every file, then stores one draft article per file with its images (through the media
   * store) and bylines, all in one transaction. A file that cannot be read is an ApiError naming
   * it, and then nothing at all is stored.
   */
  importFiles(files: readonly ImportFileSource[], ifDuplicate?: ImportDuplicateChoice): Promise<ImportResult>;
}

/**
 * What to do with a file whose headline and text are already an article (outside the trash):
 * 'import' imports it anyway, with the warning 'duplicate-of-existing' (the CLI, File › Nhập);
 * 'ask' leaves it out and names it in `duplicates`, so that the page can ask.
 */
export type ImportDuplicateChoice = 'import' | 'ask';

export interface ImportResult {
  articles: ImportedArticleSummary[];
  /** The files left out by `ifDuplicate: 'ask'`, each with the article it already is. */
  duplicates: ImportDuplicate[];
}

/** A file to import: its name, and its bytes or their base64 (as `import.files` receives them). */
export interface ImportFileSource {
  name: string;
  data: Uint8Array | string;
}

/** A copy of `body` whose figures, in document order, carry `hashes` (an empty hash stays empty). */
function withFigureHashes(body: DocNode, hashes: readonly string[]): DocNode {
  let figureIndex = 0;
  const visit = (node: DocNode): DocNode => {
    if (node.type === 'figure') {
      const hash = hashes[figureIndex] ?? '';
      figureIndex += 1;
      return { ...node, attrs: { ...node.attrs, hash } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(body);
}

function storeFigureImages(media: MediaService, fileName: string, article: ImportedArticle, warnings: ImportWarning[]): string[] {
  return article.figures.map((figure, index) => {
    if (!figure.image) return '';
    try {
      return media.store(figure.image.bytes, figure.image.fileName ?? `${fileName}-image-${index + 1}`).hash;
    } catch (error) {
      // An image the media store refuses (a Word file's EMF drawing, a huge photo) costs the figure its image, not the article.
      if (error instanceof ApiError && (error.code === 'unsupported_media_type' || error.code === 'too_large')) {
        warnings.push(importWarning(error.code === 'too_large' ? 'image-too-large' : 'image-type-unsupported', figure.caption || figure.alt || `#${index + 1}`));
        return '';
      }
      throw error;
    }
  });
}

function storeImportedArticle(context: BackendContext, services: ImportServices, fileName: string, article: ImportedArticle, duplicateOf: DuplicateOf = null): ImportedArticleSummary {
  const warnings = [...article.warnings];
  if (duplicateOf) warnings.push(importWarning('duplicate-of-existing', `#${duplicateOf.id} “${duplicateOf.headline}”`));
  try {
    const hashes = storeFigureImages(services.media, fileName, article, warnings);
    const created = services.articles.create({
      headline: article.headline,
      sapo: article.sapo,
      sourcePrefix: article.sourcePrefix,
      body: withFigureHashes(article.body, hashes),
      // The dateline's date is the article's date (Ngày).
      ...(article.dateline ? { date: formatCalendarDate(article.dateline) } : {}),
      ...(article.bylines.length > 0 ? { bylines: importedBylines(context, article.bylines) } : {}),
    });
    return {
      id: created.id,
      headline: created.headline,
      sapo: created.sapo,
      sourcePrefix: created.sourcePrefix,
      bylines: [...article.bylines],
      figures: article.figures.map(({ caption, credit }) => ({ caption, credit })),
      warnings,
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw error.at(fileName);
  }
}

type DuplicateOf = { id: number; headline: string } | null;

/** The services an import stores through. */
export interface ImportServices {
  articles: ArticleService;
  media: MediaService;
  /** Where the house tone style comes from: imported text is written in it. */
  settings: Pick<SettingsService, 'get'>;
}

/**
 * An article file is read in a worker with these limits. A real article takes a fraction of
 * either (README, "Import limits"): the largest page within the import's other limits, 50,000
 * elements, takes about 20 s and 400 MB on a laptop.
 */
export const articleFileJobLimits: WorkerJobLimits = { memoryMegabytes: 1024, timeMilliseconds: 60_000 };

/** Loads the importer in a worker ahead of the first import (the browser edition does at start). */
export function warmUpArticleImport(limits: WorkerJobLimits = articleFileJobLimits): Promise<void> {
  return warmUpWorkerJob('article-file', limits);
}

/** The refusal of a file whose reading was stopped (out of memory or time) or crashed: nothing was created. */
function stoppedFileError(fileName: string, error: WorkerJobStopped): ApiError {
  if (error.stop === 'memory' || error.stop === 'time') {
    return new ApiError(
      'import-file-stopped',
      { fileName, stop: error.stop, memoryMegabytes: error.limits.memoryMegabytes, seconds: Math.round(error.limits.timeMilliseconds / 1000) },
      { where: fileName },
    );
  }
  return new ApiError('import-failed-unexpectedly', { fileName }, { where: fileName, details: { stop: error.stop } });
}

/**
 * Checks and reads one file in a worker thread (jobs/article-file.job.ts) with a heap cap and a
 * time limit, so that a hostile or runaway file never stalls this thread.
 */
async function readImportFileInWorker(file: ImportFileSource, limits: WorkerJobLimits): Promise<ImportedArticle> {
  let input: ArticleFileJobInput;
  let transfer: ArrayBuffer[] = [];
  if (typeof file.data === 'string') {
    // Decoded in the worker: 67 MB of base64 take a second to decode.
    input = { name: file.name, base64: file.data };
  } else {
    // A copy of its own (a Buffer may be a view of a shared pool) that moves to the worker.
    const data = new Uint8Array(file.data);
    input = { name: file.name, data };
    transfer = [data.buffer];
  }
  try {
    return await runWorkerJob<ArticleFileJobInput, ImportedArticle>('article-file', input, { limits, transfer });
  } catch (error) {
    if (error instanceof WorkerJobStopped) throw stoppedFileError(file.name, error);
    throw error;
  }
}

export function createImportService(context: BackendContext, services: ImportServices, limits: WorkerJobLimits = articleFileJobLimits): ImportService {
  return {
    async importFiles(files, ifDuplicate = 'import') {
      const read: Array<{ name: string; article: ImportedArticle }> = [];
      for (const file of files) read.push({ name: file.name, article: await readImportFileInWorker(file, limits) });
      const { toneStyle } = services.settings.get();
      return context.queries.transaction(() => {
        const result: ImportResult = { articles: [], duplicates: [] };
        for (const { name, article } of read) {
          const styled = importedArticleInToneStyle(article, toneStyle);
          const duplicateOf = findDuplicateArticle(context, styled.headline, styled.body);
          if (duplicateOf && ifDuplicate === 'ask') result.duplicates.push({ fileName: name, articleId: duplicateOf.id, headline: duplicateOf.headline });
          else result.articles.push(storeImportedArticle(context, services, name, styled, duplicateOf));
        }
        return result;
      });
    },
  };
}
