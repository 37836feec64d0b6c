/** Adding or editing an actor: name, aliases (one a line), kind, affiliation, role, descriptors. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { putActor } from '../db/edits';
import type { ActorRow, CounterpointDB } from '../db/schema';
import { ACTOR_KINDS, draftToActor, validateActor, type ActorDraft, type ActorErrors } from './record-model';
import { Field } from './Field';
import { errorText, notifyCorpusChanged } from './corpus';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  actors: ActorRow[];
  initial: ActorDraft;
  onSaved: (row: ActorRow) => void;
  onCancel: () => void;
}

export function ActorForm({ db, actors, initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ActorErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setDraft(initial);
    setErrors({});
    setFailure(undefined);
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.querySelector<HTMLElement>('input')?.focus();
  }, [initial]);

  const set = (patch: Partial<ActorDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (Object.keys(errors).length > 0) setErrors(validateActor(next, actors));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateActor(draft, actors);
    setErrors(found);
    setFailure(undefined);
    const first = Object.keys(found)[0];
    if (first) {
      ref.current?.querySelector<HTMLElement>(`#actor-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const row = await putActor(db, draftToActor(draft, new Set(actors.map((a) => a.id))));
      notifyCorpusChanged();
      onSaved(row);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const text = (key: 'name' | 'affiliation' | 'role', label: string, hint?: string) => (
    <Field id={`actor-${key}`} label={label} hint={hint} error={errors[key]}>
      {(a) => <input {...a} type="text" value={draft[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />}
    </Field>
  );
  const lines = (key: 'aliases' | 'descriptors', label: string, hint: string) => (
    <Field id={`actor-${key}`} label={label} hint={hint} error={errors[key]}>
      {(a) => <textarea {...a} rows={3} value={draft[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />}
    </Field>
  );

  return (
    <form class="card record-form actor-form" ref={ref} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="actor-form-h">
      <h2 id="actor-form-h">{draft.base ? msg('optionsEditActor') : msg('optionsAddActor')}</h2>
      {failure && (
        <p role="alert" class="alert">
          {failure}
        </p>
      )}
      <div class="field-grid">
        {text('name', msg('optionsActorName'))}
        <Field id="actor-kind" label={msg('optionsActorKind')} error={errors.kind}>
          {(a) => (
            <select {...a} value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as ActorDraft['kind'] })}>
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {msg(`optionsKind_${k.replace('-', '_')}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {lines('aliases', msg('optionsActorAliases'), msg('optionsActorAliasesHint'))}
      <div class="field-grid">
        {text('affiliation', msg('optionsActorAffiliation'), msg('optionsOptional'))}
        {text('role', msg('optionsActorRole'), msg('optionsOptional'))}
      </div>
      {lines('descriptors', msg('optionsActorDescriptors'), msg('optionsActorDescriptorsHint'))}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {draft.base ? msg('optionsSaveChanges') : msg('optionsAddActorSubmit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {msg('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
