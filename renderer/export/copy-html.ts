import { renderArticleFragment, renderArticleFragmentText } from '../../shared/render/article-html';
import { api } from '../api/client';
import { editedRenderInput, type EditedArticle } from './edited-article';
import { figureHashes } from './figure-hashes';
import type { MediaImages } from './media-images';

async function categoryNameOf(categoryId: number | null): Promise<string | null> {
  if (categoryId === null) return null;
  const categories = await api['categories.list']({});
  return categories.find((category) => category.id === categoryId)?.name ?? null;
}

/**
 * "Sao chép HTML": the article's body and byline (no html or head) on the clipboard as text/html,
 * with its images as data: URIs so that they travel with the paste, and as text/plain.
 * The clipboard is asked at once, with the contents still to come, so that the click's permission
 * to write holds while the images are read.
 */
export function copyArticleHtml(edited: EditedArticle, images: MediaImages): Promise<void> {
  const rendered = (async () => {
    const [categoryName, image] = await Promise.all([categoryNameOf(edited.fields.categoryId), images.resolve(figureHashes(edited.body), 'copy')]);
    const input = editedRenderInput(edited, categoryName, image);
    return { html: renderArticleFragment(input), text: renderArticleFragmentText(input) };
  })();
  const html = rendered.then(({ html }) => new Blob([html], { type: 'text/html' }));
  const text = rendered.then(({ text }) => new Blob([text], { type: 'text/plain' }));
  // The write reports a failure; these only keep an unread rejection from being reported twice.
  html.catch(() => undefined);
  text.catch(() => undefined);
  return navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]).then(async () => {
    // A failed rendering is the error to show, rather than the clipboard's own wording of it.
    await rendered;
  });
}
