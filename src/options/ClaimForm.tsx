/** Adding or editing a claim: its text, tags, cues and links to other claims (mirrors / contradicts). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimLink } from '../core/pack-schema';
import { putClaim } from '../db/edits';
import type { ClaimRow, CounterpointDB } from '../db/schema';
import { draftToClaim, validateClaim, type ClaimDraft, type ClaimErrors } from './record-model';
import { Field } from './Field';
import { errorText, notifyCorpusChanged } from './corpus';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  claims: ClaimRow[];
  initial: ClaimDraft;
  onSaved: (row: ClaimRow) => void;
  onCancel: () => void;
}

const RELATIONS: ClaimLink['relation'][] = ['mirrors', 'contradicts'];

export function ClaimForm({ db, claims, initial, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ClaimErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setDraft(initial);
    setErrors({});
    setFailure(undefined);
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, [initial]);

  const set = (patch: Partial<ClaimDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (Object.keys(errors).length > 0) setErrors(validateClaim(next));
  };
  const setLink = (i: number, patch: Partial<ClaimDraft['links'][number]>) => set({ links: draft.links.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateClaim(draft);
    setErrors(found);
    setFailure(undefined);
    const first = Object.keys(found)[0];
    if (first) {
      ref.current?.querySelector<HTMLElement>(first === 'links' ? '.links select' : `#claim-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const row = await putClaim(db, draftToClaim(draft, new Set(claims.map((c) => c.id))));
      notifyCorpusChanged();
      onSaved(row);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const others = claims.filter((c) => c.id !== draft.base?.id);

  return (
    <form class="card record-form claim-form" ref={ref} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="claim-form-h">
      <h2 id="claim-form-h">{draft.base ? msg('optionsEditClaim') : msg('optionsAddClaim')}</h2>
      {failure && (
        <p role="alert" class="alert">
          {failure}
        </p>
      )}
      <Field id="claim-text" label={msg('optionsClaimText')} hint={msg('optionsClaimTextHint')} error={errors.text}>
        {(a) => <textarea {...a} rows={2} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} />}
      </Field>
      <Field id="claim-tags" label={msg('optionsClaimTags')} hint={msg('optionsClaimTagsHint')} error={errors.tags}>
        {(a) => <input {...a} type="text" value={draft.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />}
      </Field>
      <Field id="claim-cues" label={msg('optionsClaimCues')} hint={msg('optionsClaimCuesHint')} error={errors.cues}>
        {(a) => <textarea {...a} rows={3} value={draft.cues} onInput={(e) => set({ cues: e.currentTarget.value })} />}
      </Field>
      <fieldset class="field links" aria-describedby={errors.links ? 'claim-links-err' : undefined}>
        <legend>{msg('optionsClaimLinks')}</legend>
        {draft.links.length === 0 && <p class="muted">{msg('optionsNoLinks')}</p>}
        {draft.links.map((l, i) => (
          <div class="stance-row" key={i}>
            <label>
              <span class="sr-only">{msg('optionsLinkedClaim', i + 1)}</span>
              <select value={l.claimId} aria-invalid={errors.links && !l.claimId ? 'true' : undefined} onChange={(e) => setLink(i, { claimId: e.currentTarget.value })}>
                <option value="">{msg('optionsChooseClaim')}</option>
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.text}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span class="sr-only">{msg('optionsLinkRelation', i + 1)}</span>
              <select value={l.relation} onChange={(e) => setLink(i, { relation: e.currentTarget.value as ClaimLink['relation'] })}>
                {RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {msg(`optionsRelation_${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="button" onClick={() => set({ links: draft.links.filter((_, j) => j !== i) })}>
              {msg('optionsRemove')}
              <span class="sr-only"> {msg('optionsLinkedClaim', i + 1)}</span>
            </button>
          </div>
        ))}
        <button type="button" class="button" onClick={() => set({ links: [...draft.links, { claimId: '', relation: 'contradicts' }] })}>
          {msg('optionsAddLink')}
        </button>
        {errors.links && (
          <p class="field-error" id="claim-links-err">
            {errors.links}
          </p>
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {draft.base ? msg('optionsSaveChanges') : msg('optionsAddClaimSubmit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {msg('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
