/** Adding or editing one statement, with field-level messages; nothing is saved while a field is wrong. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { putStatement } from '../db/edits';
import type { CounterpointDB, StatementRow } from '../db/schema';
import { draftToStatement, validateDraft, type DraftErrors, type DraftField, type StatementDraft } from './form-model';
import type { Lookups } from './lookups';
import { StanceEditor } from './StanceEditor';
import { errorText, notifyCorpusChanged } from './corpus';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  initial: StatementDraft;
  onSaved: (row: StatementRow) => void;
  onCancel: () => void;
}

interface FieldProps {
  name: DraftField;
  label: string;
  hint?: string;
  errors: DraftErrors;
  children: (a11y: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}

function Field({ name, label, hint, errors, children }: FieldProps) {
  const id = `st-${name}`;
  const error = errors[name];
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

export function StatementForm({ db, lookups, initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<StatementDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const editing = draft.base !== undefined;

  useEffect(() => {
    setDraft(initial);
    setErrors({});
    setFailure(undefined);
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector<HTMLElement>('select, textarea, input')?.focus();
  }, [initial]);

  const set = (patch: Partial<StatementDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once a field was reported, re-check as the user types so that the message goes away.
    if (Object.keys(errors).length > 0) setErrors(validateDraft(next));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setFailure(undefined);
    const first = Object.keys(found)[0];
    if (first) {
      formRef.current?.querySelector<HTMLElement>(first === 'stances' ? '.stances select' : `#st-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const row = await putStatement(db, draftToStatement(draft));
      notifyCorpusChanged();
      onSaved(row);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card statement-form" ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="form-h">
      <h2 id="form-h">{editing ? 'Edit statement' : 'Add a statement'}</h2>
      {failure && (
        <p role="alert" class="alert">
          {failure}
        </p>
      )}
      <Field name="actorId" label="Speaker" errors={errors}>
        {(a) => (
          <select {...a} value={draft.actorId} onChange={(e) => set({ actorId: e.currentTarget.value })}>
            <option value="">Choose who said it…</option>
            {lookups.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset class="field kind">
        <legend>What the statement holds</legend>
        <label class="radio">
          <input type="radio" name="kind" value="quote" checked={draft.kind === 'quote'} onChange={() => set({ kind: 'quote' })} />
          A verbatim quote
        </label>
        <label class="radio">
          <input type="radio" name="kind" value="summary" checked={draft.kind === 'summary'} onChange={() => set({ kind: 'summary' })} />
          A summary in my own words
        </label>
      </fieldset>
      <Field
        name="text"
        label={draft.kind === 'quote' ? 'Quote' : 'Summary'}
        hint={draft.kind === 'quote' ? 'Exactly as the source prints it.' : 'Shown as a summary, never inside quote marks.'}
        errors={errors}
      >
        {(a) => <textarea {...a} rows={4} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} />}
      </Field>
      <Field name="date" label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source allows." errors={errors}>
        {(a) => <input {...a} type="text" inputMode="numeric" value={draft.date} onInput={(e) => set({ date: e.currentTarget.value })} />}
      </Field>
      <div class="field-grid">
        <Field name="outlet" label="Outlet" errors={errors}>
          {(a) => <input {...a} type="text" value={draft.outlet} onInput={(e) => set({ outlet: e.currentTarget.value })} />}
        </Field>
        <Field name="url" label="Source address" hint="Optional; http:// or https://." errors={errors}>
          {(a) => <input {...a} type="url" value={draft.url} onInput={(e) => set({ url: e.currentTarget.value })} />}
        </Field>
      </div>
      <Field name="title" label="Source title" hint="Optional: the headline of the report." errors={errors}>
        {(a) => <input {...a} type="text" value={draft.title} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      <StanceEditor stances={draft.stances} claims={lookups.claims} error={errors.stances} onChange={(stances) => set({ stances })} />
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {editing ? 'Save changes' : 'Add statement'}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
