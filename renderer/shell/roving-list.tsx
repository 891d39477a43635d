import { useRef, type ReactNode } from 'react';
import { useRovingRows } from './use-roving-rows';

interface RovingListProps {
  className: string;
  'aria-label'?: string;
  /** The control each row is entered by. */
  primary: string;
  /** The row that holds the Tab stop at first (e.g. '.is-selected'). */
  preferred?: string;
  children: ReactNode;
}

/** A `<ul>` whose rows (`<li>`) are one Tab stop together; the arrow keys move between them (`useRovingRows`). */
export function RovingList({ className, primary, preferred, children, ...rest }: RovingListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const handlers = useRovingRows(listRef, { row: 'li', primary, ...(preferred ? { preferred } : {}) });
  return (
    <ul ref={listRef} className={className} aria-label={rest['aria-label']} {...handlers}>
      {children}
    </ul>
  );
}
