/** A `<select>` with its label wrapped around it, and the `<option>` list shared by every select. */
import type { JSX } from 'preact';

/** One option of a select. */
export interface Choice {
  value: string;
  label: string;
}

interface ChoicesProps {
  choices: Choice[];
  /** The text of a leading option with the empty value ("Anyone", "Choose a claim…"). */
  empty?: string;
}

/** The options of a select: an optional empty one, then the choices. */
export function Choices({ choices, empty }: ChoicesProps) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
}

interface Props extends ChoicesProps {
  label: string;
  /** Keep the label for screen readers only (the rows of the stance and link editors). */
  hideLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  class?: string;
  invalid?: boolean;
}

/** A labelled select whose label element wraps a span and the control. */
export function SelectField({ label, hideLabel, value, onChange, class: className, invalid, choices, empty }: Props) {
  const change = (e: JSX.TargetedEvent<HTMLSelectElement>) => onChange(e.currentTarget.value);
  return (
    <label>
      <span class={hideLabel ? 'sr-only' : undefined}>{label}</span>
      <select class={className} value={value} aria-invalid={invalid ? 'true' : undefined} onChange={change}>
        <Choices choices={choices} empty={empty} />
      </select>
    </label>
  );
}
