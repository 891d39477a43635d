import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin } from '@tiptap/pm/state';
import { convertPastedRange } from './convert-pasted-range';
import {
  initialLegacyPasteState,
  legacyPasteKey,
  nextLegacyPasteState,
  pendingLegacyPaste,
  type LegacyPasteAction,
} from './legacy-paste-state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    legacyPaste: {
      /** Converts the pending legacy-encoded paste to Unicode, as one undoable step. */
      convertLegacyPaste: () => ReturnType;
      /** Drops the offer and keeps the pasted text as it is. */
      dismissLegacyPaste: () => ReturnType;
    };
  }
}

/**
 * Watches pastes: when pasted text (or the text of pasted HTML) looks like TCVN3, VNI, VIQR or
 * misread UTF-8, the paste goes through unchanged and its range is remembered, so that the editor
 * can offer "Chuyển sang Unicode" without ever blocking typing. See `LegacyPasteBar`.
 */
export const LegacyPaste = Extension.create({
  name: 'legacyPaste',

  addCommands() {
    return {
      convertLegacyPaste:
        () =>
        ({ editor, tr, dispatch }) => {
          const pending = pendingLegacyPaste(editor.state);
          if (pending === null) return false;
          const from = tr.mapping.map(pending.from, 1);
          const to = tr.mapping.map(pending.to, -1);
          if (to <= from) return false;
          if (dispatch) {
            convertPastedRange(tr, from, to, pending.encoding);
            // Its own undo step: Hoàn tác brings back the text as it was pasted.
            closeHistory(tr);
            tr.setMeta(legacyPasteKey, { kind: 'converted' } satisfies LegacyPasteAction);
          }
          return true;
        },
      dismissLegacyPaste:
        () =>
        ({ editor, tr, dispatch }) => {
          if (pendingLegacyPaste(editor.state) === null) return false;
          if (dispatch) tr.setMeta(legacyPasteKey, { kind: 'dismissed' } satisfies LegacyPasteAction).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: legacyPasteKey,
        state: {
          init: () => initialLegacyPasteState,
          apply: (transaction, value, before, after) => nextLegacyPasteState(value, transaction, before, after),
        },
        // Typing right after the conversion starts a new undo step, so that Hoàn tác never undoes both.
        appendTransaction: (transactions, _before, after) => {
          const converted = transactions.some((transaction) => (transaction.getMeta(legacyPasteKey) as LegacyPasteAction | undefined)?.kind === 'converted');
          return converted ? closeHistory(after.tr) : null;
        },
      }),
    ];
  },
});
