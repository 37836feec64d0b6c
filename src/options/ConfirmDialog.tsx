/** A modal confirmation built on `<dialog>`: focus is trapped and Escape cancels. */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props {
  open: boolean;
  title: string;
  children: ComponentChildren;
  /** The buttons; the dialog closes through `onCancel` (Escape) or the caller's own handlers. */
  actions: ComponentChildren;
  onCancel: () => void;
  testId?: string;
}

export function ConfirmDialog({ open, title, children, actions, onCancel, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="confirm"
      aria-labelledby={`${testId ?? 'confirm'}-h`}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${testId ?? 'confirm'}-h`}>{title}</h2>
      <div class="confirm-body">{children}</div>
      <div class="actions">{actions}</div>
    </dialog>
  );
}
