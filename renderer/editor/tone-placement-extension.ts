import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Mark, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isHistoryTransaction } from '@tiptap/pm/history';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { ToneStyle } from '../../shared/model/settings';
import { figureTextAttributes, normalizeTextRunsTonePlacement } from '../../shared/text/document-tone-placement';
import { legacyPasteSuggestion } from '../../shared/text/legacy-encodings';
import { normalizeTonePlacement } from '../../shared/text/tone-placement';

export interface TonePlacementOptions {
  /**
   * The house style (Cài đặt › Kiểu đặt dấu thanh), read at every change so that a new setting
   * applies at once.
   * @default () => 'old'
   */
  style: () => ToneStyle;
}

/** Marks the transactions this extension adds, so that it never reworks its own rewrite. */
export const tonePlacementKey = new PluginKey('tonePlacement');

/** A character that ends a word: white space, punctuation, a symbol, or a hard break's place. */
const wordEnd = /[\s\p{P}\p{S}\uFFFC]/u;
const word = /[\p{L}\p{M}]+/gu;
const wordCharacter = /[\p{L}\p{M}]/u;

interface PositionRange {
  from: number;
  to: number;
}

/**
 * Writes the body in the house tone style (old "hòa, thủy", new "hoà, thuỷ"):
 * - a word is rewritten when it is completed, that is when a space, a punctuation mark, a hard
 *   break or a new paragraph is typed after it; the rewrite joins the typing's undo step, keeps
 *   every letter's marks and leaves the cursor where it was;
 * - pasted and dropped text is rewritten before it is inserted, except text that looks
 *   legacy-encoded, which the legacy paste bar offers to convert first.
 * Undo, redo and programmatic changes (`addToHistory: false`) are left as they are.
 */
export const TonePlacement = Extension.create<TonePlacementOptions>({
  name: 'tonePlacement',

  // Before the other editor-only plugins, so that a rewrite stays in the undo step of the change that completed the word.
  priority: 110,

  addOptions() {
    return { style: () => 'old' };
  },

  addProseMirrorPlugins() {
    const style = () => this.options.style();
    return [
      new Plugin({
        key: tonePlacementKey,
        props: {
          transformPasted: (slice) => sliceInToneStyle(slice, style()),
        },
        appendTransaction: (transactions, _before, after) => rewriteCompletedWords(transactions, after, style()),
      }),
    ];
  },
});

/** A pasted slice with its text in `style`; the same slice when nothing changes or the text looks legacy-encoded. */
export function sliceInToneStyle(slice: Slice, style: ToneStyle): Slice {
  if (legacyPasteSuggestion(slice.content.textBetween(0, slice.content.size, '\n', ' ')) !== null) return slice;
  const content = fragmentInToneStyle(slice.content, style);
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

function fragmentInToneStyle(fragment: Fragment, style: ToneStyle): Fragment {
  const children: ProseMirrorNode[] = [];
  let changed = false;
  let run: ProseMirrorNode[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    const converted = normalizeTextRunsTonePlacement(
      run.map((node) => node.text ?? ''),
      style,
    );
    if (converted) {
      changed = true;
      run.forEach((node, index) => children.push(node.type.schema.text(converted[index]!, node.marks)));
    } else {
      children.push(...run);
    }
    run = [];
  };
  fragment.forEach((child) => {
    if (child.isText) {
      run.push(child);
      return;
    }
    flushRun();
    const converted = nodeInToneStyle(child, style);
    if (converted !== child) changed = true;
    children.push(converted);
  });
  flushRun();
  return changed ? Fragment.fromArray(children) : fragment;
}

function nodeInToneStyle(node: ProseMirrorNode, style: ToneStyle): ProseMirrorNode {
  let attrs = node.attrs;
  if (node.type.name === 'figure') {
    for (const name of figureTextAttributes) {
      const value: unknown = attrs[name];
      if (typeof value !== 'string') continue;
      const converted = normalizeTonePlacement(value, style);
      if (converted !== value) attrs = { ...attrs, [name]: converted };
    }
  }
  const content = node.isLeaf ? node.content : fragmentInToneStyle(node.content, style);
  if (attrs === node.attrs && content === node.content) return node;
  return node.type.create(attrs, content, node.marks);
}

/** Typing, as opposed to pastes (rewritten as they come in), undo and redo, and programmatic changes. */
function completesWords(transaction: Transaction): boolean {
  if (!transaction.docChanged || transaction.getMeta(tonePlacementKey) !== undefined) return false;
  if (transaction.getMeta('paste') === true || ['paste', 'drop'].includes(transaction.getMeta('uiEvent') as string)) return false;
  if (isHistoryTransaction(transaction) || transaction.getMeta('addToHistory') === false) return false;
  return true;
}

/** The ranges of the final document that `transactions` inserted by typing. */
function typedRanges(transactions: readonly Transaction[]): PositionRange[] {
  let ranges: PositionRange[] = [];
  for (const transaction of transactions) {
    if (!transaction.docChanged) continue;
    const typing = completesWords(transaction);
    for (const map of transaction.mapping.maps) {
      ranges = ranges.map((range) => ({ from: map.map(range.from, -1), to: map.map(range.to, 1) }));
      if (typing) {
        map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
          if (newEnd > newStart) ranges.push({ from: newStart, to: newEnd });
        });
      }
    }
  }
  return ranges;
}

/** The text of a text block, one character per position: anything but text (a hard break) is U+FFFC. */
function textblockText(node: ProseMirrorNode): string {
  let text = '';
  node.forEach((child) => {
    text += child.isText ? child.text! : '\uFFFC'.repeat(child.nodeSize);
  });
  return text;
}

/**
 * The words of a text block completed by the typed range: a word whose next character (a space, a
 * punctuation mark, a hard break) was typed, or that ends the block when the range goes on past it
 * (Enter).
 */
function completedWordsIn(node: ProseMirrorNode, contentStart: number, range: PositionRange): PositionRange[] {
  const text = textblockText(node);
  const contentEnd = contentStart + node.content.size;
  const typedFrom = Math.max(range.from, contentStart) - contentStart;
  const typedTo = Math.min(range.to, contentEnd) - contentStart;
  const continuesPastEnd = range.to > contentEnd;
  // Only the words from the one the typing touches to the end of the typing can have been completed.
  let scanFrom = typedFrom;
  while (scanFrom > 0 && wordCharacter.test(text[scanFrom - 1]!)) scanFrom -= 1;
  const words: PositionRange[] = [];
  for (const match of text.slice(scanFrom, typedTo).matchAll(word)) {
    const start = scanFrom + match.index;
    const end = start + match[0].length;
    if (end < typedFrom) continue;
    const completed = end < text.length ? end < typedTo && wordEnd.test(text[end]!) : continuesPastEnd;
    if (completed && /[oOuU]/.test(match[0].normalize('NFD'))) words.push({ from: contentStart + start, to: contentStart + end });
  }
  return words;
}

interface TextReplacement {
  from: number;
  to: number;
  text: string;
  marks: readonly Mark[];
}

/** The transaction that rewrites the words `transactions` completed, or null when none needs it. */
function rewriteCompletedWords(transactions: readonly Transaction[], state: EditorState, style: ToneStyle): Transaction | null {
  const ranges = typedRanges(transactions);
  if (ranges.length === 0) return null;
  const words = new Map<number, PositionRange>();
  for (const range of ranges) {
    state.doc.nodesBetween(range.from, range.to, (node, position) => {
      if (!node.isTextblock) return true;
      for (const found of completedWordsIn(node, position + 1, range)) words.set(found.from, found);
      return false;
    });
  }
  const replacements: TextReplacement[] = [];
  for (const found of words.values()) {
    const pieces: TextReplacement[] = [];
    state.doc.nodesBetween(found.from, found.to, (node, position) => {
      if (!node.isText) return true;
      const from = Math.max(found.from, position);
      const to = Math.min(found.to, position + node.nodeSize);
      pieces.push({ from, to, text: node.text!.slice(from - position, to - position), marks: node.marks });
      return false;
    });
    const converted = normalizeTextRunsTonePlacement(
      pieces.map((piece) => piece.text),
      style,
    );
    if (!converted) continue;
    pieces.forEach((piece, index) => {
      if (converted[index] !== piece.text) replacements.push({ ...piece, text: converted[index]! });
    });
  }
  if (replacements.length === 0) return null;

  const transaction = state.tr;
  // From the end backwards, so that earlier positions stay valid.
  for (const replacement of replacements.sort((first, second) => second.from - first.from)) {
    transaction.replaceWith(replacement.from, replacement.to, state.schema.text(replacement.text, replacement.marks));
  }
  if (state.storedMarks) transaction.setStoredMarks(state.storedMarks);
  return transaction.setMeta(tonePlacementKey, 'rewrite');
}
