import { useEffect, useRef } from 'react';

export type ModerationCommand =
  | 'next'
  | 'previous'
  | 'approve'
  | 'reject'
  | 'spam'
  | 'undo'
  | 'select'
  | 'approveSelected'
  | 'rejectSelected'
  | 'spamSelected'
  | 'shortcuts';

/** The keys of the queue, as the shortcuts dialog lists them. */
export const moderationKeys: ReadonlyArray<{ key: string; command: ModerationCommand }> = [
  { key: 'j', command: 'next' },
  { key: 'k', command: 'previous' },
  { key: 'a', command: 'approve' },
  { key: 'r', command: 'reject' },
  { key: 's', command: 'spam' },
  { key: 'u', command: 'undo' },
  { key: 'x', command: 'select' },
  { key: 'Shift+A', command: 'approveSelected' },
  { key: 'Shift+R', command: 'rejectSelected' },
  { key: 'Shift+S', command: 'spamSelected' },
  { key: '?', command: 'shortcuts' },
];

const commandByKey: Readonly<Record<string, ModerationCommand>> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  r: 'reject',
  s: 'spam',
  u: 'undo',
  x: 'select',
  A: 'approveSelected',
  R: 'rejectSelected',
  S: 'spamSelected',
  '?': 'shortcuts',
};

/** True when the key goes to something the user types in, or to an open dialog. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog') !== null) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The queue command of a key press, or null (modifier keys other than Shift, IME composition, typing). */
export function moderationCommandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'target'>): ModerationCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTypingTarget(event.target)) return null;
  return commandByKey[event.key] ?? null;
}

/** Runs the queue's commands on their keys anywhere in the window while the queue is shown. */
export function useModerationKeys(run: (command: ModerationCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = moderationCommandFor(event);
      if (command === null) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
