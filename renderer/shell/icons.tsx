/** Small line icons drawn inline (no icon font: the CSP allows fonts only from the app itself). */
function Icon({ path }: { path: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function TrashIcon() {
  return <Icon path="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />;
}

export function ImageIcon() {
  return <Icon path="M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01" />;
}

export function LinkIcon() {
  return <Icon path="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />;
}

const headingLetter = 'M3 6v12M11 6v12M3 12h8';
const headingDigits: Record<2 | 3 | 4, string> = {
  2: 'M14.5 11a2.5 2.5 0 0 1 5 0c0 2.5-5 4-5 7h5',
  3: 'M14.5 9h5l-3 3.5a2.8 2.8 0 1 1-2.3 4.8',
  4: 'M19 18V9l-5 6.5h6.5',
};

/** "H" with the level: a heading of level 2, 3 or 4. */
export function HeadingIcon({ level }: { level: 2 | 3 | 4 }) {
  return <Icon path={`${headingLetter}${headingDigits[level]}`} />;
}

export function BulletListIcon() {
  return <Icon path="M10 6h10M10 12h10M10 18h10M4.5 6h.01M4.5 12h.01M4.5 18h.01" />;
}

export function OrderedListIcon() {
  return <Icon path="M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 13.5a1.3 1.3 0 0 1 2.5.5c0 1-2.5 1.8-2.5 3.5H6" />;
}

export function QuoteIcon() {
  return <Icon path="M5 11h4v6H5v-6c0-3 1-5 4-6M15 11h4v6h-4v-6c0-3 1-5 4-6" />;
}

export function TableIcon() {
  return <Icon path="M4 5h16v14H4zM4 10h16M4 15h16M10 5v14" />;
}

export function AddRowIcon() {
  return <Icon path="M4 4h16v8H4zM4 8h16M12 15v6M9 18h6" />;
}

export function DeleteRowIcon() {
  return <Icon path="M4 4h16v8H4zM4 8h16M9 18h6" />;
}

export function AddColumnIcon() {
  return <Icon path="M4 4h8v16H4zM8 4v16M15 12h6M18 9v6" />;
}

export function DeleteColumnIcon() {
  return <Icon path="M4 4h8v16H4zM8 4v16M15 12h6" />;
}

export function HeaderRowIcon() {
  return <Icon path="M4 5h16v14H4zM4 10h16M7 7.5h10" />;
}

export function UndoIcon() {
  return <Icon path="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />;
}

export function RedoIcon() {
  return <Icon path="M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />;
}
