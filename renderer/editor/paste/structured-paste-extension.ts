import { Extension } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { imageFiles } from '../figure-editing-extension';
import { cleanPastedHtml, pendingTokenPrefix, type PendingFigure } from './clean-pasted-html';

/** What went wrong with the figures of pastes since the warnings were last dismissed. */
export interface PasteWarnings {
  /** Images whose bytes were not in the clipboard: each is an empty figure. */
  missingImages: number;
  /** Images whose bytes were there but could not be stored: each is an empty figure. */
  failedImages: number;
  /** Figures with a malformed media hash or one not in the media store: dropped. */
  droppedFigures: number;
}

export interface StructuredPasteOptions {
  /** Stores a pasted image: resolves to its media hash, or null when it was refused. */
  uploadImage: (file: File) => Promise<string | null>;
  /** Whether the media store holds an image of this hash. */
  mediaExists: (hash: string) => Promise<boolean>;
}

interface TrackedFigure {
  token: string;
  position: number;
}

interface StructuredPasteState {
  /** Pasted figures waiting for their image to be stored or their hash checked, where they now are. */
  tracked: TrackedFigure[];
  warnings: PasteWarnings;
}

type StructuredPasteAction =
  | { kind: 'track'; figures: TrackedFigure[]; warnings: Partial<PasteWarnings> }
  | { kind: 'settled'; token: string; warnings: Partial<PasteWarnings> }
  | { kind: 'dismiss' };

export const structuredPasteKey = new PluginKey<StructuredPasteState>('structuredPaste');

const noWarnings: PasteWarnings = { missingImages: 0, failedImages: 0, droppedFigures: 0 };

function addWarnings(warnings: PasteWarnings, more: Partial<PasteWarnings>): PasteWarnings {
  return {
    missingImages: warnings.missingImages + (more.missingImages ?? 0),
    failedImages: warnings.failedImages + (more.failedImages ?? 0),
    droppedFigures: warnings.droppedFigures + (more.droppedFigures ?? 0),
  };
}

/** The warnings of the pastes since the last "Đóng", or null when there are none. */
export function pasteWarnings(state: EditorState): PasteWarnings | null {
  const warnings = structuredPasteKey.getState(state)?.warnings;
  return warnings && warnings.missingImages + warnings.failedImages + warnings.droppedFigures > 0 ? warnings : null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    structuredPaste: {
      /** Clears the paste warnings. */
      dismissPasteWarnings: () => ReturnType;
    };
  }
}

/** The image of a data: URL (checked by `cleanPastedHtml` to be base64 PNG, JPEG, GIF or WebP) as a file. */
function fileOfDataUrl(dataUrl: string, name: string): File {
  const comma = dataUrl.indexOf(',');
  const type = dataUrl.slice('data:'.length, dataUrl.indexOf(';'));
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new File([bytes], `${name}.${type.slice('image/'.length).replace('jpeg', 'jpg')}`, { type });
}

/**
 * Paste that keeps structure: pasted HTML is cleaned by `cleanPastedHtml` (headings, lists, tables,
 * links, bold and italic kept; styles, classes, fonts, comments and Office markup removed). Pasted
 * images become figures, stored through `uploadImage` when their bytes are in the clipboard, and
 * empty frames with a warning otherwise; pasted figures whose media hash is malformed or unknown
 * are dropped with a warning. Ctrl+Shift+V stays ProseMirror's plain-text paste.
 */
export const StructuredPaste = Extension.create<StructuredPasteOptions>({
  name: 'structuredPaste',

  addOptions() {
    return { uploadImage: () => Promise.resolve(null), mediaExists: () => Promise.resolve(true) };
  },

  addCommands() {
    return {
      dismissPasteWarnings:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(structuredPasteKey, { kind: 'dismiss' } satisfies StructuredPasteAction).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const options = this.options;
    // Between the paste event and ProseMirror's parsing of its HTML: the clipboard's image files.
    let clipboardFiles: File[] = [];
    // Figures of the last cleaned HTML, until the paste transaction puts them in the document.
    let waiting = new Map<string, PendingFigure>();
    let waitingWarnings: Partial<PasteWarnings> = {};
    // Whether the HTML being pasted came from another program (not a slice copied from an editor).
    let pastedFromElsewhere = false;

    const settle = (token: string, update: (tr: Transaction, position: number) => Partial<PasteWarnings>) => {
      if (editor.isDestroyed) return;
      const tracked = structuredPasteKey.getState(editor.state)?.tracked.find((figure) => figure.token === token);
      const tr = editor.state.tr;
      const node = tracked ? tr.doc.nodeAt(tracked.position) : null;
      const warnings = tracked && node?.type.name === 'figure' ? update(tr, tracked.position) : {};
      tr.setMeta(structuredPasteKey, { kind: 'settled', token, warnings } satisfies StructuredPasteAction).setMeta('addToHistory', false);
      editor.view.dispatch(tr);
    };

    const follow = (figure: PendingFigure, files: File[]) => {
      if (figure.hash !== undefined) {
        const hash = figure.hash;
        void options.mediaExists(hash).then((exists) =>
          settle(figure.token, (tr, position) => {
            if (exists) return {};
            tr.delete(position, position + tr.doc.nodeAt(position)!.nodeSize);
            return { droppedFigures: 1 };
          }),
        );
        return;
      }
      const source = figure.source!;
      void Promise.resolve()
        .then(() => options.uploadImage(source.kind === 'file' ? files[source.index]! : fileOfDataUrl(source.dataUrl, 'anh-dan-vao')))
        .catch(() => null)
        .then((hash) =>
          settle(figure.token, (tr, position) => {
            const node = tr.doc.nodeAt(position)!;
            if (hash === null) return { failedImages: 1 };
            if (node.attrs.hash === '') tr.setNodeMarkup(position, undefined, { ...node.attrs, hash });
            return {};
          }),
        );
    };

    return [
      new Plugin<StructuredPasteState>({
        key: structuredPasteKey,
        state: {
          init: () => ({ tracked: [], warnings: noWarnings }),
          apply: (tr, value) => {
            const action = tr.getMeta(structuredPasteKey) as StructuredPasteAction | undefined;
            let tracked = value.tracked;
            if (tr.docChanged && tracked.length > 0) {
              tracked = tracked.flatMap((figure) => {
                const mapped = tr.mapping.mapResult(figure.position, 1);
                return mapped.deleted ? [] : [{ ...figure, position: mapped.pos }];
              });
            }
            if (!action) return tracked === value.tracked ? value : { ...value, tracked };
            if (action.kind === 'dismiss') return { tracked, warnings: noWarnings };
            if (action.kind === 'track') return { tracked: [...tracked, ...action.figures], warnings: addWarnings(value.warnings, action.warnings) };
            return { tracked: tracked.filter((figure) => figure.token !== action.token), warnings: addWarnings(value.warnings, action.warnings) };
          },
        },
        props: {
          handleDOMEvents: {
            paste: (_view, event) => {
              clipboardFiles = imageFiles(event.clipboardData?.files);
              return false;
            },
          },
          transformPastedHTML: (html) => {
            const cleaned = cleanPastedHtml(html, clipboardFiles.length);
            waiting = new Map(cleaned.pending.map((figure) => [figure.token, figure]));
            waitingWarnings = { missingImages: cleaned.missingImages, droppedFigures: cleaned.droppedFigures };
            pastedFromElsewhere = !cleaned.fromEditor;
            return cleaned.html;
          },
          // A pasted document that starts with a heading, list or table keeps that block whole: it is
          // not merged into the paragraph at the cursor, which is split there instead.
          transformPasted: (slice) => {
            const fromElsewhere = pastedFromElsewhere;
            pastedFromElsewhere = false;
            const first = slice.content.firstChild;
            if (!fromElsewhere || slice.openStart === 0 || !first || first.type.name === 'paragraph') return slice;
            return new Slice(slice.content, 0, slice.content.childCount === 1 ? 0 : slice.openEnd);
          },
        },
        // The paste (or drop) is in the document: each waiting figure gets its alt text back and is followed up.
        appendTransaction: (transactions, _before, after) => {
          // (HTML dropped on the body is parsed as a paste is, and follows the same way.)
          if (!transactions.some((tr) => tr.getMeta('paste') === true || ['paste', 'drop'].includes(tr.getMeta('uiEvent') as string))) return null;
          if (waiting.size === 0 && (waitingWarnings.missingImages ?? 0) + (waitingWarnings.droppedFigures ?? 0) === 0) return null;
          const tr = after.tr;
          const figures: TrackedFigure[] = [];
          const found: PendingFigure[] = [];
          after.doc.descendants((node, position) => {
            if (node.type.name !== 'figure') return node.type.name !== 'paragraph';
            const alt = String(node.attrs.alt);
            if (!alt.startsWith(pendingTokenPrefix)) return false;
            const end = alt.indexOf('\u2060', pendingTokenPrefix.length);
            const token = alt.slice(0, end + 1);
            const figure = waiting.get(token);
            tr.setNodeMarkup(position, undefined, { ...node.attrs, alt: figure?.alt ?? alt.slice(end + 1) });
            if (figure) {
              figures.push({ token, position });
              found.push(figure);
            }
            return false;
          });
          const files = clipboardFiles;
          tr.setMeta(structuredPasteKey, { kind: 'track', figures, warnings: waitingWarnings } satisfies StructuredPasteAction);
          waiting = new Map();
          waitingWarnings = {};
          clipboardFiles = [];
          queueMicrotask(() => {
            for (const figure of found) follow(figure, files);
          });
          return tr;
        },
      }),
    ];
  },
});
