import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useT } from '../../i18n/i18n';
import { pendingLegacyPaste } from './legacy-paste-state';

/**
 * The offer shown above the body after a legacy-encoded paste: what the text seems to be, a
 * preview of it in Unicode, "Chuyển sang Unicode" and "Bỏ qua". It never takes the focus, so
 * typing goes on while it is shown.
 */
export function LegacyPasteBar({ editor }: { editor: Editor }) {
  const t = useT();
  const offer = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const pending = current.isDestroyed ? null : pendingLegacyPaste(current.state);
      return pending === null ? null : { serial: pending.serial, encoding: pending.encoding, preview: pending.preview };
    },
  });
  const barRef = useRef<HTMLElement>(null);
  useStickyOffset(barRef, offer !== null);
  if (offer === null) return null;

  return (
    <section ref={barRef} className="legacy-paste-bar" aria-label={t.legacyPasteBar}>
      <p className="legacy-paste-message" role="status">
        {t.legacyPasteDetected(t.legacyEncodingNames[offer.encoding])}
      </p>
      <p className="legacy-paste-preview">
        <span className="legacy-paste-preview-label">{t.legacyPastePreview}</span>{' '}
        <q lang="vi">{offer.preview}</q>
      </p>
      <div className="legacy-paste-actions">
        <button
          type="button"
          className="button button-primary"
          // Keep the editor's selection and focus: the bar must not interrupt typing.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.chain().focus().convertLegacyPaste().run()}
        >
          {t.convertToUnicode}
        </button>
        <button
          type="button"
          className="button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.chain().focus().dismissLegacyPaste().run()}
        >
          {t.ignoreLegacyPaste}
        </button>
      </div>
    </section>
  );
}

/** The variable, set on the bar's parent, that moves the sticky toolbar below the sticky bar. */
const offsetVariable = '--legacy-paste-bar-height';

/** Keeps `offsetVariable` equal to the bar's height while it is shown, so that both stay visible while scrolling. */
function useStickyOffset(barRef: RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    const bar = barRef.current;
    const parent = bar?.parentElement;
    if (!shown || !bar || !parent) return;
    const update = () => parent.style.setProperty(offsetVariable, `${bar.offsetHeight}px`);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(bar);
    return () => {
      observer?.disconnect();
      parent.style.removeProperty(offsetVariable);
    };
  }, [barRef, shown]);
}
