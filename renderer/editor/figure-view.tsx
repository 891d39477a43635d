import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { NodeViewWrapper, useEditorState, type Editor, type ReactNodeViewProps } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { FigureAttributes } from '../../shared/schema/figure';
import { isPasteInput, toneStyleAfterEdit, toneStyleOnLeave } from '../articles/tone-placement-field';
import { useT } from '../i18n/i18n';
import type { FigureEditingOptions } from './figure-editing-options';

type FigureField = 'caption' | 'credit' | 'alt';

const featuredPositions = new WeakMap<ProseMirrorNode, number>();

/**
 * The position of the featured figure: the one chosen, else the first; -1 when there is none.
 * Found once per document: every figure's view asks after each transaction.
 */
function featuredPosition(editor: Editor): number {
  const document = editor.state.doc;
  const known = featuredPositions.get(document);
  if (known !== undefined) return known;
  let first = -1;
  let chosen = -1;
  document.descendants((node, position) => {
    if (node.type.name === 'figure') {
      if (first === -1) first = position;
      if (chosen === -1 && node.attrs.featured === true) chosen = position;
      return false;
    }
    return !node.isTextblock;
  });
  const found = chosen === -1 ? first : chosen;
  featuredPositions.set(document, found);
  return found;
}

/**
 * A figure in the body: the image (or a placeholder when it could not be read), its caption,
 * photo credit and alt text as real text boxes, and its actions. The fields change the node's
 * attributes through transactions, so the editor's undo and redo cover them.
 */
export function FigureView({ node, editor, getPos, selected, extension }: ReactNodeViewProps) {
  const t = useT();
  const attributes = node.attrs as FigureAttributes;
  const options = extension.options as FigureEditingOptions;
  const fileInput = useRef<HTMLInputElement>(null);
  const [replacing, setReplacing] = useState(false);
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
  const featured = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const position = getPos();
      return typeof position === 'number' && featuredPosition(current) === position;
    },
  });

  const position = (): number | null => {
    const value = getPos();
    return typeof value === 'number' ? value : null;
  };
  const update = (changes: Partial<Omit<FigureAttributes, 'featured'>>) => {
    const at = position();
    if (at !== null) editor.commands.updateFigure(at, changes);
  };
  const move = (direction: 'up' | 'down') => {
    const at = position();
    if (at !== null) editor.chain().setNodeSelection(at).moveFigure(direction).focus().run();
  };

  // Undo and redo in a field are the editor's: the fields are attributes of the document.
  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const modifier = event.ctrlKey || event.metaKey;
    if (!modifier || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      editor.commands.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      editor.commands.redo();
    }
  };

  const replace = async (file: File | undefined) => {
    if (!file) return;
    setReplacing(true);
    try {
      const hash = await options.uploadImage(file);
      if (hash !== null) update({ hash });
    } finally {
      setReplacing(false);
    }
  };

  // Completed words are written in the house tone style, as in the article's other text fields.
  const change = (name: FigureField, event: ChangeEvent<HTMLInputElement>) => {
    const element = event.target;
    const input = event.nativeEvent as Partial<InputEvent>;
    const length = element.value.length;
    const current = { value: element.value, selectionStart: element.selectionStart ?? length, selectionEnd: element.selectionEnd ?? length };
    const style = options.toneStyle();
    const rewritten = style === null || input.isComposing ? null : toneStyleAfterEdit(attributes[name], current, style, isPasteInput(input.inputType ?? ''));
    if (rewritten) {
      element.value = rewritten.value;
      element.setSelectionRange(rewritten.selectionStart, rewritten.selectionEnd, element.selectionDirection ?? undefined);
    }
    update({ [name]: rewritten?.value ?? current.value });
  };
  const leave = (name: FigureField) => {
    const style = options.toneStyle();
    const rewritten = style === null ? null : toneStyleOnLeave(attributes[name], style);
    if (rewritten !== null) update({ [name]: rewritten });
  };

  const field = (name: FigureField, label: string) => (
    <label className="figure-field" data-figure-control="">
      <span className="figure-field-label">{label}</span>
      <input
        type="text"
        className="text-input figure-input"
        value={attributes[name]}
        readOnly={!editable}
        draggable={false}
        spellCheck
        lang="vi"
        onChange={(event) => change(name, event)}
        onBlur={() => leave(name)}
        onKeyDown={onFieldKeyDown}
      />
    </label>
  );

  return (
    <NodeViewWrapper className="figure-node-view">
      <figure
        className={`figure-node${selected ? ' is-selected' : ''}${featured ? ' is-featured' : ''}`}
        data-media-hash={attributes.hash}
        aria-label={attributes.caption === '' ? t.figure : `${t.figure}: ${attributes.caption}`}
      >
      <div className="figure-image" data-drag-handle="">
        {attributes.hash === '' ? (
          <div className="figure-missing-image" data-missing-image="" role="note">{t.missingImage}</div>
        ) : (
          <img src={options.mediaUrl(attributes.hash)} alt={attributes.alt} draggable={false} loading="lazy" decoding="async" />
        )}
        {featured && <span className="figure-featured-badge" aria-hidden="true">{t.featuredImage}</span>}
      </div>
      <figcaption className="figure-fields">
        {field('caption', t.figureCaption)}
        {field('credit', t.figureCredit)}
        {field('alt', t.figureAlt)}
      </figcaption>
      {editable && (
        <div className="figure-actions" data-figure-control="">
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={featured}
            onClick={() => {
              const at = position();
              if (at !== null) editor.commands.setFeaturedFigure(at, !attributes.featured);
            }}
          >
            {t.featuredImage}
          </button>
          <button type="button" className="button button-quiet" disabled={replacing} onClick={() => fileInput.current?.click()}>
            {t.replaceImage}
          </button>
          <button type="button" className="button button-quiet" aria-label={t.moveImageUp} title={t.moveImageUp} onClick={() => move('up')}>↑</button>
          <button type="button" className="button button-quiet" aria-label={t.moveImageDown} title={t.moveImageDown} onClick={() => move('down')}>↓</button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              const at = position();
              if (at !== null) editor.chain().deleteFigure(at).focus().run();
            }}
          >
            {t.deleteImage}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            hidden
            tabIndex={-1}
            aria-label={t.replaceImage}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              void replace(file);
            }}
          />
        </div>
      )}
      </figure>
    </NodeViewWrapper>
  );
}
