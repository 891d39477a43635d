import { useEditorState, type Editor } from '@tiptap/react';
import { useT } from '../../i18n/i18n';
import { pasteWarnings } from './structured-paste-extension';

/** Says what became of pasted images that could not be kept as they were; never takes the focus. */
export function PasteWarningsBar({ editor }: { editor: Editor }) {
  const t = useT();
  const warnings = useEditorState({
    editor,
    selector: ({ editor: current }) => (current.isDestroyed ? null : pasteWarnings(current.state)),
  });
  if (warnings === null) return null;
  return (
    <section className="app-notice paste-warnings" aria-label={t.pasteWarnings}>
      <div role="status">
        <ul>
          {warnings.missingImages > 0 && <li>{t.pasteImageMissing(warnings.missingImages)}</li>}
          {warnings.failedImages > 0 && <li>{t.pasteImageFailed(warnings.failedImages)}</li>}
          {warnings.droppedFigures > 0 && <li>{t.pasteFigureDropped(warnings.droppedFigures)}</li>}
        </ul>
      </div>
      <button
        type="button"
        className="button button-quiet"
        aria-label={t.dismissPasteWarnings}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.commands.dismissPasteWarnings()}
      >
        ×
      </button>
    </section>
  );
}
