import type { Article } from '../model/article';

/** An image as the exported HTML refers to it. */
export interface RenderedImage {
  /** The URL written into `src`: a data: URI ('embed'), "images/<file>" ('folder'), or the app's media URL (preview). */
  src: string;
  /** Pixel size of the image that `src` points to; null when unknown (then no width/height attribute is written). */
  width: number | null;
  height: number | null;
}

/** One approved reader comment as the "Ý kiến bạn đọc" block shows it. */
export interface ExportedComment {
  author: string;
  /** ISO timestamp. */
  createdAt: string;
  /** Plain text, as written (never markup). */
  body: string;
}

/** What the article renderer needs: the article as `articles.get` returns it, plus what the store knows around it. */
export interface ArticleRenderInput {
  article: Pick<
    Article,
    'id' | 'headline' | 'sapo' | 'sourcePrefix' | 'body' | 'bylines' | 'date' | 'datelinePlace' | 'tags' | 'related' | 'createdAt' | 'updatedAt'
  >;
  /** The category's name ("Chuyên mục"), or null for none. */
  categoryName: string | null;
  /** The image of a figure's media hash; null when there is none (the figure is written with its caption only). */
  image: (hash: string) => RenderedImage | null;
  /** Where a "Tin khác" entry links to; null (or no function) writes the headline without a link. */
  relatedHref?: (related: Article['related'][number]) => string | null;
  /** The approved reader comments; the block is written only when this is given and `total` > 0. */
  comments?: { total: number; items: readonly ExportedComment[] } | null;
}
