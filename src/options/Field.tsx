/** A labelled form field with an optional hint and its error message right below it. */
import type { ComponentChildren } from 'preact';

/** What a field's control needs for its label, hint and error to be announced. */
export interface FieldA11y {
  id: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

interface Props {
  /** Element id of the control (`st-date`, `actor-name`…); hint and error ids derive from it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (a11y: FieldA11y) => ComponentChildren;
}

export function Field({ id, label, hint, error, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-err`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Splits a textarea's value into trimmed, non-empty, distinct lines (commas too when `commas`). */
export function splitList(text: string, commas = false): string[] {
  const parts = text.split(commas ? /[\n,]/ : /\n/).map((s) => s.trim().replace(/\s+/g, ' '));
  return [...new Set(parts.filter(Boolean))];
}
