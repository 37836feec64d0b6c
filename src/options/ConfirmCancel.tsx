/** The pair of buttons ending a form, a dialog or a preview: a main action, then Cancel. */
import { msg } from './i18n';

interface Props {
  /** The main button's text. */
  label: string;
  /** The main button's look: `primary` for saving or importing, `danger-solid` for deleting. */
  tone: 'primary' | 'danger-solid';
  /** A submit button (in a form) when there is no `onConfirm`. */
  onConfirm?: () => void;
  onCancel: () => void;
  /** Disables the main button while its work runs. */
  busy?: boolean;
}

/** A main button and a Cancel button, side by side (the caller supplies the `.actions` row). */
export function ConfirmCancel({ label, tone, onConfirm, onCancel, busy }: Props) {
  return (
    <>
      <button type={onConfirm ? 'button' : 'submit'} class={`button ${tone}`} disabled={busy} onClick={onConfirm}>
        {label}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        {msg('optionsCancel')}
      </button>
    </>
  );
}
