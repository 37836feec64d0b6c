/** The stance rows of the statement form: which claims the statement asserts, denies, disputes or qualifies. */
import type { ClaimRow } from '../db/schema';
import type { StanceKind } from '../core/pack-schema';
import { STANCES, type StanceDraft } from './form-model';
import { msg } from './i18n';

interface Props {
  stances: StanceDraft[];
  claims: ClaimRow[];
  error?: string;
  onChange: (next: StanceDraft[]) => void;
}

export function StanceEditor({ stances, claims, error, onChange }: Props) {
  const set = (i: number, patch: Partial<StanceDraft>) => onChange(stances.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset class="field stances" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'st-stances-err' : undefined}>
      <legend>{msg('optionsStances')}</legend>
      {stances.length === 0 && <p class="muted">{msg('optionsNoStance')}</p>}
      {stances.map((s, i) => (
        <div class="stance-row" key={i}>
          <label>
            <span class="sr-only">{msg('optionsStanceClaim', i + 1)}</span>
            <select
              value={s.claimId}
              aria-invalid={error && !s.claimId ? 'true' : undefined}
              onChange={(e) => set(i, { claimId: e.currentTarget.value })}
            >
              <option value="">{msg('optionsChooseClaim')}</option>
              {claims.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="sr-only">{msg('optionsStanceKind', i + 1)}</span>
            <select value={s.stance} onChange={(e) => set(i, { stance: e.currentTarget.value as StanceKind })}>
              {STANCES.map((k) => (
                <option key={k} value={k}>
                  {msg(`stance_${k}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button" onClick={() => onChange(stances.filter((_, j) => j !== i))}>
            {msg('optionsRemove')}<span class="sr-only"> {msg('optionsStanceKind', i + 1)}</span>
          </button>
        </div>
      ))}
      <button type="button" class="button" onClick={() => onChange([...stances, { claimId: '', stance: 'asserts' }])}>
        {msg('optionsAddStance')}
      </button>
      {error && (
        <p class="field-error" id="st-stances-err">
          {error}
        </p>
      )}
    </fieldset>
  );
}
