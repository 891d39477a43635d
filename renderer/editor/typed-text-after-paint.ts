import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Typed letters reach the page before ProseMirror reads them.
 *
 * When a plain letter is typed into the body, the browser inserts it into the text node itself, as
 * in any contenteditable element, and ProseMirror reads that change back into its document. It
 * does so at once, before the frame that shows the letter: in a 20,000-word article that reading
 * (the DOM change, the transaction and its plugins, the view update, the caret) took about 2 ms of
 * every key's 10. Here the reading waits until just after the next frame is painted, with
 * ProseMirror's own mechanism for delayed reads (`DOMObserver.flushingSoon`, which it uses on
 * Android). The document then lags the screen by one frame, never more, and nothing may act on it
 * in between:
 * - any user input anywhere in the page (keys, pointer, clipboard, focus) reads it first, as do
 *   ProseMirror's own key handlers;
 * - reading `editor.state`, as TipTap commands, the toolbar and the autosave do, reads it first;
 * - a transaction dispatched meanwhile from the view's state (a plugin's timer) is rebased onto
 *   the document with the letter, so that the view is never redrawn without it.
 * Only a collapsed caret in the body's text, outside IME composition and without stored marks
 * (Ctrl+B then a letter), is deferred; everything else is read at once, as before.
 */

interface DomObserverInternals {
  flushingSoon: number;
  flush: () => void;
}

const domObservers = new WeakMap<EditorView, DomObserverInternals>();

function domObserverOf(view: EditorView): DomObserverInternals | null {
  const known = domObservers.get(view);
  if (known) return known;
  const observer = (view as unknown as { domObserver?: Partial<DomObserverInternals> }).domObserver;
  if (!observer || typeof observer.flush !== 'function' || typeof observer.flushingSoon !== 'number') return null;
  domObservers.set(view, observer as DomObserverInternals);
  return observer as DomObserverInternals;
}

/** Views with a deferred read, and the timer that ends it at the latest. */
const pendingReads = new WeakMap<EditorView, number>();

/** The longest a read waits when no frame comes (a hidden page): then it happens on this timer. */
export const typedTextReadTimeoutMilliseconds = 100;

/** Whether typed text in `view` is waiting to be read into its document. */
export function hasUnreadTypedText(view: EditorView): boolean {
  return pendingReads.has(view);
}

/**
 * Reads typed text that is waiting into the document now, when there is any. Returns the mappings
 * of the transactions that reading dispatched (none when nothing was waiting).
 */
export function readTypedText(view: EditorView): Mapping | null {
  const timer = pendingReads.get(view);
  if (timer === undefined) return null;
  pendingReads.delete(view);
  window.clearTimeout(timer);
  const observer = domObserverOf(view);
  if (!observer || view.isDestroyed || observer.flushingSoon !== timer) return null;
  observer.flushingSoon = -1;
  const mapping = new Mapping();
  const outer = recording;
  recording = mapping;
  try {
    observer.flush();
  } finally {
    recording = outer;
  }
  return mapping;
}

/** While `readTypedText` runs: the steps of every transaction applied (appended ones too), in order. */
let recording: Mapping | null = null;

function deferRead(view: EditorView): void {
  const observer = domObserverOf(view);
  if (!observer) return;
  const pending = pendingReads.get(view);
  // ProseMirror's own keydown reads a deferred change itself (forceFlush): then the entry is stale.
  if (pending !== undefined && observer.flushingSoon !== pending) pendingReads.delete(view);
  if (observer.flushingSoon > -1) return;
  const timer = window.setTimeout(() => readTypedText(view), typedTextReadTimeoutMilliseconds);
  observer.flushingSoon = timer;
  pendingReads.set(view, timer);
  requestAnimationFrame(() => {
    // The task after the animation frame runs once the frame is painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (pendingReads.get(view) === timer) readTypedText(view);
    };
    channel.port2.postMessage(null);
  });
}

function isPlainTyping(view: EditorView, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || event.isComposing || view.composing) return false;
  const { state } = view;
  if (!state.selection.empty || state.storedMarks || !view.editable) return false;
  if (view.dom.ownerDocument.activeElement !== view.dom) return false;
  const $head = state.selection.$head;
  return $head.parent.isTextblock && $head.parent.type.spec.code !== true;
}

/** The transaction `transaction`, made on a document that has since changed by `mapping`, made again on `state`. */
export function rebaseTransaction(transaction: Transaction, state: EditorState, mapping: Mapping): Transaction {
  const rebased = state.tr;
  const steps = transaction.steps;
  // Each step is mapped back over the steps before it, through the change, then over the steps already rebased.
  for (let index = 0; index < steps.length; index += 1) {
    const through = new Mapping();
    for (let before = index - 1; before >= 0; before -= 1) through.appendMap(steps[before]!.getMap().invert());
    through.appendMapping(mapping);
    through.appendMapping(rebased.mapping);
    const mapped = steps[index]!.map(through);
    if (mapped) rebased.maybeStep(mapped);
  }
  const whole = new Mapping();
  for (let before = steps.length - 1; before >= 0; before -= 1) whole.appendMap(steps[before]!.getMap().invert());
  whole.appendMapping(mapping);
  whole.appendMapping(rebased.mapping);
  if (transaction.selectionSet) rebased.setSelection(transaction.selection.map(rebased.doc, whole));
  if (transaction.storedMarksSet) rebased.setStoredMarks(transaction.storedMarks);
  if (transaction.scrolledIntoView) rebased.scrollIntoView();
  for (const [key, value] of Object.entries((transaction as unknown as { meta: Record<string, unknown> }).meta)) rebased.setMeta(key, value);
  rebased.setTime(transaction.time);
  return rebased;
}

/** Events after which nothing may act on a document that lags the screen: user input anywhere in the page. */
const readBeforeEvents = ['keydown', 'pointerdown', 'mousedown', 'touchstart', 'paste', 'cut', 'copy', 'drop', 'dragstart', 'focusin', 'focusout', 'compositionstart', 'contextmenu', 'pagehide', 'visibilitychange'];

const pluginKey = new PluginKey('typedTextAfterPaint');

export const TypedTextAfterPaint = Extension.create({
  name: 'typedTextAfterPaint',

  // TipTap says so before it takes the view down: the last letters are read while the view can still take them.
  onDestroy() {
    const view = this.editor.view as EditorView | undefined;
    if (view && !view.isDestroyed && pendingReads.has(view)) readTypedText(view);
  },

  addProseMirrorPlugins() {
    const editor: Editor = this.editor;
    return [
      new Plugin({
        key: pluginKey,
        state: {
          init: () => null,
          apply: (transaction) => {
            recording?.appendMapping(transaction.mapping);
            return null;
          },
        },
        props: {
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (isPlainTyping(view, event)) deferRead(view);
              else if (pendingReads.has(view)) readTypedText(view);
              return false;
            },
          },
        },
        view: (view) => {
          if (!domObserverOf(view)) return {};
          return guardLaggingDocument(editor, view);
        },
      }),
    ];
  },
});

/** Makes everything that could act on `view`'s document read typed text first (see the top of this file). */
function guardLaggingDocument(editor: Editor, view: EditorView): { destroy: () => void } {
  const readFirst = () => {
    if (pendingReads.has(view)) readTypedText(view);
  };
  // Reading the editor's state reads typed text first (TipTap commands, getJSON, the autosave's snapshots).
  const stateGetter = findGetter(editor, 'state');
  if (stateGetter) {
    Object.defineProperty(editor, 'state', {
      configurable: true,
      get: () => {
        readFirst();
        return stateGetter.call(editor) as EditorState;
      },
    });
  }
  const ownDispatch = Object.getOwnPropertyDescriptor(view, 'dispatch');
  const dispatch = view.dispatch.bind(view);
  const guardedDispatch = (transaction: Transaction) => {
    const mapping = readTypedText(view);
    if (mapping && transaction.before !== view.state.doc) {
      dispatch(rebaseTransaction(transaction, view.state, mapping));
      return;
    }
    dispatch(transaction);
  };
  view.dispatch = guardedDispatch;
  const target = view.dom.ownerDocument.defaultView;
  for (const type of readBeforeEvents) target?.addEventListener(type, readFirst, true);
  return {
    destroy: () => {
      for (const type of readBeforeEvents) target?.removeEventListener(type, readFirst, true);
      if (Object.getOwnPropertyDescriptor(editor, 'state')) Reflect.deleteProperty(editor, 'state');
      // The plugin's view is made again when the plugins change: the next one wraps the original.
      if (view.dispatch === guardedDispatch) {
        if (ownDispatch) Object.defineProperty(view, 'dispatch', ownDispatch);
        else Reflect.deleteProperty(view, 'dispatch');
      }
    },
  };
}

function findGetter(target: object, name: string): (() => unknown) | undefined {
  for (let prototype = Object.getPrototypeOf(target) as object | null; prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (descriptor?.get) return descriptor.get;
  }
  return undefined;
}
