import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useSyncExternalStore } from 'react';

/** Runs `work` once the frame after now has been painted (a task queued from the next animation frame). */
export function afterNextPaint(work: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) work();
  };
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

function shallowEqual<T>(left: T, right: T): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every((key) => Object.is((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}

/**
 * What `selector` reads of the editor, read again after the frame that follows each transaction is
 * painted rather than inside the transaction: for state that only decorates the page (the toolbar's
 * pressed buttons), so that a typed key reaches the screen without waiting for it. Transactions
 * in the same frame are read once. Re-renders only when the result changes (shallow comparison).
 */
export function useEditorStateAfterPaint<T>(editor: Editor, selector: (editor: Editor) => T): T {
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  const current = useRef<{ editor: Editor; value: T } | null>(null);
  if (current.current?.editor !== editor) current.current = { editor, value: selector(editor) };

  const subscribe = useCallback(
    (changed: () => void) => {
      let cancel: (() => void) | null = null;
      const read = () => {
        cancel = null;
        if (editor.isDestroyed) return;
        const value = selectorRef.current(editor);
        if (current.current?.editor === editor && shallowEqual(current.current.value, value)) return;
        current.current = { editor, value };
        changed();
      };
      const schedule = () => {
        cancel ??= afterNextPaint(read);
      };
      editor.on('transaction', schedule);
      return () => {
        editor.off('transaction', schedule);
        cancel?.();
      };
    },
    [editor],
  );
  const getSnapshot = useCallback(() => current.current!.value, []);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
