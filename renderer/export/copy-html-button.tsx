import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { copyArticleHtml } from './copy-html';
import type { EditedArticle } from './edited-article';
import type { MediaImages } from './media-images';

type CopyState = { kind: 'idle' } | { kind: 'copying' } | { kind: 'copied' } | { kind: 'failed'; error: unknown };

/** How long "Đã sao chép HTML" stays. */
const confirmationMs = 4_000;

/** "Sao chép HTML" and what became of the copy. */
export function CopyHtmlButton({ read, images }: { read: () => EditedArticle; images: MediaImages }) {
  const t = useT();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    setState({ kind: 'copying' });
    try {
      await copyArticleHtml(read(), images);
      setState({ kind: 'copied' });
      timer.current = setTimeout(() => setState({ kind: 'idle' }), confirmationMs);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <>
      <span className="copy-html-status" role="status">
        {state.kind === 'copying' ? t.copyingHtml : state.kind === 'copied' ? t.htmlCopied : ''}
      </span>
      {state.kind === 'failed' && (
        <span className="copy-html-error" role="alert">{t.copyHtmlFailed(describeError(state.error, t))}</span>
      )}
      <button type="button" className="button" disabled={state.kind === 'copying'} onClick={() => void copy()}>
        {t.copyHtml}
      </button>
    </>
  );
}
