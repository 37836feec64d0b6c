/** Adding or editing an actor: name, aliases (one a line), kind, affiliation, role, descriptors. */
import { putActor } from '../db/edits';
import type { ActorRow, CounterpointDB } from '../db/schema';
import { ACTOR_KINDS, draftToActor, validateActor, type ActorDraft } from './record-model';
import { Field } from './Field';
import { FormShell } from './FormShell';
import { Choices } from './SelectField';
import { useDraftForm } from './use-draft-form';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  actors: ActorRow[];
  initial: ActorDraft;
  onSaved: (row: ActorRow) => void;
  onCancel: () => void;
}

/** The actor form; a new actor gets an id made from its name. */
export function ActorForm({ db, actors, initial, onSaved, onCancel }: Props) {
  const form = useDraftForm({
    initial,
    validate: (d: ActorDraft) => validateActor(d, actors),
    fieldSelector: (field) => `#actor-${field}`,
    focusFirst: 'input',
    save: (d) => putActor(db, draftToActor(d, new Set(actors.map((a) => a.id)))),
    onSaved,
  });
  const { draft, errors, set } = form;
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
  const kinds = ACTOR_KINDS.map((k) => ({ value: k, label: msg(`optionsKind_${k.replace('-', '_')}`) }));

  return (
    <FormShell record="Actor" class="card record-form actor-form" headingId="actor-form-h" editing={draft.base !== undefined} form={form} onCancel={onCancel}>
      <div class="field-grid">
        {text('name', msg('optionsActorName'))}
        <Field id="actor-kind" label={msg('optionsActorKind')} error={errors.kind}>
          {(a) => (
            <select {...a} value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as ActorDraft['kind'] })}>
              <Choices choices={kinds} />
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
    </FormShell>
  );
}
