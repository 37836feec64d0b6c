/** Adding or editing one statement, with field-level messages; nothing is saved while a field is wrong. */
import { putStatement } from '../db/edits';
import type { CounterpointDB, StatementRow } from '../db/schema';
import { draftToStatement, validateDraft, type StatementDraft } from './form-model';
import { Field } from './Field';
import { FormShell } from './FormShell';
import { Choices } from './SelectField';
import { StanceEditor } from './StanceEditor';
import { useDraftForm } from './use-draft-form';
import type { Lookups } from './lookups';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  initial: StatementDraft;
  onSaved: (row: StatementRow) => void;
  onCancel: () => void;
}

/** The statement form: speaker, quote or summary, date (and how it was found), source, the remark it reports and stances. */
export function StatementForm({ db, lookups, initial, onSaved, onCancel }: Props) {
  const form = useDraftForm({
    initial,
    validate: validateDraft,
    fieldSelector: (field) => (field === 'stances' ? '.stances select' : `#st-${field}`),
    focusFirst: 'select, textarea, input',
    save: (d: StatementDraft) => putStatement(db, draftToStatement(d)),
    onSaved,
  });
  const { draft, errors, set } = form;
  const editing = draft.base !== undefined;
  const quote = draft.kind === 'quote';
  const kind = (value: StatementDraft['kind'], label: string) => (
    <label class="radio">
      <input type="radio" name="kind" value={value} checked={draft.kind === value} onChange={() => set({ kind: value })} />
      {label}
    </label>
  );
  const line = (key: 'date' | 'outlet' | 'url' | 'title' | 'remark', label: string, hint?: string) => (
    <Field id={`st-${key}`} label={label} hint={hint} error={errors[key]}>
      {(a) => (
        <input {...a} type={key === 'url' ? 'url' : 'text'} inputMode={key === 'date' ? 'numeric' : undefined} value={draft[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />
      )}
    </Field>
  );

  return (
    <FormShell record="Statement" class="card statement-form" headingId="form-h" editing={editing} form={form} onCancel={onCancel}>
      <Field id="st-actorId" label={msg('optionsSpeaker')} error={errors.actorId}>
        {(a) => (
          <select {...a} value={draft.actorId} onChange={(e) => set({ actorId: e.currentTarget.value })}>
            <Choices empty={msg('optionsChooseSpeaker')} choices={lookups.actors.map((actor) => ({ value: actor.id, label: actor.name }))} />
          </select>
        )}
      </Field>
      <fieldset class="field kind">
        <legend>{msg('optionsKindLegend')}</legend>
        {kind('quote', msg('optionsKindQuote'))}
        {kind('summary', msg('optionsKindSummary'))}
      </fieldset>
      <Field id="st-text" label={quote ? msg('optionsQuote') : msg('optionsSummary')} hint={quote ? msg('optionsQuoteHint') : msg('optionsSummaryHint')} error={errors.text}>
        {(a) => <textarea {...a} rows={4} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} />}
      </Field>
      {line('date', msg('optionsDate'), msg('optionsDateHint'))}
      <Field id="st-dateNote" label={msg('optionsDateNote')} hint={msg('optionsDateNoteHint')} error={errors.dateNote}>
        {(a) => <textarea {...a} rows={2} value={draft.dateNote} onInput={(e) => set({ dateNote: e.currentTarget.value })} />}
      </Field>
      <div class="field-grid">
        {line('outlet', msg('optionsOutlet'))}
        {line('url', msg('optionsSourceUrl'), msg('optionsSourceUrlHint'))}
      </div>
      {line('title', msg('optionsSourceTitle'), msg('optionsSourceTitleHint'))}
      {line('remark', msg('optionsRemark'), msg('optionsRemarkHint'))}
      <StanceEditor stances={draft.stances} claims={lookups.claims} error={errors.stances} onChange={(stances) => set({ stances })} />
    </FormShell>
  );
}
