import type { ImportedArticle } from '../../../shared/model/import';
import type { ToneStyle } from '../../../shared/model/settings';
import { normalizeDocumentTonePlacement } from '../../../shared/text/document-tone-placement';
import { normalizeTonePlacement } from '../../../shared/text/tone-placement';

/**
 * An imported article with its text in the house tone style (Cài đặt › Kiểu đặt dấu thanh):
 * headline, source prefix, sapo, body, and each figure's caption, credit and alt text, in the body
 * and in `figures` alike. Bylines are left as read: they name authors, whom the import matches to
 * the author directory by name.
 */
export function importedArticleInToneStyle(article: ImportedArticle, style: ToneStyle): ImportedArticle {
  return {
    ...article,
    headline: normalizeTonePlacement(article.headline, style),
    sourcePrefix: normalizeTonePlacement(article.sourcePrefix, style),
    sapo: normalizeTonePlacement(article.sapo, style),
    body: normalizeDocumentTonePlacement(article.body, style),
    figures: article.figures.map((figure) => ({
      ...figure,
      caption: normalizeTonePlacement(figure.caption, style),
      credit: normalizeTonePlacement(figure.credit, style),
      alt: normalizeTonePlacement(figure.alt, style),
    })),
  };
}
