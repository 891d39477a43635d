import type { EditorState, Transaction } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { replaceMatches, type TextMatch } from '../../../shared/text/find-in-text';
import { ArticleFieldStep, type ArticleTextField } from './article-field-step';
import type { BodyMatch, FigureTextField } from './find-in-document';

/** The matches to replace in the headline or the sapo, with the field's text now. */
export interface FieldMatches {
  field: ArticleTextField;
  text: string;
  matches: readonly TextMatch[];
}

/**
 * One transaction that replaces `bodyMatches` in the body (text, figure captions and credits) and
 * `fieldMatches` in the headline and sapo (as `ArticleFieldStep`s), with `replacement`: one undo
 * step, kept apart from the typing before it.
 */
export function replaceTransaction(state: EditorState, bodyMatches: readonly BodyMatch[], fieldMatches: readonly FieldMatches[], replacement: string): Transaction {
  const tr = state.tr;
  const figureMatches = new Map<number, Map<FigureTextField, TextMatch[]>>();
  for (const match of bodyMatches) {
    if (match.kind === 'text') {
      const from = tr.mapping.map(match.from, 1);
      const to = tr.mapping.map(match.to, -1);
      if (replacement === '') tr.delete(from, to);
      else tr.insertText(replacement, from, to);
    } else {
      const fields = figureMatches.get(match.position) ?? new Map<FigureTextField, TextMatch[]>();
      const list = fields.get(match.field) ?? [];
      list.push({ from: match.from, to: match.to });
      fields.set(match.field, list);
      figureMatches.set(match.position, fields);
    }
  }
  for (const [position, fields] of figureMatches) {
    const at = tr.mapping.map(position, 1);
    const node = tr.doc.nodeAt(at);
    if (node?.type.name !== 'figure') continue;
    const attributes: Record<string, unknown> = { ...node.attrs };
    for (const [field, matches] of fields) attributes[field] = replaceMatches(String(node.attrs[field] ?? ''), matches, replacement);
    tr.setNodeMarkup(at, undefined, attributes);
  }
  for (const { field, text, matches } of fieldMatches) {
    if (matches.length === 0) continue;
    const after = replaceMatches(text, matches, replacement);
    if (after !== text) tr.step(new ArticleFieldStep(field, text, after));
  }
  closeHistory(tr);
  tr.setMeta('addToHistory', true);
  return tr;
}

/** Dispatches a replacement and closes its history event, so that typing after it is a separate undo step. */
export function dispatchReplacement(view: { state: EditorState; dispatch: (tr: Transaction) => void }, tr: Transaction): void {
  if (tr.steps.length === 0) return;
  view.dispatch(tr);
  view.dispatch(closeHistory(view.state.tr));
}
