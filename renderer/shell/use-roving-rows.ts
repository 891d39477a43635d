import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface RovingRowsOptions {
  /** A row of the list (e.g. 'li'). */
  row: string;
  /** The control a row is entered by (its "open" button). */
  primary: string;
  /** The row the Tab stop goes to when the list gets it afresh (the open article, the current comment). */
  preferred?: string;
}

const controls = 'button, input, a[href], select';

function isUsable(element: HTMLElement): boolean {
  if (element.hidden || ('disabled' in element && element.disabled === true)) return false;
  return !(element instanceof HTMLInputElement && element.type === 'file');
}

/** The row's controls in order. */
function rowControls(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(controls)].filter(isUsable);
}

/**
 * One Tab stop for a whole list (roving tabindex): the control last focused in it, else the
 * preferred row's primary control, has tabindex 0 and every other -1. ↑ and ↓ move to the same
 * control of the row above or below, Home and End to the first and last row, ← and → between the
 * controls of a row. Returns the handlers to put on the list element.
 */
export function useRovingRows(listRef: RefObject<HTMLElement | null>, options: RovingRowsOptions) {
  const active = useRef<HTMLElement | null>(null);
  const latestOptions = useRef(options);
  latestOptions.current = options;

  const assign = useCallback((next: HTMLElement | null) => {
    const list = listRef.current;
    if (!list) return;
    const all = [...list.querySelectorAll<HTMLElement>(controls)].filter(isUsable);
    let chosen = next && list.contains(next) ? next : null;
    if (!chosen) {
      const { primary, preferred } = latestOptions.current;
      chosen = (preferred ? list.querySelector<HTMLElement>(`${preferred} ${primary}`) : null) ?? list.querySelector<HTMLElement>(primary) ?? all[0] ?? null;
    }
    active.current = chosen;
    for (const element of all) element.tabIndex = element === chosen ? 0 : -1;
  }, [listRef]);

  // After every render: rows come and go, so the one Tab stop is checked again.
  useLayoutEffect(() => {
    assign(active.current);
  });

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    if (event.target instanceof HTMLElement && event.target.matches(controls)) assign(event.target);
  }, [assign]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const list = listRef.current;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const { row: rowSelector, primary } = latestOptions.current;
    const row = target?.closest(rowSelector);
    if (!list || !target || !row || !list.contains(row)) return;
    const rows = [...list.querySelectorAll(rowSelector)];
    const rowIndex = rows.indexOf(row);
    const inRow = rowControls(row);
    const column = inRow.indexOf(target);
    const focusIn = (nextRow: Element | undefined) => {
      if (!nextRow) return;
      const nextControls = rowControls(nextRow);
      const sameKind = target.matches(primary) ? nextRow.querySelector<HTMLElement>(primary) : nextControls[column];
      (sameKind ?? nextRow.querySelector<HTMLElement>(primary) ?? nextControls[0])?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        focusIn(rows[rowIndex + 1]);
        break;
      case 'ArrowUp':
        focusIn(rows[rowIndex - 1]);
        break;
      case 'Home':
        focusIn(rows[0]);
        break;
      case 'End':
        focusIn(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        inRow[column + 1]?.focus();
        break;
      case 'ArrowLeft':
        inRow[column - 1]?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  }, [listRef]);

  return { onFocus, onKeyDown };
}
