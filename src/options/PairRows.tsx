/** A fieldset of rows pairing a claim with a kind: the statement form's stances, the claim form's links. */
import { useEffect, useRef } from 'preact/hooks';
import type { ClaimRow } from '../db/schema';
import { SelectField, type Choice } from './SelectField';
import { msg } from './i18n';

interface Props<R extends { claimId: string }, K extends keyof R & string> {
  /** The fieldset's class (`field stances`, `field links`); the first select is found through it. */
  class: string;
  legend: string;
  /** Shown while there is no row. */
  emptyText: string;
  rows: R[];
  claims: ClaimRow[];
  /** The row's second field, chosen from `kinds`. */
  kindKey: K;
  kinds: Choice[];
  /** Screen-reader labels of row `n` (from 1): its claim select, its kind select, its Remove button. */
  claimLabel: (n: number) => string;
  kindLabel: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** The row the add button appends. */
  blank: R;
  error?: string;
  errorId: string;
  /** Also mark the fieldset itself invalid while there is an error. */
  markFieldset?: boolean;
  onChange: (rows: R[]) => void;
}

/** Rows of two selects and a Remove button, an add button, and the fieldset's error. */
export function PairRows<R extends { claimId: string }, K extends keyof R & string>(p: Props<R, K>) {
  const set = (i: number, patch: Partial<R>) => p.onChange(p.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // Keyboard users land where the next step is: on the new row's first select after adding one,
  // on the add button after removing one (its Remove button is gone).
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const focusNext = useRef<'new-row' | 'add' | undefined>(undefined);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === 'new-row') [...(fieldset.current?.querySelectorAll<HTMLElement>('.stance-row') ?? [])].pop()?.querySelector('select')?.focus();
    else if (target === 'add') fieldset.current?.querySelector<HTMLElement>(':scope > button')?.focus();
  }, [p.rows.length]);
  const claims = p.claims.map((c) => ({ value: c.id, label: c.text }));
  return (
    <fieldset ref={fieldset} class={p.class} aria-invalid={p.markFieldset && p.error ? 'true' : undefined} aria-describedby={p.error ? p.errorId : undefined}>
      <legend>{p.legend}</legend>
      {p.rows.length === 0 && <p class="muted">{p.emptyText}</p>}
      {p.rows.map((r, i) => (
        <div class="stance-row" key={i}>
          <SelectField
            label={p.claimLabel(i + 1)}
            hideLabel
            value={r.claimId}
            invalid={Boolean(p.error) && !r.claimId}
            empty={msg('optionsChooseClaim')}
            choices={claims}
            onChange={(claimId) => set(i, { claimId } as Partial<R>)}
          />
          <SelectField
            label={p.kindLabel(i + 1)}
            hideLabel
            value={String(r[p.kindKey])}
            choices={p.kinds}
            onChange={(kind) => set(i, { [p.kindKey]: kind } as Partial<R>)}
          />
          <button
            type="button"
            class="button"
            onClick={() => {
              focusNext.current = 'add';
              p.onChange(p.rows.filter((_, j) => j !== i));
            }}
          >
            {msg('optionsRemove')}
            <span class="sr-only"> {p.removeLabel(i + 1)}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        class="button"
        onClick={() => {
          focusNext.current = 'new-row';
          p.onChange([...p.rows, { ...p.blank }]);
        }}
      >
        {p.addLabel}
      </button>
      {p.error && (
        <p class="field-error" id={p.errorId}>
          {p.error}
        </p>
      )}
    </fieldset>
  );
}
