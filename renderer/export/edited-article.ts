import type { Article } from '../../shared/model/article';
import type { DocNode } from '../../shared/model/document';
import type { ArticleRenderInput, RenderedImage } from '../../shared/render/render-input';
import type { MetadataFields } from '../articles/metadata-panel';

/** The open article as it is being edited: the stored one's identity and times, the form's fields, the editor's body. */
export interface EditedArticle {
  stored: Pick<Article, 'id' | 'createdAt' | 'updatedAt'>;
  fields: MetadataFields;
  body: DocNode;
}

/** What the shared renderer takes for the article as edited; `categoryName` is the name of `fields.categoryId`. */
export function editedRenderInput(
  edited: EditedArticle,
  categoryName: string | null,
  image: (hash: string) => RenderedImage | null,
): ArticleRenderInput {
  const { headline, sapo, sourcePrefix, bylines, date, datelinePlace, tags, related } = edited.fields;
  const { id, createdAt, updatedAt } = edited.stored;
  return {
    article: { id, createdAt, updatedAt, headline, sapo, sourcePrefix, body: edited.body, bylines, date, datelinePlace, tags, related },
    categoryName,
    image,
  };
}
