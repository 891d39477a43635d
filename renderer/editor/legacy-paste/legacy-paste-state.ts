import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { LegacyEncoding } from '../../../shared/text/legacy-encodings';
import { legacyPasteSuggestion } from '../../../shared/text/legacy-encodings';

/** A paste that looks legacy-encoded, and where its text now is in the document. */
export interface PendingLegacyPaste {
  /** Start of the pasted range, mapped through every later change. */
  from: number;
  /** End of the pasted range, mapped through every later change. */
  to: number;
  encoding: LegacyEncoding;
  /** The start of the converted text, for the bar. */
  preview: string;
  /** Counts pastes, so that the bar can tell one offer from the next. */
  serial: number;
}

/** What the bar's buttons tell the plugin. */
export type LegacyPasteAction = { kind: 'converted' } | { kind: 'dismissed' };

export interface LegacyPastePluginState {
  pending: PendingLegacyPaste | null;
  serial: number;
}

export const legacyPasteKey = new PluginKey<LegacyPastePluginState>('legacyPaste');

export const initialLegacyPasteState: LegacyPastePluginState = { pending: null, serial: 0 };

/** The range a paste transaction inserted, in the new document. */
export function pastedRange(transaction: Transaction, before: EditorState): { from: number; to: number } {
  const { from, to } = before.selection;
  return { from: transaction.mapping.map(from, -1), to: transaction.mapping.map(to, 1) };
}

/** Keeps a range on its text: text typed at either edge stays outside it. */
function mapPending(pending: PendingLegacyPaste, transaction: Transaction): PendingLegacyPaste | null {
  const from = transaction.mapping.map(pending.from, 1);
  const to = transaction.mapping.map(pending.to, -1);
  if (to <= from) return null;
  return from === pending.from && to === pending.to ? pending : { ...pending, from, to };
}

/**
 * The plugin's state after a transaction: a paste whose text looks legacy-encoded becomes the
 * pending offer (a clean paste leaves an earlier offer alone); every other change maps the range.
 */
export function nextLegacyPasteState(
  state: LegacyPastePluginState,
  transaction: Transaction,
  before: EditorState,
  after: EditorState,
): LegacyPastePluginState {
  const action = transaction.getMeta(legacyPasteKey) as LegacyPasteAction | undefined;
  if (action) return { ...state, pending: null };

  if (transaction.getMeta('paste') === true && transaction.docChanged) {
    const { from, to } = pastedRange(transaction, before);
    const suggestion = to > from ? legacyPasteSuggestion(after.doc.textBetween(from, to, '\n', ' ')) : null;
    if (suggestion) {
      const serial = state.serial + 1;
      return { serial, pending: { from, to, encoding: suggestion.encoding, preview: suggestion.preview, serial } };
    }
  }

  if (!transaction.docChanged || state.pending === null) return state;
  const pending = mapPending(state.pending, transaction);
  return pending === state.pending ? state : { ...state, pending };
}

/** The legacy paste the editor currently offers to convert, if any. */
export function pendingLegacyPaste(state: EditorState): PendingLegacyPaste | null {
  return legacyPasteKey.getState(state)?.pending ?? null;
}
