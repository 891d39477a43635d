import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  /** The id of the element that names the dialog (its title). */
  labelledBy: string;
  /** Esc or the close request; the dialog stays open until the owner unmounts it. */
  onCancel: () => void;
  className?: string;
  /** Runs once the dialog is shown, e.g. to move focus somewhere other than the first control. */
  onShown?: () => void;
  children: ReactNode;
}

/** A native modal `<dialog>`, shown when mounted; the owner decides when it closes by unmounting it. */
export function ModalDialog({ labelledBy, onCancel, className, onShown, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const shown = useRef(onShown);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    shown.current?.();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
