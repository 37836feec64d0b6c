/** Adding or editing one statement, with field-level messages; nothing is saved while a field is wrong. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { putStatement } from '../db/edits';
import type { CounterpointDB, StatementRow } from '../db/schema';
import { draftToStatement, validateDraft, type DraftErrors, type StatementDraft } from './form-model';
import { Field } from './Field';
import { msg } from './i18n';
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
      <h2 id="form-h">{editing ? msg('optionsEditStatement') : msg('optionsAddStatement')}</h2>
      {failure && (
        <p role="alert" class="alert">
          {failure}
        </p>
      )}
      <Field id="st-actorId" label={msg('optionsSpeaker')} error={errors.actorId}>
        {(a) => (
          <select {...a} value={draft.actorId} onChange={(e) => set({ actorId: e.currentTarget.value })}>
            <option value="">{msg('optionsChooseSpeaker')}</option>
            {lookups.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset class="field kind">
        <legend>{msg('optionsKindLegend')}</legend>
        <label class="radio">
          <input type="radio" name="kind" value="quote" checked={draft.kind === 'quote'} onChange={() => set({ kind: 'quote' })} />
          {msg('optionsKindQuote')}
        </label>
        <label class="radio">
          <input type="radio" name="kind" value="summary" checked={draft.kind === 'summary'} onChange={() => set({ kind: 'summary' })} />
          {msg('optionsKindSummary')}
        </label>
      </fieldset>
      <Field id="st-text"
        label={draft.kind === 'quote' ? msg('optionsQuote') : msg('optionsSummary')}
        hint={draft.kind === 'quote' ? msg('optionsQuoteHint') : msg('optionsSummaryHint')}
        error={errors.text}
      >
        {(a) => <textarea {...a} rows={4} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} />}
      </Field>
      <Field id="st-date" label={msg('optionsDate')} hint={msg('optionsDateHint')} error={errors.date}>
        {(a) => <input {...a} type="text" inputMode="numeric" value={draft.date} onInput={(e) => set({ date: e.currentTarget.value })} />}
      </Field>
      <div class="field-grid">
        <Field id="st-outlet" label={msg('optionsOutlet')} error={errors.outlet}>
          {(a) => <input {...a} type="text" value={draft.outlet} onInput={(e) => set({ outlet: e.currentTarget.value })} />}
        </Field>
        <Field id="st-url" label={msg('optionsSourceUrl')} hint={msg('optionsSourceUrlHint')} error={errors.url}>
          {(a) => <input {...a} type="url" value={draft.url} onInput={(e) => set({ url: e.currentTarget.value })} />}
        </Field>
      </div>
      <Field id="st-title" label={msg('optionsSourceTitle')} hint={msg('optionsSourceTitleHint')} error={errors.title}>
        {(a) => <input {...a} type="text" value={draft.title} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      <StanceEditor stances={draft.stances} claims={lookups.claims} error={errors.stances} onChange={(stances) => set({ stances })} />
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {editing ? msg('optionsSaveChanges') : msg('optionsAddStatementSubmit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {msg('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
