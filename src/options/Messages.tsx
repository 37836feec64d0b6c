/** The page's inline messages: an error that is announced at once, and a quiet success line. */

interface Props {
  /** Nothing is rendered while the text is empty. */
  text?: string;
}

const line = (role: 'alert' | 'status', className: string, text?: string) =>
  text ? (
    <p role={role} class={className}>
      {text}
    </p>
  ) : null;

/** An error in a `role="alert"` box. */
export function Alert({ text }: Props) {
  return line('alert', 'alert', text);
}

/** A success message in a `role="status"` box. */
export function Status({ text }: Props) {
  return line('status', 'ok', text);
}
