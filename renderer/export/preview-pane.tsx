import { useEffect, useId, useRef, useState } from 'react';
import { renderArticleDocument } from '../../shared/render/article-html';
import { useCategories } from '../articles/use-categories';
import { useT } from '../i18n/i18n';
import type { EditSignal } from './edit-signal';
import { editedRenderInput, type EditedArticle } from './edited-article';
import { figureHashes } from './figure-hashes';
import type { MediaImages } from './media-images';

/** How long after an edit the preview follows it: often enough to watch, never on every keystroke. */
const previewDelayMs = 300;

interface PreviewPaneProps {
  /** Reads the article as it is being edited (called when the preview renders, not on every keystroke). */
  read: () => EditedArticle;
  signal: EditSignal;
  images: MediaImages;
}

/**
 * Xem trước: the exported HTML document of the article as edited, exactly as the export writes it,
 * in a frame that may run nothing and reach nothing (`sandbox=""`, no scripts, an opaque origin).
 */
export function PreviewPane({ read, signal, images }: PreviewPaneProps) {
  const t = useT();
  const titleId = useId();
  const { categories } = useCategories();
  const [html, setHtml] = useState<string | null>(null);
  const latestRead = useRef(read);
  latestRead.current = read;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    let disposed = false;
    const render = async () => {
      timer = undefined;
      const run = ++generation;
      const edited = latestRead.current();
      const image = await images.resolve(figureHashes(edited.body), 'preview');
      if (disposed || run !== generation) return;
      const categoryName = categories.find((category) => category.id === edited.fields.categoryId)?.name ?? null;
      const next = renderArticleDocument(editedRenderInput(edited, categoryName, image));
      setHtml((current) => (current === next ? current : next));
    };
    // At most one render per delay while typing goes on: the preview keeps up without slowing the typing.
    const schedule = () => {
      timer ??= setTimeout(() => void render(), previewDelayMs);
    };
    void render();
    const stopListening = signal.listen(schedule);
    return () => {
      disposed = true;
      clearTimeout(timer);
      stopListening();
    };
  }, [signal, images, categories]);

  return (
    <section className="preview-pane" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-title">{t.preview}</h2>
      {html === null ? (
        <p className="panel-note">{t.loading}</p>
      ) : (
        <iframe className="preview-frame" title={t.previewTitle} sandbox="" srcDoc={html} />
      )}
    </section>
  );
}
