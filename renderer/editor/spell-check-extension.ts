import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { ToneStyle } from '../../shared/model/settings';
import { SpellingChecker } from '../../shared/text/spelling-check';
import { SpellMenu, type SpellingFlag, type SpellMenuLabels } from './spell-menu';

export interface SpellCheckOptions {
  /** Cài đặt › Kiểm tra chính tả. Read when the plugin starts and at each `refreshSpellCheck`. */
  enabled: () => boolean;
  /** The house tone style: words in the other style are flagged as a style issue. */
  style: () => ToneStyle;
  /** The stored ignore list (Bỏ qua từ này). */
  ignored: () => readonly string[];
  labels: () => SpellMenuLabels;
  /** "Bỏ qua từ này" was chosen: store the word (lower case NFC) in the ignore list. */
  onIgnore: (word: string) => void;
}

export interface SpellCheckState {
  checker: SpellingChecker | null;
  decorations: DecorationSet;
  /** Start of the text block whose word at the cursor was left unflagged while being typed; -1 for none. */
  deferredBlock: number;
  /** Where the cursor was then: the block is checked again once the cursor is elsewhere. */
  deferredCursor: number;
  /** A long document whose first full check waits until it has been painted (`wholeCheckDeferredAbove`). */
  wholePending?: boolean;
}

/**
 * Documents longer than this (positions, about characters) are first checked in whole just after
 * the editor has painted them, in idle time, so that opening a long article does not wait for it;
 * shorter ones are checked at once.
 */
export const wholeCheckDeferredAbove = 20_000;

type SpellCheckMeta = { refresh: true } | { ignore: string } | { pause: true } | { whole: true };

/**
 * How long typing must stop before the text block being typed in is judged again. Until then its
 * flags stay as they were (less those the typing went into), so keys never wait for the DOM of the
 * paragraph to be redrawn around a new underline, and a word is not underlined while it is typed.
 */
export const typingPauseMilliseconds = 500;

export const spellCheckKey = new PluginKey<SpellCheckState>('spellCheck');

/** A transaction that re-reads the settings (on, style, ignore list) and checks the whole document again. */
export function refreshSpellCheck(state: EditorState): Transaction {
  return state.tr.setMeta(spellCheckKey, { refresh: true } satisfies SpellCheckMeta).setMeta('addToHistory', false);
}

/**
 * The first full check of a long document (`wholeCheckDeferredAbove`), which the plugin's view
 * dispatches in idle time after the editor has painted it; nothing when it was done already.
 */
export function checkWholeSpelling(state: EditorState): Transaction {
  return state.tr.setMeta(spellCheckKey, { whole: true } satisfies SpellCheckMeta).setMeta('addToHistory', false);
}

/** Typing paused: the block being typed in is judged, but a word ending at the cursor (the plugin's view dispatches it). */
function typingPaused(state: EditorState): Transaction {
  return state.tr.setMeta(spellCheckKey, { pause: true } satisfies SpellCheckMeta).setMeta('addToHistory', false);
}

/** A transaction that stops flagging `word` (any case) at once; the caller stores the ignore list. */
export function ignoreSpelling(state: EditorState, word: string): Transaction {
  return state.tr.setMeta(spellCheckKey, { ignore: word } satisfies SpellCheckMeta).setMeta('addToHistory', false);
}

/** The flagged tokens of a document as decorations: the spelling issues of the document's text. */
export function spellingDecorations(state: EditorState): DecorationSet {
  return spellCheckKey.getState(state)?.decorations ?? DecorationSet.empty;
}

/**
 * Kiểm tra chính tả in the body: each flagged token is underlined by an inline decoration carrying
 * `aria-invalid="spelling"` (never part of the document, so never saved or exported). The whole
 * document is checked when the editor starts and on `refreshSpellCheck`; after that each change
 * re-checks only the text blocks it touched. The word being typed at the cursor is judged once the
 * cursor leaves it. The context menu, Shift+F10 or the menu key on a flagged token opens the
 * suggestion menu.
 */
export const SpellCheck = Extension.create<SpellCheckOptions>({
  name: 'spellCheck',

  addOptions() {
    return {
      enabled: () => true,
      style: () => 'old',
      ignored: () => [],
      labels: () => ({ menu: 'Gợi ý chính tả', ignore: 'Bỏ qua từ này', noSuggestions: 'Không có gợi ý', styleIssue: '' }),
      onIgnore: () => undefined,
    };
  },

  addProseMirrorPlugins() {
    return [spellCheckPlugin(this.options)];
  },
});

/** The plugin of `SpellCheck`, on its own (benchmarks build an EditorState with it). */
export function spellCheckPlugin(options: SpellCheckOptions): Plugin<SpellCheckState> {
  const sessionIgnored = new Set<string>();
  const newChecker = (): SpellingChecker | null =>
    options.enabled() ? new SpellingChecker({ style: options.style(), ignored: [...options.ignored(), ...sessionIgnored] }) : null;
  const menu: SpellMenu = new SpellMenu({
    labels: () => options.labels(),
    suggest: (flag): string[] => spellCheckKey.getState(menu.view!.state)?.checker?.suggest(flag.word) ?? [],
    onIgnore: (word) => {
      const lower = word.normalize('NFC').toLowerCase();
      sessionIgnored.add(lower);
      menu.view!.dispatch(ignoreSpelling(menu.view!.state, lower));
      options.onIgnore(lower);
    },
  });

  return new Plugin<SpellCheckState>({
    key: spellCheckKey,
    state: {
      init: (_config, state) => {
        const checker = newChecker();
        if (checker && state.doc.content.size > wholeCheckDeferredAbove) return { checker, decorations: DecorationSet.empty, deferredBlock: -1, deferredCursor: -1, wholePending: true };
        return { checker, decorations: checker ? checkDocument(state.doc, checker) : DecorationSet.empty, deferredBlock: -1, deferredCursor: -1 };
      },
      apply: (transaction, value, _before, after) => {
        const meta = transaction.getMeta(spellCheckKey) as SpellCheckMeta | undefined;
        if (meta && 'pause' in meta) return value.checker ? checkDeferredBlock(value, after) : value;
        if (meta && 'whole' in meta) return value.checker && value.wholePending ? checkWholeDocument(value, after) : value;
        if (meta) {
          const checker = 'refresh' in meta ? newChecker() : value.checker;
          if (checker && 'ignore' in meta) checker.ignore(meta.ignore);
          return { checker, decorations: checker ? checkDocument(after.doc, checker) : DecorationSet.empty, deferredBlock: -1, deferredCursor: -1 };
        }
        if (!value.checker) return value;
        if (!transaction.docChanged && value.deferredBlock < 0) return value;
        return checkChanges(transaction, value, after);
      },
    },
    props: {
      decorations: (state) => spellCheckKey.getState(state)?.decorations,
      handleDOMEvents: {
        contextmenu: (view, event) => {
          const found = view.posAtCoords({ left: event.clientX, top: event.clientY });
          if (!found) return false;
          const flagged = flaggedAt(view.state, found.pos);
          if (!flagged) return false;
          event.preventDefault();
          menu.open(view, flagged.from, flagged.to, flagged.spec as SpellingFlag);
          return true;
        },
      },
      handleKeyDown: (view, event) => {
        const opensMenu = event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
        if (!opensMenu) return false;
        const flagged = flaggedAt(view.state, view.state.selection.from);
        if (!flagged) return false;
        event.preventDefault();
        menu.open(view, flagged.from, flagged.to, flagged.spec as SpellingFlag);
        return true;
      },
    },
    view: (view) => {
      menu.view = view;
      // One timer per pause, not one per key: when it fires early it waits out the rest of the pause.
      let pauseTimer: ReturnType<typeof setTimeout> | undefined;
      let lastChange = 0;
      const judgeAfterPause = () => {
        const wait = lastChange + typingPauseMilliseconds - Date.now();
        if (wait > 0) {
          pauseTimer = setTimeout(judgeAfterPause, wait);
          return;
        }
        pauseTimer = undefined;
        if (view.isDestroyed || (spellCheckKey.getState(view.state)?.deferredBlock ?? -1) < 0) return;
        view.dispatch(typingPaused(view.state));
      };
      let wholeCheck: (() => void) | undefined;
      if (spellCheckKey.getState(view.state)?.wholePending) {
        const checkWhole = () => {
          wholeCheck = undefined;
          if (view.isDestroyed || !spellCheckKey.getState(view.state)?.wholePending) return;
          view.dispatch(checkWholeSpelling(view.state));
        };
        if (typeof requestIdleCallback === 'function') {
          const idle = requestIdleCallback(checkWhole, { timeout: 500 });
          wholeCheck = () => cancelIdleCallback(idle);
        } else {
          const timer = setTimeout(checkWhole, 0);
          wholeCheck = () => clearTimeout(timer);
        }
      }
      return {
        update: (_view, previous) => {
          if (view.state.doc === previous.doc || (spellCheckKey.getState(view.state)?.deferredBlock ?? -1) < 0) return;
          lastChange = Date.now();
          pauseTimer ??= setTimeout(judgeAfterPause, typingPauseMilliseconds);
        },
        destroy: () => {
          wholeCheck?.();
          clearTimeout(pauseTimer);
          menu.close(false);
        },
      };
    },
  });
}

/** The flagged token at or just before a position, if any. */
function flaggedAt(state: EditorState, position: number): Decoration | undefined {
  const found = spellingDecorations(state).find(Math.max(0, position - 1), position + 1);
  return found.find((decoration) => decoration.from <= position && position <= decoration.to);
}

/** The text of a text block, one character per position: anything but text (a hard break) is U+FFFC. */
function textblockText(node: ProseMirrorNode): string {
  let text = '';
  node.forEach((child) => {
    text += child.isText ? child.text! : '\uFFFC'.repeat(child.nodeSize);
  });
  return text;
}

function blockDecorations(node: ProseMirrorNode, contentStart: number, checker: SpellingChecker, skipEndingAt = -1): Decoration[] {
  const decorations: Decoration[] = [];
  for (const issue of checker.check(textblockText(node))) {
    const from = contentStart + issue.from;
    const to = contentStart + issue.to;
    if (to === skipEndingAt) continue;
    decorations.push(
      Decoration.inline(
        from,
        to,
        { class: issue.kind === 'style' ? 'spelling-style' : 'spelling-error', 'aria-invalid': 'spelling' },
        { kind: issue.kind, word: issue.word } satisfies SpellingFlag,
      ),
    );
  }
  return decorations;
}

function checkDocument(doc: ProseMirrorNode, checker: SpellingChecker, skipEndingAt = -1): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    decorations.push(...blockDecorations(node, position + 1, checker, skipEndingAt));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The first full check of a long document, after it was painted: a word ending at the cursor waits for the cursor to leave, as while typing. */
function checkWholeDocument(value: SpellCheckState, state: EditorState): SpellCheckState {
  const selection = state.selection;
  const $cursor = selection.empty && selection.$head.parent.isTextblock ? selection.$head : null;
  const cursor = $cursor ? $cursor.pos : -1;
  const decorations = checkDocument(state.doc, value.checker!, cursor);
  return { checker: value.checker, decorations, deferredBlock: $cursor ? $cursor.before() : -1, deferredCursor: cursor };
}

/** The ranges of the new document that a transaction's steps wrote. */
function changedRanges(transaction: Transaction): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const maps = transaction.mapping.maps;
  maps.forEach((map, index) => {
    const later = transaction.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push([later.map(newStart, -1), later.map(newEnd, 1)]);
    });
  });
  return ranges;
}

/**
 * The decorations after a change: mapped, then the text blocks the change touched checked again,
 * except the one being typed in. That one keeps its mapped flags, less those the change went into,
 * and is judged when typing pauses (`typingPauseMilliseconds`) or at the first transaction that
 * moves the cursor away; a word that ends at the cursor is judged only then (it may be half typed).
 */
function checkChanges(transaction: Transaction, value: SpellCheckState, state: EditorState): SpellCheckState {
  const checker = value.checker!;
  const doc = state.doc;
  let decorations = transaction.docChanged ? value.decorations.map(transaction.mapping, doc) : value.decorations;
  const ranges = transaction.docChanged ? changedRanges(transaction) : [];
  const blocks = new Map<number, ProseMirrorNode>();
  const addBlocksAround = (from: number, to: number) => {
    doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node, position) => {
      if (!node.isTextblock) return true;
      blocks.set(position, node);
      return false;
    });
  };
  for (const [from, to] of ranges) addBlocksAround(from, to);
  const selection = state.selection;
  const cursor = selection.empty ? selection.head : -1;
  const typing = transaction.docChanged && cursor >= 0 && transaction.getMeta('addToHistory') !== false;
  let deferredBlock = value.deferredBlock >= 0 ? transaction.mapping.map(value.deferredBlock) : -1;
  if (deferredBlock >= 0) {
    const stillThere = cursor >= 0 && cursor === transaction.mapping.map(value.deferredCursor);
    const node = deferredBlock <= doc.content.size ? doc.nodeAt(deferredBlock) : null;
    if (stillThere && !transaction.docChanged) return value;
    if (node?.isTextblock) blocks.set(deferredBlock, node);
  }
  deferredBlock = -1;

  for (const [position, node] of blocks) {
    const contentStart = position + 1;
    const contentEnd = contentStart + node.content.size;
    const stale = decorations.find(contentStart, contentEnd);
    if (typing && cursor >= contentStart && cursor <= contentEnd) {
      const typedInto = stale.filter((decoration) => ranges.some(([from, to]) => decoration.from < Math.max(to, from + 1) && decoration.to > from));
      if (typedInto.length > 0) decorations = decorations.remove(typedInto);
      deferredBlock = position;
      continue;
    }
    if (stale.length > 0) decorations = decorations.remove(stale);
    const fresh = blockDecorations(node, contentStart, checker);
    if (fresh.length > 0) decorations = decorations.add(doc, fresh);
  }
  return { checker, decorations, deferredBlock, deferredCursor: deferredBlock >= 0 ? cursor : -1, ...(value.wholePending ? { wholePending: true } : {}) };
}

/** Typing paused: the block being typed in is judged, all but a word that ends at the cursor; it stays deferred for that word. */
function checkDeferredBlock(value: SpellCheckState, state: EditorState): SpellCheckState {
  const position = value.deferredBlock;
  const node = position >= 0 && position < state.doc.content.size ? state.doc.nodeAt(position) : null;
  if (!node?.isTextblock) return value;
  const contentStart = position + 1;
  const contentEnd = contentStart + node.content.size;
  let decorations = value.decorations;
  const stale = decorations.find(contentStart, contentEnd);
  if (stale.length > 0) decorations = decorations.remove(stale);
  const selection = state.selection;
  const cursor = selection.empty && selection.head >= contentStart && selection.head <= contentEnd ? selection.head : -1;
  const fresh = blockDecorations(node, contentStart, value.checker!, cursor);
  if (fresh.length > 0) decorations = decorations.add(state.doc, fresh);
  return { ...value, decorations };
}
